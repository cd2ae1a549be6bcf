import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTranslator } from '../../shared/i18n'

type Handler = (...args: unknown[]) => unknown
type TemplateItem = { id?: string; label?: string; submenu?: TemplateItem[]; click?: () => void; checked?: boolean }
type Template = TemplateItem[]

/** Just enough of Electron's main-process API for index.ts, recording what it is asked to do. */
function createFakeElectron({ locked = true, isPackaged = false, locale = 'en-US', userData = '' } = {}) {
  const appListeners = new Map<string, Handler>()
  const windows: FakeWindow[] = []
  const defaultSession = fakeSession()
  let ready = false

  class FakeWindow {
    static getAllWindows = () => windows
    static getFocusedWindow = () => null
    webContents = { send: vi.fn(), session: defaultSession }
    options: Record<string, unknown>
    listeners = new Map<string, Handler>()
    minimized = true
    loadURL = vi.fn(async () => undefined)
    on = vi.fn((name: string, listener: Handler) => this.listeners.set(name, listener))
    once = vi.fn()
    show = vi.fn()
    focus = vi.fn()
    maximize = vi.fn()
    restore = vi.fn(() => (this.minimized = false))
    isMinimized = () => this.minimized
    isDestroyed = () => false
    isMaximized = () => false
    isFullScreen = () => false
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 760 })
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
  }

  const paths: Record<string, string> = { userData, documents: path.join(userData, '..', 'Documents') }
  const app = {
    isPackaged,
    requestSingleInstanceLock: vi.fn(() => locked),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: Handler) => appListeners.set(name, listener)),
    whenReady: vi.fn(async () => {
      ready = true
    }),
    isReady: () => ready,
    getPath: vi.fn((name: string) => paths[name] ?? path.join(os.tmpdir(), 'region-desk-never-used')),
    getLocale: () => locale,
    getAppPath: () => '/project',
    getVersion: () => '0.1.0',
  }
  const Menu = {
    buildFromTemplate: vi.fn((template: Template) => ({ template })),
    setApplicationMenu: vi.fn(),
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1050 }
  return {
    app,
    appListeners,
    windows,
    Menu,
    /** The template of the menu installed last. */
    menu: () => (Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: Template }).template,
    BrowserWindow: FakeWindow,
    clipboard: { writeText: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn() },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
    session: { defaultSession },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
  }
}

function fakeSession() {
  return {
    on: vi.fn(),
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  }
}

const current = vi.hoisted(() => ({ electron: null as unknown as ReturnType<typeof createFakeElectron> }))

const electronNames = vi.hoisted(
  () =>
    [
      'app',
      'BrowserWindow',
      'clipboard',
      'dialog',
      'ipcMain',
      'Menu',
      'protocol',
      'screen',
      'session',
      'shell',
    ] as const,
)
// Getters: each test's fake is read when index.ts runs.
vi.mock('electron', () =>
  Object.defineProperties(
    {},
    Object.fromEntries(electronNames.map((name) => [name, { enumerable: true, get: () => current.electron[name] }])),
  ),
)

let folder = ''
let userData = ''
const savedArgv = process.argv
const savedRendererUrl = process.env.ELECTRON_RENDERER_URL
const processEvents = ['uncaughtException', 'unhandledRejection'] as const
type ProcessEvent = (typeof processEvents)[number]
// One cast for both events: their listener types differ, and only identity matters here.
const listenersOf = (name: ProcessEvent) => process.listeners(name as 'uncaughtException') as Handler[]
let processListenersBefore: Map<string, Handler[]>

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-lifecycle-'))
  userData = path.join(folder, 'userData')
  delete process.env.ELECTRON_RENDERER_URL
  processListenersBefore = new Map(processEvents.map((name) => [name, listenersOf(name)]))
  vi.resetModules()
})

afterEach(() => {
  current.electron.appListeners.get('will-quit')?.()
  // index.ts installs crash handlers on the process; the test runner's own must stay alone.
  for (const name of processEvents)
    for (const listener of listenersOf(name))
      if (!processListenersBefore.get(name)?.includes(listener)) process.removeListener(name, listener)
  process.argv = savedArgv
  if (savedRendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL
  else process.env.ELECTRON_RENDERER_URL = savedRendererUrl
  fs.rmSync(folder, { recursive: true, force: true })
})

/** Starts main/electron/index.ts as Electron would, with the record at `file`, and waits for ready. */
async function launch(file: string, options: Parameters<typeof createFakeElectron>[0] = {}) {
  current.electron = createFakeElectron({ userData, ...options })
  process.argv = ['/usr/bin/electron', '/project', '--db', file]
  await import('../../main/electron/index')
  await new Promise((resolve) => setImmediate(resolve))
  return current.electron
}

/** The listeners index.ts added to the process for an event. */
const addedProcessListeners = (name: ProcessEvent) =>
  listenersOf(name).filter((listener) => !processListenersBefore.get(name)?.includes(listener))

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
    expect(contents.session.on).toHaveBeenCalledWith('will-download', expect.any(Function))
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

describe('every session and every IPC channel', () => {
  it('refuses permissions and routes downloads in the default session and in any session created later', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    expect(electron.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalledOnce()
    expect(electron.session.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function))
    const later = fakeSession()
    electron.appListeners.get('session-created')?.(later)
    expect(later.setPermissionRequestHandler).toHaveBeenCalled()
    expect(later.setPermissionCheckHandler).toHaveBeenCalled()
    expect(later.on).toHaveBeenCalledWith('will-download', expect.any(Function))
    // A session seen twice (created, then by its web contents) is prepared once.
    electron.appListeners.get('web-contents-created')?.(
      {},
      { on: vi.fn(), setWindowOpenHandler: vi.fn(), session: later },
    )
    expect(later.on).toHaveBeenCalledOnce()
  })

  it('listens on exactly one IPC channel, the checked invoke channel, and nothing else', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel)).toEqual(['region-desk:invoke'])
    expect(electron.ipcMain.on).not.toHaveBeenCalled()
  })
})

