import type { BrowserWindow, Rectangle } from 'electron'

export type WindowState = { bounds: Rectangle; maximized: boolean }
type Size = { width: number; height: number }
type Display = { workArea: Rectangle }

export const defaultSize: Size = { width: 1280, height: 860 }
export const minimumSize: Size = { width: 900, height: 600 }

/** Enough of the title bar to grab the window with the mouse: this wide, with its top edge on the display. */
const grabWidth = 120
const titleBarHeight = 32

/** The saved file as written by rememberWindowState, or null for anything else (missing, edited, from an older app). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null
  const { bounds, maximized } = raw as { bounds?: Record<string, unknown>; maximized?: unknown }
  if (typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds
  const whole = (value: unknown): value is number => Number.isSafeInteger(value)
  if (!whole(x) || !whole(y) || !whole(width) || !whole(height) || width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

/** Whether the user could reach the window's title bar on this work area (a display minus task bars and docks). */
export function isReachableOn(bounds: Rectangle, workArea: Rectangle): boolean {
  const overlap = Math.min(bounds.x + bounds.width, workArea.x + workArea.width) - Math.max(bounds.x, workArea.x)
  const topOnDisplay = bounds.y >= workArea.y && bounds.y <= workArea.y + workArea.height - titleBarHeight
  return overlap >= Math.min(grabWidth, bounds.width) && topOnDisplay
}

/**
 * Where the window opens: the saved place when it is on a display that is still connected, else the
 * saved size (never larger than the primary display) centred by the OS; maximised if it was.
 */
export function initialWindowPlacement(
  saved: WindowState | null,
  { displays, primary }: { displays: Display[]; primary: Display },
): { bounds: Partial<Rectangle> & Size; maximized: boolean } {
  if (!saved) return { bounds: { ...defaultSize }, maximized: false }
  const size = {
    width: Math.max(minimumSize.width, saved.bounds.width),
    height: Math.max(minimumSize.height, saved.bounds.height),
  }
  const bounds = { x: saved.bounds.x, y: saved.bounds.y, ...size }
  if (displays.some((display) => isReachableOn(bounds, display.workArea))) return { bounds, maximized: saved.maximized }
  const fitted = {
    width: Math.min(size.width, Math.max(minimumSize.width, primary.workArea.width)),
    height: Math.min(size.height, Math.max(minimumSize.height, primary.workArea.height)),
  }
  return { bounds: fitted, maximized: saved.maximized }
}

type Tracked = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>

/** Saved when the window closes: its un-maximised bounds, so restoring a maximised window still has a size to return to. */
export function rememberWindowState(window: Tracked, save: (state: WindowState) => void) {
  window.on('close', () => {
    save({ bounds: window.getNormalBounds(), maximized: window.isMaximized() || window.isFullScreen() })
  })
}
