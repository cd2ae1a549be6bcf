import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTranslator } from '../../shared/i18n'

type Handler = (...args: unknown[]) => unknown

/** Just enough of Electron's main-process API for index.ts, recording what it is asked to do. */
function createFakeElectron({ locked = true, isPackaged = false, locale = 'en-US' } = {}) {
  const appListeners = new Map<string, Handler>()
  const windows: FakeWindow[] = []
  const defaultSession = fakeSession()

  class FakeWindow {
    static getAllWindows = () => windows
    webContents = { send: vi.fn(), session: defaultSession }
    options: Record<string, unknown>
    minimized = true
    loadURL = vi.fn(async () => undefined)
    once = vi.fn()
    show = vi.fn()
    focus = vi.fn()
    restore = vi.fn(() => (this.minimized = false))
    isMinimized = () => this.minimized
    isDestroyed = () => false
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
  }

  const app = {
    isPackaged,
    requestSingleInstanceLock: vi.fn(() => locked),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: Handler) => appListeners.set(name, listener)),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn(() => path.join(os.tmpdir(), 'region-desk-never-used')),
    getLocale: () => locale,
    getAppPath: () => '/project',
  }
  return {
    app,
    appListeners,
    windows,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession },
    shell: { openExternal: vi.fn() },
  }
}

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  }
}

const current = vi.hoisted(() => ({ electron: null as unknown as ReturnType<typeof createFakeElectron> }))

vi.mock('electron', () => ({
  get app() {
    return current.electron.app
  },
  get BrowserWindow() {
    return current.electron.BrowserWindow
  },
  get dialog() {
    return current.electron.dialog
  },
  get ipcMain() {
    return current.electron.ipcMain
  },
  get protocol() {
    return current.electron.protocol
  },
  get session() {
    return current.electron.session
  },
  get shell() {
    return current.electron.shell
  },
}))

let folder = ''
const savedArgv = process.argv
const savedRendererUrl = process.env.ELECTRON_RENDERER_URL

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-lifecycle-'))
  delete process.env.ELECTRON_RENDERER_URL
  vi.resetModules()
})

afterEach(() => {
  current.electron.appListeners.get('will-quit')?.()
  process.argv = savedArgv
  if (savedRendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = savedRendererUrl
  fs.rmSync(folder, { recursive: true, force: true })
})

/** Starts main/electron/index.ts as Electron would, with the record at `file`, and waits for ready. */
async function launch(file: string, options: Parameters<typeof createFakeElectron>[0] = {}) {
  current.electron = createFakeElectron(options)
  process.argv = ['/usr/bin/electron', '/project', '--db', file]
  await import('../../main/electron/index')
  await new Promise((resolve) => setImmediate(resolve))
  return current.electron
}

describe('start-up', () => {
  it('opens the record, then serves app:// and shows one window on the app', async () => {
    const file = path.join(folder, 'record.sqlite')
    const electron = await launch(file)
    expect(fs.existsSync(file)).toBe(true)
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce()
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(electron.ipcMain.handle).toHaveBeenCalledWith('region-desk:invoke', expect.any(Function))
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(electron.windows).toHaveLength(1)
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://region-desk/index.html')
  })

  it('answers IPC from the app window with real data and refuses other frames', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const invoke = electron.ipcMain.handle.mock.calls[0]?.[1] as Handler
    expect(invoke({ senderFrame: { url: 'app://region-desk/index.html' } }, 'group-list', {})).toMatchObject({
      ok: true,
      value: { total: 0 },
    })
    expect(invoke({ senderFrame: { url: 'https://evil.com/' } }, 'group-list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    })
  })

  it('guards every web contents that is created, and refuses its permissions', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn(), session: fakeSession() }
    electron.appListeners.get('web-contents-created')?.({}, contents)
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    )
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalled()
  })

  it('in development loads the dev server and puts the CSP on its pages', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    const electron = await launch(path.join(folder, 'record.sqlite'))
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('http://localhost:5173')
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled()
    expect(electron.protocol.handle).not.toHaveBeenCalled()
  })

  it('a packaged app ignores ELECTRON_RENDERER_URL and loads only its own files', async () => {
    process.env.ELECTRON_RENDERER_URL = 'https://evil.com/'
    const electron = await launch(path.join(folder, 'record.sqlite'), { isPackaged: true })
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://region-desk/index.html')
  })
})

describe('single instance', () => {
  it('a second launch quits at once and opens nothing', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'), { locked: false })
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.app.whenReady).not.toHaveBeenCalled()
    expect(electron.windows).toHaveLength(0)
  })

  it('the running app brings its window forward when a second launch happens', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const window = electron.windows[0]!
    electron.appListeners.get('second-instance')?.({}, [], '/')
    expect(window.restore).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})

describe('a record that cannot be opened', () => {
  it('shows why in the computer language, quits, and leaves the file as it was', async () => {
    const file = path.join(folder, 'notes.sqlite')
    const content = 'These are my notes, not a database. '.repeat(200)
    fs.writeFileSync(file, content)
    const electron = await launch(file, { locale: 'nb-NO' })
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Region Desk',
      createTranslator('nb')('dbErrors.DB_UNREADABLE', { path: file }),
    )
    expect(electron.dialog.showErrorBox.mock.calls[0]?.[1]).toContain(file)
    expect(electron.app.exit).toHaveBeenCalledWith(1)
    expect(electron.windows).toHaveLength(0)
    expect(electron.ipcMain.handle).not.toHaveBeenCalled()
    expect(fs.readFileSync(file, 'utf8')).toBe(content)
  })
})

describe('quitting', () => {
  it('quits when the last window closes and closes the record cleanly', async () => {
    const file = path.join(folder, 'record.sqlite')
    const electron = await launch(file)
    electron.appListeners.get('window-all-closed')?.()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(fs.existsSync(`${file}-wal`)).toBe(true)
    electron.appListeners.get('will-quit')?.()
    // SQLite removes the write-ahead log only when the last connection closes.
    expect(fs.existsSync(`${file}-wal`)).toBe(false)
  })
})
