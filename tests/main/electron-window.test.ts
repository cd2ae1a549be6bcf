import { describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; window: FakeWindowShape }[])
type FakeWindowShape = {
  once: (name: string, fn: () => void) => void
  fire: (name: string) => void
  show: () => void
  loadURL: (url: string) => Promise<void>
}

vi.mock('electron', () => ({
  BrowserWindow: class {
    private listeners = new Map<string, () => void>()
    show = vi.fn()
    loadURL = vi.fn(async () => undefined)
    once = (name: string, fn: () => void) => this.listeners.set(name, fn)
    fire = (name: string) => this.listeners.get(name)?.()
    constructor(options: Record<string, unknown>) {
      created.push({ options, window: this })
    }
  },
}))

const { createMainWindow, focusWindow, webPreferencesFor } = await import('../../main/electron/window')

describe('createMainWindow', () => {
  it('locks the renderer down: isolated, sandboxed, no Node, no webviews, only the preload', () => {
    createMainWindow({ preload: '/app/out/preload/index.js', url: 'app://region-desk/index.html' })
    const { options } = created.at(-1)!
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(options.webPreferences).toEqual(webPreferencesFor('/app/out/preload/index.js'))
  })

  it('is titled Region Desk, loads the URL and shows only when ready', () => {
    createMainWindow({ preload: '/p.js', url: 'app://region-desk/index.html' })
    const { options, window } = created.at(-1)!
    expect(options).toMatchObject({ title: 'Region Desk', show: false })
    expect(window.loadURL).toHaveBeenCalledWith('app://region-desk/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.fire('ready-to-show')
    expect(window.show).toHaveBeenCalled()
  })
})

describe('focusWindow', () => {
  it('restores a minimised window and brings it forward', () => {
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() }
    focusWindow(window)
    expect(window.restore).toHaveBeenCalled()
    expect(window.focus).toHaveBeenCalled()
  })
})
