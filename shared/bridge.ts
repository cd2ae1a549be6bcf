import type { AppEvent } from './api/contract'
import type { Reply } from './errors'

/** What the Electron preload exposes as `window.regionDesk`, and nothing more. */
export type RegionDeskBridge = {
  invoke: (method: string, input: unknown) => Promise<Reply<unknown>>
  /** Subscribes to pushed events; returns the unsubscribe function. The callback never sees the IPC event. */
  on: (name: AppEvent['name'], callback: (event: AppEvent) => void) => () => void
}

/** The single IPC channels between renderer and main. */
export const ipcChannels = { invoke: 'region-desk:invoke', event: 'region-desk:event' } as const

/** Browser mode: the token travels in the URL fragment (#token=…), which browsers never send to the server. */
export const tokenFragmentKey = 'token'
