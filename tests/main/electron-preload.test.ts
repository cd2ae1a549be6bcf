import { describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '../../shared/api/contract'
import type { RegionDeskBridge } from '../../shared/bridge'

const electron = vi.hoisted(() => {
  // Like the real one, removeListener returns ipcRenderer itself: the bridge must not pass that on.
  const ipcRenderer = {
    invoke: vi.fn(async () => ({ ok: true, value: 1 })),
    on: vi.fn(),
    removeListener: vi.fn((): unknown => ipcRenderer),
  }
  return { exposed: new Map<string, unknown>(), ipcRenderer }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}))

await import('../../main/electron/preload')
const bridge = electron.exposed.get('regionDesk') as RegionDeskBridge
type Listener = (event: unknown, payload: unknown) => void

describe('preload', () => {
  it('exposes window.regionDesk with exactly invoke and on', () => {
    expect([...electron.exposed.keys()]).toEqual(['regionDesk'])
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on'])
  })

  it('invoke sends method and input on the invoke channel and returns the reply', async () => {
    await expect(bridge.invoke('group-list', { q: 'x' })).resolves.toEqual({ ok: true, value: 1 })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('region-desk:invoke', 'group-list', { q: 'x' })
  })

  it('on passes only the payload of matching events, and unsubscribing removes the listener', () => {
    const callback = vi.fn()
    const unsubscribe = bridge.on('changed', callback)
    const [channel, listener] = electron.ipcRenderer.on.mock.calls.at(-1) as unknown as [string, Listener]
    expect(channel).toBe('region-desk:event')

    const event: AppEvent = { name: 'changed', topics: ['groups'] }
    listener({ sender: 'the IPC event' }, event)
    listener({}, { name: 'something-else' })
    listener({}, undefined)
    expect(callback.mock.calls).toEqual([[event]])

    expect(unsubscribe()).toBeUndefined()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith('region-desk:event', listener)
  })
})
