import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type Session,
} from 'electron'
import { startDailyBackups } from '../backup'
import { createContext, type Ctx } from '../context'
import type { Db } from '../db/open'
import { createDispatcher, type Dispatcher } from '../dispatch'
import { handlers } from '../handlers'
import { getSettings } from '../handlers/settings'
import { appName } from '../paths'
import type { AppEvent } from '../../shared/api/contract'
import type { Language } from '../../shared/api/settings'
import { ipcChannels } from '../../shared/bridge'
import { createTranslator, languageFromLocales } from '../../shared/i18n'
import { createCrashHandlers } from './crash'
import { openRecordOrExplain } from './database'
import { aboutBox } from './dialogs'
import { createFolderMemory, handleDownloads } from './downloads'
import { broadcastTo, registerInvokeHandler } from './ipc'
import { readJsonFile, writeJsonFile } from './json-file'
import { createAppLog } from './log'
import { menuTemplate, type MenuActions } from './menu'
import { chooseNativeBinding } from './native-binding'
import { appStartUrl, originOf } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { applyDevContentSecurityPolicy, guardWebContents, refusePermissions } from './security'
import { createMainWindow, focusWindow } from './window'
import { initialWindowPlacement, parseWindowState, rememberWindowState } from './window-state'

// Only an unpackaged app follows the dev server; a packaged one must never load a URL from the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const startUrl = devUrl ?? appStartUrl
const appOrigin = originOf(startUrl) ?? 'app://region-desk'

registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) app.quit()
else start()

function start() {
  let stopBackups = () => {}
  const userData = app.getPath('userData')
  const log = createAppLog({ folder: path.join(userData, 'logs'), appRoot: app.getAppPath() })
  let db: Db | null = null
  let ctx: Ctx | null = null
  let mainWindow: BrowserWindow | null = null

  /** The settings language once the record is open, else the computer's (getLocale is '' before ready: English). */
  const language = (): Language => (ctx && userLanguage(ctx)) ?? languageFromLocales([app.getLocale()])

  const crashes = createCrashHandlers({
    log,
    showMessageBox: (options) =>
      mainWindow && !mainWindow.isDestroyed()
        ? dialog.showMessageBox(mainWindow, options)
        : dialog.showMessageBox(options),
    showErrorBox: (title, content) => dialog.showErrorBox(title, content),
    isReady: () => app.isReady(),
    writeClipboard: (text) => clipboard.writeText(text),
    t: () => createTranslator(language()),
    quit: () => app.quit(),
    appRoot: app.getAppPath(),
    app: { name: appName, version: app.getVersion() },
    versions: process.versions,
    os: { platform: process.platform, arch: process.arch, release: os.release() },
  })
  process.on('uncaughtException', (error) => void crashes.uncaughtException(error))
  process.on('unhandledRejection', (reason) => void crashes.unhandledRejection(reason))
  app.on('render-process-gone', (_event, contents, details) => void crashes.renderProcessGone(contents, details))

  const folders = createFolderMemory({
    file: path.join(userData, 'folders.json'),
    fallback: () => app.getPath('documents'),
  })
  // Every session, now or later, refuses all permissions and routes downloads through the save dialog.
  const prepared = new WeakSet<Session>()
  const prepareSession = (target: Session) => {
    if (prepared.has(target)) return
    prepared.add(target)
    refusePermissions(target)
    handleDownloads(target, { folders, appOrigin })
  }
  app.on('session-created', prepareSession)
  // Every web contents, now or later, gets the same navigation and window guards.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appOrigin, openExternal: (url) => shell.openExternal(url) })
    prepareSession(contents.session)
  })

  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow)
  })
  // Quitting with the last window closes the record, so the file on disk is complete for a backup.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    stopBackups()
    // ctx.db, not db: a restore replaces the connection (ctx.reopen).
    const record = ctx?.db ?? db
    if (record?.sqlite.open) record.sqlite.close()
  })

  void app.whenReady().then(() => {
    db = openRecordOrExplain({
      argv: process.argv,
      userData,
      locale: app.getLocale(),
      nativeBinding: chooseNativeBinding({
        isPackaged: app.isPackaged,
        root: app.getAppPath(),
        electronVersion: process.versions.electron ?? '',
        platform: process.platform,
        arch: process.arch,
        exists: fs.existsSync,
      }),
      showErrorBox: (title, message) => dialog.showErrorBox(title, message),
      askToRecover: (title, message) =>
        dialog.showMessageBoxSync({
          type: 'error',
          title,
          message,
          buttons: [createTranslator(languageFromLocales([app.getLocale()]))('records.recover.restore'), 'OK'],
          defaultId: 0,
          cancelId: 1,
        }) === 0,
    })
    if (!db) return app.exit(1)
    log.info(`${appName} ${app.getVersion()} started`)

    const openCtx = createContext(db)
    ctx = openCtx
    stopBackups = startDailyBackups(openCtx, { log: (line) => log.info(line) })
    const broadcast = broadcastTo(() => BrowserWindow.getAllWindows())
    const dispatch = createDispatcher(openCtx, handlers, {
      emit: (event) => {
        broadcast(event)
        // The menu speaks the settings language, so it is rebuilt when settings change.
        if (event.name === 'changed' && event.topics.includes('settings')) installMenu()
      },
      logError: (line) => log.error(line),
    })
    registerInvokeHandler(ipcMain, { dispatch, appOrigin, language })

    prepareSession(session.defaultSession)
    if (devUrl) applyDevContentSecurityPolicy(session.defaultSession, appOrigin)
    else serveRenderer(protocol, path.join(__dirname, '../renderer'))

    const stateFile = path.join(userData, 'window-state.json')
    const placement = initialWindowPlacement(parseWindowState(readJsonFile(stateFile)), {
      displays: screen.getAllDisplays(),
      primary: screen.getPrimaryDisplay(),
    })
    const window = createMainWindow({
      preload: path.join(__dirname, '../preload/index.js'),
      url: startUrl,
      ...placement,
      onLoadFailed: crashes.windowLoadFailed,
    })
    mainWindow = window
    rememberWindowState(window, (state) => writeJsonFile(stateFile, state))

    const actions = menuActions({ dispatch, ctx: openCtx, window, userData, language, log: (line) => log.warn(line) })
    function installMenu() {
      const template = menuTemplate({
        t: createTranslator(language()),
        platform: process.platform,
        language: userLanguage(openCtx),
        developer: !app.isPackaged,
        appName,
        actions: {
          ...actions,
          setLanguage: (choice) => {
            // Saved: the settings event rebuilds the menu. Refused: rebuilt now, so the tick goes back.
            if (!actions.setLanguage(choice)) installMenu()
          },
        },
      })
      Menu.setApplicationMenu(Menu.buildFromTemplate(template))
    }
    installMenu()
  })
}

