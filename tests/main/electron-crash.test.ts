import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { MessageBoxOptions } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCrashHandlers } from '../../main/electron/crash'
import { createAppLog } from '../../main/electron/log'
import { describeError, ownFrames, scrub, technicalSummary } from '../../main/electron/scrub'
import { createTranslator } from '../../shared/i18n'

const appRoot = '/opt/Region Desk/resources/app.asar'

/** Personal data as it could appear in an error from the record. */
const personal = ['kari.nordmann@example.org', '+47 912 34 567', 'Kari Nordmann', 'Storgata 1']

describe('scrub', () => {
  it.each([
    ['UNIQUE constraint failed: people.email "kari@example.org"', 'UNIQUE constraint failed: people.email [quoted]'],
    ["Cannot read properties of undefined (reading 'name')", 'Cannot read properties of undefined (reading [quoted])'],
    ['no such person `Kari Nordmann`', 'no such person [quoted]'],
    ['navn «Kari» og “Ola” og „Nils“ og ‘Per’', 'navn [quoted] og [quoted] og [quoted] og [quoted]'],
    ['an unclosed "quote runs to the end', 'an unclosed [quoted]'],
    ['write to kari.nordmann+region@bergen.amnesty.no today', 'write to [email] today'],
    ['call +47 912 34 567 or 912 34 567', 'call [number] or [number]'],
    ['ring 0046-70-123 45 67 eller (555) 123-4567', 'ring [number] eller [number]'],
    ['born 1990-05-17', 'born [number]'],
    ['Electron 41.7.1, Chromium 146.0.7680.31', 'Electron 41.7.1, Chromium 146.0.7680.31'],
    [
      'at out/main/index.js:1204:17 on 2026-11-21T06:32:37.287Z',
      'at out/main/index.js:1204:17 on 2026-11-21T06:32:37.287Z',
    ],
    ['SQLITE_BUSY', 'SQLITE_BUSY'],
  ])('%s -> %s', (input, expected) => expect(scrub(input)).toBe(expected))

  it('replaces the home folder, which holds the user name', () => {
    expect(scrub('/home/kari/.config/Region Desk/region-desk.sqlite', { home: '/home/kari' })).toBe(
      '~/.config/Region Desk/region-desk.sqlite',
    )
  })
})

/** An error as the record could raise it: its message quotes personal data. */
function recordError() {
  const error = new Error(`UNIQUE constraint failed: people.email '${personal[0]}' (${personal[2]}, ${personal[1]})`)
  Object.assign(error, { code: 'SQLITE_CONSTRAINT_UNIQUE' })
  error.stack = [
    `Error: UNIQUE constraint failed: people.email '${personal[0]}'`,
    `    at createPerson (${appRoot}/out/main/index.js:812:11)`,
    `    at Database.transaction (${appRoot}/node_modules/better-sqlite3/lib/methods/transaction.js:65:24)`,
    `    at /opt/Region Desk/resources/app.asar/out/main/chunks/paths-abc.js:40:3`,
    '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    `    at file:///home/kari/${personal[3]}/evil.js:1:1`,
  ].join('\n')
  return error
}

describe('describeError', () => {
  it('keeps the class name, the code and our own frames, relative to the app', () => {
    expect(describeError(recordError(), appRoot)).toEqual({
      name: 'Error',
      code: 'SQLITE_CONSTRAINT_UNIQUE',
      frames: ['createPerson (out/main/index.js:812:11)', 'out/main/chunks/paths-abc.js:40:3'],
      otherFrames: 3,
    })
  })

  it('never reads the message, whatever is thrown', () => {
    expect(describeError('kari@example.org', appRoot)).toEqual({ name: 'thrown string', frames: [], otherFrames: 0 })
    expect(describeError({ email: 'kari@example.org' }, appRoot).name).toBe('thrown object')
    expect(describeError(null, appRoot).name).toBe('thrown null')
    const odd = Object.assign(new TypeError('x'), { name: 'kari@example.org', code: 'has spaces and kari' })
    expect(describeError(odd, appRoot)).toMatchObject({ name: 'Error' })
    expect(describeError(odd, appRoot)).not.toHaveProperty('code')
  })

  it('reads Windows paths too', () => {
    const stack = 'Error: x\n    at run (C:\\Program Files\\Region Desk\\resources\\app.asar\\out\\main\\index.js:9:2)'
    expect(ownFrames(stack, 'C:\\Program Files\\Region Desk\\resources\\app.asar').frames).toEqual([
      'run (out/main/index.js:9:2)',
    ])
  })
})

