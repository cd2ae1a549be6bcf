import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readJsonFile, writeJsonFile } from '../../main/electron/json-file'
import {
  initialWindowPlacement,
  isReachableOn,
  parseWindowState,
  rememberWindowState,
  type WindowState,
} from '../../main/electron/window-state'

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 875 } }
// A second monitor to the right of the laptop.
const monitor = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } }
const saved = (x: number, y: number, maximized = false): WindowState => ({
  bounds: { x, y, width: 1200, height: 800 },
  maximized,
})

describe('parseWindowState', () => {
  it('accepts what rememberWindowState writes', () => {
    expect(parseWindowState(saved(10, 20, true))).toEqual(saved(10, 20, true))
  })

  it.each([
    null,
    'text',
    {},
    { bounds: null },
    { bounds: { x: 0, y: 0, width: 0, height: 600 } },
    { bounds: { x: 0, y: 0, width: 800, height: -1 } },
    { bounds: { x: 0.5, y: 0, width: 800, height: 600 } },
    { bounds: { x: '0', y: 0, width: 800, height: 600 } },
  ])('refuses %j', (raw) => expect(parseWindowState(raw)).toBeNull())
})

describe('initialWindowPlacement', () => {
  const screens = { displays: [laptop, monitor], primary: laptop }

  it('opens at the default size the first time', () => {
    expect(initialWindowPlacement(null, screens)).toEqual({ bounds: { width: 1280, height: 860 }, maximized: false })
  })

  it('restores the saved place when it is on a connected display, including the second monitor', () => {
    expect(initialWindowPlacement(saved(100, 40), screens)).toEqual({ bounds: saved(100, 40).bounds, maximized: false })
    expect(initialWindowPlacement(saved(2000, 200, true), screens)).toEqual({
      bounds: saved(2000, 200).bounds,
      maximized: true,
    })
  })

  it('drops the place but keeps the size when that monitor is gone', () => {
    const placement = initialWindowPlacement(saved(2000, 200, true), { displays: [laptop], primary: laptop })
    expect(placement).toEqual({ bounds: { width: 1200, height: 800 }, maximized: true })
  })

  it('never opens larger than the primary display when it cannot use the saved place', () => {
    const huge = { bounds: { x: 5000, y: 0, width: 2500, height: 1300 }, maximized: false }
    expect(initialWindowPlacement(huge, { displays: [laptop], primary: laptop }).bounds).toEqual({
      width: 1440,
      height: 875,
    })
  })

  it('never restores below the minimum size', () => {
    const tiny = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }
    expect(initialWindowPlacement(tiny, screens).bounds).toEqual({ x: 10, y: 10, width: 900, height: 600 })
  })
})

describe('isReachableOn', () => {
  it.each([
    [{ x: 100, y: 40, width: 1200, height: 800 }, true],
    // Hanging off the right edge with enough title bar left to grab.
    [{ x: 1300, y: 40, width: 1200, height: 800 }, true],
    // Only a sliver on the display.
    [{ x: 1400, y: 40, width: 1200, height: 800 }, false],
    // Title bar above the top of the display.
    [{ x: 100, y: -50, width: 1200, height: 800 }, false],
    // Title bar below the bottom.
    [{ x: 100, y: 870, width: 1200, height: 800 }, false],
    [{ x: -1300, y: 40, width: 1200, height: 800 }, false],
  ])('%j -> %s', (bounds, expected) => expect(isReachableOn(bounds, laptop.workArea)).toBe(expected))
})

describe('rememberWindowState', () => {
  it('saves the un-maximised bounds and whether it was maximised when the window closes', () => {
    const listeners = new Map<string, () => void>()
    const window = {
      on: (name: string, listener: () => void) => listeners.set(name, listener),
      getNormalBounds: () => ({ x: 1, y: 2, width: 1000, height: 700 }),
      isMaximized: () => true,
      isFullScreen: () => false,
    }
    const save = vi.fn()
    rememberWindowState(window as never, save)
    expect(save).not.toHaveBeenCalled()
    listeners.get('close')?.()
    expect(save).toHaveBeenCalledWith({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true })
  })
})

describe('window-state.json', () => {
  let folder = ''
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

  it('round-trips through userData, and a damaged file reads as no state', () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-state-'))
    const file = path.join(folder, 'nested', 'window-state.json')
    expect(readJsonFile(file)).toBeNull()
    expect(writeJsonFile(file, saved(3, 4, true))).toBe(true)
    expect(parseWindowState(readJsonFile(file))).toEqual(saved(3, 4, true))
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json'])
    fs.writeFileSync(file, '{"bounds": {"x": 1,')
    expect(parseWindowState(readJsonFile(file))).toBeNull()
  })
})
