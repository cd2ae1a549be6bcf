import { BrowserWindow, type WebPreferences } from 'electron'
import { appName } from '../paths'

/** The renderer gets no Node, its own JS world, Chromium's sandbox, and only what the preload exposes. */
export const webPreferencesFor = (preload: string) =>
  ({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
  }) satisfies WebPreferences

/** Hidden until the first paint, so the user never sees an empty white frame. */
export function createMainWindow({ preload, url }: { preload: string; url: string }) {
  const window = new BrowserWindow({
    title: appName,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    webPreferences: webPreferencesFor(preload),
  })
  window.once('ready-to-show', () => window.show())
  window
    .loadURL(url)
    .catch((error: unknown) =>
      console.error(`Loading the window failed: ${error instanceof Error ? error.message : typeof error}`),
    )
  return window
}

/** A second launch brings the running window forward instead of opening the record twice. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>) {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
