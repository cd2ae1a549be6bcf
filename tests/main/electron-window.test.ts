import { describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => [] as { options: Record<string, unknown>; window: FakeWindowShape }[])
type FakeWindowShape = {
  once: (name: string, fn: () => void) => void
  fire: (name: string) => void
  show: () => void
  maximize: () => void
  loadURL: (url: string) => Promise<void>
}
const loading = vi.hoisted(() => ({ fails: false }))

vi.mock('electron', () => ({
  BrowserWindow: class {
    private listeners = new Map<string, () => void>()
    show = vi.fn()
    maximize = vi.fn()
    loadURL = vi.fn(async () => {
      if (loading.fails) throw new Error('ERR_FAILED loading app://region-desk/ for kari@example.org')
    })
    once = (name: string, fn: () => void) => this.listeners.set(name, fn)
    fire = (name: string) => this.listeners.get(name)?.()
    constructor(options: Record<string, unknown>) {
      created.push({ options, window: this })
    }
  },
}))

const { createMainWindow, focusWindow } = await import('../../main/electron/window')

/** The Electron security checklist's settings for every window: a regression in any of them fails here. */
const lockedDown = {
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
}

describe('createMainWindow', () => {
  it('locks the renderer down: isolated, sandboxed, no Node, no webviews, only the preload', () => {
    createMainWindow({ preload: '/app/out/preload/index.js', url: 'app://region-desk/index.html' })
    const { options } = created.at(-1)!
    expect(options.webPreferences).toEqual({ preload: '/app/out/preload/index.js', ...lockedDown })
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
  })

  it('keeps every setting locked down whatever bounds it is given', () => {
    createMainWindow({
      preload: '/p.js',
      url: 'app://region-desk/',
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
    })
    const { options } = created.at(-1)!
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: 900, minHeight: 600 })
    expect(options.webPreferences).toEqual({ preload: '/p.js', ...lockedDown })
  })

  it('is titled Region Desk, loads the URL and shows only when ready', () => {
    createMainWindow({ preload: '/p.js', url: 'app://region-desk/index.html' })
    const { options, window } = created.at(-1)!
    expect(options).toMatchObject({ title: 'Region Desk', show: false, width: 1280, height: 860 })
    expect(window.loadURL).toHaveBeenCalledWith('app://region-desk/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.fire('ready-to-show')
    expect(window.show).toHaveBeenCalled()
    expect(window.maximize).not.toHaveBeenCalled()
  })

  it('opens maximised when it was closed maximised', () => {
    createMainWindow({ preload: '/p.js', url: 'app://region-desk/', maximized: true })
    const { window } = created.at(-1)!
    window.fire('ready-to-show')
    expect(window.maximize).toHaveBeenCalled()
    expect(window.show).toHaveBeenCalled()
  })

  it('hands a failed load to the caller (who logs it without the message)', async () => {
    loading.fails = true
    const onLoadFailed = vi.fn()
    createMainWindow({ preload: '/p.js', url: 'app://region-desk/', onLoadFailed })
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(expect.any(Error)))
    loading.fails = false
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