/** Finds a menu item by id anywhere in the installed menu. */
function menuItem(electron: ReturnType<typeof createFakeElectron>, id: string) {
  const find = (items: Template): TemplateItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item
      const found = item.submenu && find(item.submenu)
      if (found) return found
    }
    return undefined
  }
  return find(electron.menu())
}

const appFrame = { senderFrame: { url: 'app://region-desk/index.html' } }

describe('application menu', () => {
  it('is installed in the computer language until settings choose one, then rebuilt in that language', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'), { locale: 'sv-SE' })
    expect(electron.menu().map((item) => item.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    const invoke = electron.ipcMain.handle.mock.calls[0]?.[1] as Handler
    const settings = (invoke(appFrame, 'settings-get', {}) as { value: Record<string, unknown> }).value
    expect(invoke(appFrame, 'settings-update', { ...settings, language: 'nb' })).toMatchObject({ ok: true })
    expect(electron.menu().map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp'])
    expect(menuItem(electron, 'view.language.nb')?.checked).toBe(true)
  })

  it('the language menu saves the choice in settings and tells the windows', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    menuItem(electron, 'view.language.sv')?.click?.()
    const invoke = electron.ipcMain.handle.mock.calls[0]?.[1] as Handler
    expect(invoke(appFrame, 'settings-get', {})).toMatchObject({ ok: true, value: { language: 'sv' } })
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledWith('region-desk:event', {
      name: 'changed',
      topics: ['settings'],
    })
    expect(electron.menu()[0]?.label).toBe('Arkiv')
    menuItem(electron, 'view.language.system')?.click?.()
    expect(invoke(appFrame, 'settings-get', {})).toMatchObject({ ok: true, value: { language: null } })
  })

  it('File items send a navigate event with a plain path to the window', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    menuItem(electron, 'file.backup')?.click?.()
    expect(electron.windows[0]?.webContents.send).toHaveBeenCalledWith('region-desk:event', {
      name: 'navigate',
      to: '/records',
      topics: [],
    })
  })

  it('Help opens the data folder in the file manager and shows the about box', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    menuItem(electron, 'help.openDataFolder')?.click?.()
    expect(electron.shell.openPath).toHaveBeenCalledWith(userData)
    menuItem(electron, 'help.about')?.click?.()
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      electron.windows[0],
      expect.objectContaining({ message: 'Region Desk 0.1.0', detail: expect.stringContaining(userData) }),
    )
  })
})

describe('window size and position', () => {
  it('opens where it was closed, and saves its place when it closes', async () => {
    fs.mkdirSync(userData, { recursive: true })
    const saved = { bounds: { x: 200, y: 100, width: 1000, height: 700 }, maximized: true }
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify(saved))
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const window = electron.windows[0]!
    expect(window.options).toMatchObject(saved.bounds)
    window.listeners.get('close')?.()
    expect(JSON.parse(fs.readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1100, height: 760 },
      maximized: false,
    })
  })

  it('ignores a saved place on a display that is no longer connected', async () => {
    fs.mkdirSync(userData, { recursive: true })
    const saved = { bounds: { x: 3000, y: 100, width: 1000, height: 700 }, maximized: false }
    fs.writeFileSync(path.join(userData, 'window-state.json'), JSON.stringify(saved))
    const electron = await launch(path.join(folder, 'record.sqlite'))
    expect(electron.windows[0]?.options).toMatchObject({ width: 1000, height: 700 })
    expect(electron.windows[0]?.options).not.toHaveProperty('x')
  })
})

describe('failures in the main process', () => {
  it('an uncaught exception is logged to userData/logs without personal data and explained in a dialog', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const [onUncaught] = addedProcessListeners('uncaughtException')
    expect(addedProcessListeners('unhandledRejection')).toHaveLength(1)
    onUncaught?.(
      Object.assign(new Error('UNIQUE constraint failed: people.email "kari@example.org"'), {
        code: 'SQLITE_CONSTRAINT',
      }),
    )
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled())
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(
      electron.windows[0],
      expect.objectContaining({ type: 'error', message: createTranslator('en')('desktop.crash.mainMessage') }),
    )
    const log = fs.readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')
    expect(log).toContain('uncaughtException')
    expect(log).toContain('error: Error (SQLITE_CONSTRAINT)')
    expect(log).not.toContain('kari@example.org')
    expect(log).not.toContain('UNIQUE constraint')
  })

  it('a crashed window offers a reload', async () => {
    const electron = await launch(path.join(folder, 'record.sqlite'))
    const contents = { isDestroyed: () => false, reload: vi.fn() }
    electron.appListeners.get('render-process-gone')?.({}, contents, { reason: 'crashed', exitCode: 139 })
    await vi.waitFor(() => expect(contents.reload).toHaveBeenCalled())
  })
})
