import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import type { AppEvent } from '../../shared/api/contract'
import { ipcChannels } from '../../shared/bridge'
import type { Reply } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n'
import type { Dispatcher } from '../dispatch'
import { isAppOrigin } from './origin'

type InvokeOptions = {
  dispatch: Dispatcher
  appOrigin: string
  /** The user's language for the refusal message. */
  language: () => string
}

type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>

/**
 * Only frames showing the app may reach the record: anything else (a frame that navigated away,
 * a foreign subframe) is refused before the dispatcher sees the call.
 */
export function createInvokeHandler({ dispatch, appOrigin, language }: InvokeOptions) {
  return (event: InvokeEvent, method: unknown, input: unknown): Reply<unknown> => {
    if (!isAppOrigin(senderUrl(event), appOrigin)) return unauthorized(language())
    return dispatch(typeof method === 'string' ? method : '', input)
  }
}

export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle'>, options: InvokeOptions) {
  ipcMain.handle(ipcChannels.invoke, createInvokeHandler(options))
}

/** Sends a change to every open window so each refreshes what it shows. */
export const broadcastTo =
  (windows: () => BrowserWindow[]) =>
  (event: AppEvent): void => {
    for (const window of windows()) if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, event)
  }

function senderUrl(event: InvokeEvent) {
  try {
    return event.senderFrame?.url ?? ''
  } catch {
    // Reading a frame that was disposed meanwhile throws; such a sender is not trusted.
    return ''
  }
}

function unauthorized(language: string): Reply<never> {
  const messageKey = 'errors.unauthorized'
  return { ok: false, error: { code: 'UNAUTHORIZED', messageKey, message: createTranslator(language)(messageKey) } }
}
