import { describe, expect, it } from 'vitest'
import { createHttpBridge, takeTokenFromLocation } from '../../renderer/src/api/transport'

describe('takeTokenFromLocation', () => {
  it('keeps the fragment token for this tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc123')
    sessionStorage.clear()
    expect(takeTokenFromLocation(window.location, sessionStorage, window.history)).toBe('abc123')
    expect(window.location.hash).toBe('#/')
    // A reload has no token in the address any more, but the tab still knows it.
    expect(takeTokenFromLocation(window.location, sessionStorage, window.history)).toBe('abc123')
  })
})

describe('createHttpBridge', () => {
  it('posts JSON with the bearer token and returns the reply', async () => {
    const seen: { url: string; init: RequestInit }[] = []
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, init })
      return new Response(JSON.stringify({ ok: true, value: 3 }))
    }) as unknown as typeof fetch
    const reply = await createHttpBridge('tok', fetchImpl).invoke('group-get', { id: 3 })
    expect(reply).toEqual({ ok: true, value: 3 })
    expect(seen[0]!.url).toBe('/api/group-get')
    expect((seen[0]!.init.headers as Record<string, string>).Authorization).toBe('Bearer tok')
    expect(seen[0]!.init.body).toBe('{"id":3}')
  })

  it('turns a network failure into an error reply instead of throwing', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    const reply = await createHttpBridge('tok', fetchImpl).invoke('group-list', {})
    expect(reply).toMatchObject({ ok: false, error: { messageKey: 'errors.network' } })
  })
})