const base = {
  app: { name: 'Region Desk', version: '0.1.0' },
  versions: { electron: '41.7.1', chrome: '146.0.7680.31', node: '24.11.1' },
  os: { platform: 'linux', arch: 'x64', release: '6.8.0' },
  at: new Date('2026-03-01T10:00:00Z'),
}

describe('technicalSummary', () => {
  it('says what failed, where in our code, and on which versions, and nothing else', () => {
    const summary = technicalSummary({
      ...base,
      kind: 'uncaughtException',
      facts: describeError(recordError(), appRoot),
    })
    expect(summary).toBe(
      [
        'Region Desk 0.1.0: uncaughtException at 2026-03-01T10:00:00.000Z',
        'Electron 41.7.1, Chromium 146.0.7680.31, Node 24.11.1; linux 6.8.0 x64',
        'error: Error (SQLITE_CONSTRAINT_UNIQUE)',
        '  at createPerson (out/main/index.js:812:11)',
        '  at out/main/chunks/paths-abc.js:40:3',
        '  … 3 frames outside the app code',
      ].join('\n'),
    )
    for (const data of personal) expect(summary).not.toContain(data)
    // Nothing in it that the log's scrub would change.
    expect(scrub(summary)).toBe(summary)
  })

  it('reports a crashed window by reason and exit code', () => {
    const summary = technicalSummary({ ...base, kind: 'render-process-gone', reason: 'oom', exitCode: 9 })
    expect(summary).toContain('render-process-gone')
    expect(summary).toContain('reason: oom, exit code 9')
  })
})

function setup(options: { ready?: boolean; responses?: number[] } = {}) {
  const responses = [...(options.responses ?? [0])]
  const deps = {
    log: { error: vi.fn((..._parts: unknown[]) => {}) },
    showMessageBox: vi.fn(async (_options: MessageBoxOptions) => ({ response: responses.shift() ?? 0 })),
    showErrorBox: vi.fn(),
    isReady: () => options.ready ?? true,
    writeClipboard: vi.fn((_text: string) => {}),
    t: () => createTranslator('nb'),
    quit: vi.fn(),
    appRoot,
    app: base.app,
    versions: base.versions,
    os: base.os,
    now: () => base.at,
  }
  return { deps, handlers: createCrashHandlers(deps) }
}

const nb = createTranslator('nb')