type ActionDeps = {
  dispatch: Dispatcher
  ctx: Ctx
  window: BrowserWindow
  userData: string
  language: () => Language
  log: (line: string) => void
}

/** What the menu's own items do; the rest are Electron roles (copy, zoom, reload, quit, …). */
function menuActions({ dispatch, ctx, window, userData, language, log }: ActionDeps): Omit<
  MenuActions,
  'setLanguage'
> & {
  /** True when saved; the settings change event then rebuilds the menu. */
  setLanguage: (choice: Language | null) => boolean
} {
  return {
    navigate: (to) => {
      const target = BrowserWindow.getFocusedWindow() ?? window
      if (target.isDestroyed()) return
      focusWindow(target)
      target.webContents.send(ipcChannels.event, { name: 'navigate', to, topics: [] } satisfies AppEvent)
    },
    setLanguage: (choice) => {
      const current = userSettings(ctx)
      if (!current) return false
      const reply = dispatch('settings-update', { ...current, language: choice })
      if (!reply.ok) log(`Changing the language from the menu failed: ${reply.error.code}`)
      return reply.ok
    },
    showAbout: () => {
      const box = aboutBox(createTranslator(language()), {
        version: app.getVersion(),
        versions: process.versions,
        dataFolder: userData,
      })
      void (window.isDestroyed() ? dialog.showMessageBox(box) : dialog.showMessageBox(window, box))
    },
    openDataFolder: () => {
      void shell.openPath(userData).then((problem) => {
        if (problem) log('Opening the data folder failed')
      })
    },
  }
}

function userSettings(ctx: Ctx) {
  try {
    return getSettings(ctx)
  } catch {
    return null
  }
}

/** The language chosen in settings; null means follow the computer. */
function userLanguage(ctx: Ctx) {
  return userSettings(ctx)?.language ?? null
}
