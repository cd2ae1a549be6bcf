import { BrowserWindow, type Rectangle } from 'electron'
import { appName } from '../paths'
import { defaultSize, minimumSize } from './window-state'

type WindowOptions = {
  preload: string
  url: string
  bounds?: Partial<Rectangle>
  maximized?: boolean
  onLoadFailed?: (error: unknown) => void
}

/**
 * Hidden until the first paint, so the user never sees an empty white frame. The webPreferences stay
 * a literal here, where a reader (and electronegativity, which cannot follow a function call) sees
 * them: no Node, its own JS world, Chromium's sandbox, and only what the preload exposes.
 */
export function createMainWindow({ preload, url, bounds = {}, maximized = false, onLoadFailed }: WindowOptions) {
  const window = new BrowserWindow({
    title: appName,
    ...defaultSize,
    ...bounds,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    },
  })
  window.once('ready-to-show', () => {
    // maximize() would also show the window, but without focus; show() after it gives both.
    if (maximized) window.maximize()
    window.show()
  })
  window.loadURL(url).catch((error: unknown) => onLoadFailed?.(error))
  return window
}

/** A second launch brings the running window forward instead of opening the record twice. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>) {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