describe('crash handlers', () => {
  it('an uncaught exception is logged, explained in the user language, and quits', async () => {
    const { deps, handlers } = setup()
    await handlers.uncaughtException(recordError())
    expect(deps.log.error).toHaveBeenCalledOnce()
    const logged = String(deps.log.error.mock.calls[0]?.[0])
    expect(logged).toContain('error: Error (SQLITE_CONSTRAINT_UNIQUE)')
    for (const data of personal) expect(logged).not.toContain(data)
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        type: 'error',
        message: nb('desktop.crash.mainMessage'),
        buttons: [nb('desktop.crash.quit'), nb('desktop.crash.copyDetails')],
      }),
    )
    expect(deps.quit).toHaveBeenCalled()
  })

  it('"Copy details" puts the technical summary on the clipboard and keeps the dialog open', async () => {
    const { deps, handlers } = setup({ responses: [1, 0] })
    await handlers.uncaughtException(recordError())
    expect(deps.writeClipboard).toHaveBeenCalledWith(deps.log.error.mock.calls[0]?.[0])
    const copied = String(deps.writeClipboard.mock.calls[0]?.[0])
    for (const data of personal) expect(copied).not.toContain(data)
    expect(deps.showMessageBox).toHaveBeenCalledTimes(2)
    expect(deps.showMessageBox.mock.calls[1]?.[0]).toMatchObject({
      detail: expect.stringContaining(nb('desktop.crash.copied')),
    })
    expect(deps.quit).toHaveBeenCalledOnce()
  })

  it('a failed promise is logged and explained, and the app keeps running', async () => {
    const { deps, handlers } = setup()
    await handlers.unhandledRejection(recordError())
    expect(deps.log.error).toHaveBeenCalledOnce()
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: nb('desktop.crash.rejectionMessage') }),
    )
    expect(deps.quit).not.toHaveBeenCalled()
  })

  it('a crashed window can be reloaded; a window closing normally is no crash', async () => {
    const { deps, handlers } = setup({ responses: [0] })
    const contents = { isDestroyed: () => false, reload: vi.fn() }
    await handlers.renderProcessGone(contents, { reason: 'clean-exit', exitCode: 0 })
    expect(deps.showMessageBox).not.toHaveBeenCalled()
    await handlers.renderProcessGone(contents, { reason: 'crashed', exitCode: 139 })
    expect(deps.log.error.mock.calls[0]?.[0]).toContain('reason: crashed, exit code 139')
    expect(deps.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({
        buttons: [nb('desktop.crash.reload'), nb('desktop.crash.quit'), nb('desktop.crash.copyDetails')],
      }),
    )
    expect(contents.reload).toHaveBeenCalled()
    expect(deps.quit).not.toHaveBeenCalled()
  })

  it('before the app is ready, falls back to the plain error box', async () => {
    const { deps, handlers } = setup({ ready: false })
    await handlers.uncaughtException(new Error('boom'))
    expect(deps.showErrorBox).toHaveBeenCalledWith(
      'Region Desk',
      expect.stringContaining(nb('desktop.crash.mainMessage')),
    )
    expect(deps.showMessageBox).not.toHaveBeenCalled()
    expect(deps.quit).toHaveBeenCalled()
  })

  it('a dialog that fails falls back to the plain error box and never raises a failure of its own', async () => {
    const { deps, handlers } = setup()
    deps.showMessageBox.mockRejectedValueOnce(new Error('no display'))
    await expect(handlers.uncaughtException(new Error('boom'))).resolves.toBeUndefined()
    expect(deps.showErrorBox).toHaveBeenCalledOnce()
    expect(deps.quit).toHaveBeenCalled()
    deps.log.error.mockImplementationOnce(() => {
      throw new Error('disk full')
    })
    await expect(handlers.unhandledRejection(new Error('x'))).resolves.toBeUndefined()
  })

  it('shows one dialog at a time; a failure meanwhile is only logged', async () => {
    const { deps, handlers } = setup()
    const first = handlers.unhandledRejection(new Error('a'))
    await handlers.unhandledRejection(new Error('b'))
    await first
    expect(deps.log.error).toHaveBeenCalledTimes(2)
    expect(deps.showMessageBox).toHaveBeenCalledOnce()
  })
})

describe('the log file (electron-log, userData/logs)', () => {
  let folder = ''
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('is written under logs/ and holds no personal data, whatever it is handed', async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-log-'))
    const log = createAppLog({ folder: path.join(folder, 'logs'), appRoot, home: '/home/kari', console: false })
    expect(log.file).toBe(path.join(folder, 'logs', 'main.log'))
    await createCrashHandlers({ ...setup().deps, log }).uncaughtException(recordError())
    // Careless calls too: a raw error, a message, an object with data.
    log.error(recordError())
    log.error(`saving ${personal[2]} <${personal[0]}> failed: "${personal[3]}" tel ${personal[1]}`)
    log.warn({ person: { email: personal[0] } })
    log.info('opened /home/kari/records/region.sqlite')
    const text = fs.readFileSync(log.file, 'utf8')
    expect(text).toContain('error: Error (SQLITE_CONSTRAINT_UNIQUE)')
    expect(text).toContain('at createPerson (out/main/index.js:812:11)')
    expect(text).toContain('[object]')
    expect(text).toContain('~/records/region.sqlite')
    for (const data of [personal[0], personal[1], personal[3], '/home/kari', 'UNIQUE constraint failed'])
      expect(text).not.toContain(data)
  })
})
