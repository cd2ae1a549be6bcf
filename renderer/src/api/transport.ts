import type { AppEvent } from '../../../shared/api/contract'
import { tokenFragmentKey, type RegionDeskBridge } from '../../../shared/bridge'
import type { Reply } from '../../../shared/errors'

declare global {
  interface Window {
    regionDesk?: RegionDeskBridge
  }
}

const tokenStorageKey = 'region-desk-token'

/**
 * Browser mode reads the per-run token from the URL fragment once, keeps it for this tab only
 * (sessionStorage survives a reload, not a new tab) and removes it from the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#\/?/, ''))
  const fromFragment = params.get(tokenFragmentKey)
  if (fromFragment) {
    storage.setItem(tokenStorageKey, fromFragment)
    history.replaceState(null, '', `${location.pathname}#/`)
    return fromFragment
  }
  return storage.getItem(tokenStorageKey)
}

const networkFailure: Reply<never> = {
  ok: false,
  error: { code: 'INTERNAL', messageKey: 'errors.network', message: 'Region Desk is not reachable.' },
}

/** The same bridge shape over HTTP, so nothing above this file knows which transport runs. */
export function createHttpBridge(token: string | null, fetchImpl: typeof fetch = fetch): RegionDeskBridge {
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token ?? ''}` }
  return {
    invoke: async (method, input) => {
      try {
        const response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
        })
        return (await response.json()) as Reply<unknown>
      } catch {
        return networkFailure
      }
    },
    on: (name, callback) => {
      const controller = new AbortController()
      void listenToEvents(fetchImpl, headers, controller.signal, (event) => {
        if (event.name === name) callback(event)
      })
      return () => controller.abort()
    },
  }
}

/** Server-sent events read with fetch, because EventSource cannot send the Authorization header. */
async function listenToEvents(
  fetchImpl: typeof fetch,
  headers: Record<string, string>,
  signal: AbortSignal,
  onEvent: (event: AppEvent) => void,
) {
  let delay = 1000
  while (!signal.aborted) {
    try {
      const response = await fetchImpl('/api/events', { headers, signal })
      if (!response.ok || !response.body) throw new Error(String(response.status))
      delay = 1000
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      let buffer = ''
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer += value
        const blocks = buffer.split('\n\n')
        buffer = blocks.pop() ?? ''
        for (const block of blocks) {
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n')
          if (data) onEvent(JSON.parse(data) as AppEvent)
        }
      }
    } catch {
      if (signal.aborted) return
    }
    await new Promise((resolve) => setTimeout(resolve, delay))
    delay = Math.min(delay * 2, 30_000)
  }
}

export function createBridge(): RegionDeskBridge {
  if (window.regionDesk) return window.regionDesk
  return createHttpBridge(takeTokenFromLocation(window.location, window.sessionStorage, window.history))
}
