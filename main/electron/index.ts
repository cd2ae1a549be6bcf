import fs from 'node:fs'
import path from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron'
import { createContext, type Ctx } from '../context'
import type { Db } from '../db/open'
import { createDispatcher } from '../dispatch'
import { handlers } from '../handlers'
import { getSettings } from '../handlers/settings'
import { languageFromLocales } from '../../shared/i18n'
import { openRecordOrExplain } from './database'
import { broadcastTo, registerInvokeHandler } from './ipc'
import { chooseNativeBinding } from './native-binding'
import { appStartUrl, originOf } from './origin'
import { registerAppScheme, serveRenderer } from './protocol'
import { applyDevContentSecurityPolicy, guardWebContents, refusePermissions } from './security'
import { createMainWindow, focusWindow } from './window'

// Only an unpackaged app follows the dev server; a packaged one must never load a URL from the environment.
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const startUrl = devUrl ?? appStartUrl
const appOrigin = originOf(startUrl) ?? 'app://region-desk'

registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) app.quit()
else start()

function start() {
  let db: Db | null = null
  let mainWindow: BrowserWindow | null = null

  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) focusWindow(mainWindow)
  })
  // Every web contents, now or later, gets the same guards and its session the same refusals.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appOrigin, openExternal: (url) => shell.openExternal(url) })
    refusePermissions(contents.session)
  })
  // Quitting with the last window closes the record, so the file on disk is complete for a backup.
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    if (db?.sqlite.open) db.sqlite.close()
  })

  void app.whenReady().then(() => {
    db = openRecordOrExplain({
      argv: process.argv,
      userData: app.getPath('userData'),
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
    })
    if (!db) return app.exit(1)

    const ctx = createContext(db)
    const dispatch = createDispatcher(ctx, handlers, {
      emit: broadcastTo(() => BrowserWindow.getAllWindows()),
      logError: (line) => console.error(line),
    })
    const osLanguage = languageFromLocales([app.getLocale()])
    registerInvokeHandler(ipcMain, { dispatch, appOrigin, language: () => userLanguage(ctx) ?? osLanguage })

    refusePermissions(session.defaultSession)
    if (devUrl) applyDevContentSecurityPolicy(session.defaultSession, appOrigin)
    else serveRenderer(protocol, path.join(__dirname, '../renderer'))

    mainWindow = createMainWindow({ preload: path.join(__dirname, '../preload/index.js'), url: startUrl })
  })
}

/** The language chosen in settings; null means follow the computer. */
function userLanguage(ctx: Ctx) {
  try {
    return getSettings(ctx).language
  } catch {
    return null
  }
}
