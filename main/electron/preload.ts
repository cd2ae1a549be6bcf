import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AppEvent } from '../../shared/api/contract'
import { ipcChannels, type RegionDeskBridge } from '../../shared/bridge'

/**
 * The page's only door to main: two small functions. ipcRenderer and its event object never
 * cross, or the page could send on any channel.
 */
const bridge = {
  invoke: (method, input) => ipcRenderer.invoke(ipcChannels.invoke, method, input),
  on: (name, callback) => {
    const listener = (_event: IpcRendererEvent, payload: AppEvent | undefined) => {
      if (payload?.name === name) callback(payload)
    }
    ipcRenderer.on(ipcChannels.event, listener)
    // A block, not an arrow expression: removeListener returns ipcRenderer, which must not reach the page.
    return () => {
      ipcRenderer.removeListener(ipcChannels.event, listener)
    }
  },
} satisfies RegionDeskBridge

contextBridge.exposeInMainWorld('regionDesk', bridge)
