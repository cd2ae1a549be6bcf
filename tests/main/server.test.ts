import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createContext } from '../../main/context'
import { openDatabase } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'
import { createBrowserApp, maxBodyBytes } from '../../main/server/app'
import type { AppEvent } from '../../shared/api/contract'
import { createTranslator } from '../../shared/i18n'

const port = 43125
const token = 'test-token_abc.DEF~123'
const host = `127.0.0.1:${port}`
const indexHtml = '<!doctype html><title>Region Desk</title><div id="root"></div>'

let workspace: string
let rendererDir: string

beforeAll(() => {
  // A secret beside the renderer folder: traversal attempts aim at it.
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-server-'))
  rendererDir = path.join(workspace, 'renderer')
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(rendererDir, 'index.html'), indexHtml)
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
  fs.writeFileSync(path.join(workspace, 'package.json'), '{"secret":"outside the renderer"}')
})

afterAll(() => fs.rmSync(workspace, { recursive: true, force: true }))

function setup() {
  const db = openDatabase(':memory:')
  const listeners = new Set<(event: AppEvent) => void>()
  const dispatch = createDispatcher(createContext(db), handlers, {
    emit: (event) => listeners.forEach((listener) => listener(event)),
  })
  const app = createBrowserApp({
    dispatch,
    token,
    rendererDir,
    port: () => port,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    translate: (key) => createTranslator('en')(key),
  })
  /** A request as the browser on this machine would send it, with the token unless told otherwise. */
  const request = (url: string, init: RequestInit & { auth?: string | null; host?: string | null } = {}) => {
    const { auth = `Bearer ${token}`, host: hostHeader = host, ...rest } = init
    const headers = new Headers(rest.headers)
    if (hostHeader !== null) headers.set('host', hostHeader)
    if (auth !== null) headers.set('authorization', auth)
    return app.request(`http://${host}${url}`, { ...rest, headers })
  }
  const post = (method: string, body: unknown, init: Parameters<typeof request>[1] = {}) =>
    request(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    })
  return { app, db, request, post, listeners }
}

const unauthorized = {
  ok: false,
  error: {
    code: 'UNAUTHORIZED',
    messageKey: 'errors.unauthorized',
    message: createTranslator('en')('errors.unauthorized'),
  },
}

describe('browser mode: Host guard', () => {
  it.each([
    ['127.0.0.1 on another port', `127.0.0.1:${port + 1}`],
    ['127.0.0.1 without a port', '127.0.0.1'],
    ['localhost on another port', 'localhost:80'],
    ['a foreign name (DNS rebinding)', 'evil.com'],
    ['a foreign name with our port', `evil.com:${port}`],
    ['a lookalike', `127.0.0.1.evil.com:${port}`],
    ['the IPv6 wildcard', `[::]:${port}`],
    ['an empty host', ''],
    ['no Host header at all', null],
  ])('refuses %s with 403, for the page and the API', async (_case, hostHeader) => {
    const { request, post } = setup()
    expect((await request('/', { host: hostHeader })).status).toBe(403)
    const api = await post('group-list', {}, { host: hostHeader })
    expect(api.status).toBe(403)
    expect(await api.text()).not.toContain('"ok"')
  })

  it.each([`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`])('lets %s through', async (hostHeader) => {
    const { post } = setup()
    expect((await post('group-list', {}, { host: hostHeader })).status).toBe(200)
  })
})

describe('browser mode: token', () => {
  it.each([
    ['no Authorization header', null],
    ['a wrong token', 'Bearer not-the-token'],
    ['the token with a wrong scheme', `Basic ${token}`],
    ['the token with no scheme', token],
    ['an empty bearer', 'Bearer '],
    ['the token with a suffix', `Bearer ${token}x`],
    ['a token that is no token at all', 'Bearer <script>'],
  ])('refuses an API call with %s: 401 and an UNAUTHORIZED reply', async (_case, auth) => {
    const { post, db } = setup()
    const response = await post('person-create', { name: 'Kari' }, { auth })
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(await response.json()).toEqual(unauthorized)
    expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
  })

  it("passes the dispatcher's reply through with the right token", async () => {
    const { post } = setup()
    const created = await post('person-create', { name: 'Kari', email: 'KARI@example.no' })
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({ ok: true, value: { name: 'Kari', email: 'kari@example.no' } })
    expect(await (await post('person-list', {})).json()).toMatchObject({ ok: true, value: { total: 1 } })
  })

  it('passes validation errors through as replies', async () => {
    const { post } = setup()
    expect(await (await post('person-create', { name: '' })).json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'name' },
    })
  })

  it('accepts an empty body as no input', async () => {
    const { request } = setup()
    const response = await request('/api/settings-get', { method: 'POST' })
    expect(await response.json()).toMatchObject({ ok: true, value: { orgPreset: 'norway' } })
  })

  it('answers an unknown method with a NOT_FOUND reply', async () => {
    const { post } = setup()
    expect(await (await post('person-delete-everything', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.unknownMethod' },
    })
  })

  it.each([
    ['GET on a method', '/api/person-list', 'GET'],
    ['a deeper API path', '/api/person-list/extra', 'POST'],
  ])('answers %s with 404 and a NOT_FOUND reply once the token is right', async (_case, url, method) => {
    const { request } = setup()
    const response = await request(url, { method })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('browser mode: bodies', () => {
  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const { post, db } = setup()
    const big = JSON.stringify({ name: 'Kari', notes: 'x'.repeat(maxBodyBytes) })
    const response = await post('person-create', big)
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'errors.tooLarge' },
    })
    expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
  })

  it.each(['{', 'not json', '{"name": "Kari",}', "{'name': 'Kari'}"])(
    'answers invalid JSON %j with 400 VALIDATION',
    async (body) => {
      const { post } = setup()
      const response = await post('person-create', body)
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', messageKey: 'errors.badJson' },
      })
    },
  )
})

describe('browser mode: no CORS', () => {
  it.each([
    ['an OPTIONS preflight', '/api/person-create', { method: 'OPTIONS', auth: null }],
    ['an API call', '/api/person-list', { method: 'POST', body: '{}' }],
    ['an unauthorised API call', '/api/person-list', { method: 'POST', body: '{}', auth: null }],
    ['the page', '/', {}],
    ['a missing file', '/nothing-here.js', {}],
  ] as const)('sends no access-control-allow-origin on %s', async (_case, url, init) => {
    const { request } = setup()
    const response = await request(url, {
      ...init,
      headers: { origin: 'https://evil.com', 'access-control-request-method': 'POST' },
    })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    expect(response.headers.get('access-control-allow-headers')).toBeNull()
  })
})

describe('browser mode: static files', () => {
  it('serves index.html from the renderer folder with a strict Content-Security-Policy', async () => {
    const { request } = setup()
    for (const url of ['/', '/index.html']) {
      const response = await request(url, { auth: null })
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(indexHtml)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/)
      expect(csp).toContain("frame-ancestors 'none'")
    }
  })

  it('serves assets', async () => {
    const { request } = setup()
    const response = await request('/assets/app.js', { auth: null })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log("app")')
  })

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/assets/../../package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/%252e%252e/package.json',
    '//package.json',
  ])('does not serve a file outside the renderer folder for %s', async (url) => {
    const { request } = setup()
    const response = await request(url, { auth: null })
    expect(await response.text()).not.toContain('outside the renderer')
    expect(response.status).toBe(404)
  })
})

describe('browser mode: events', () => {
  it.each([
    ['no token', null],
    ['a wrong token', 'Bearer nope'],
  ])('refuses the event stream with %s', async (_case, auth) => {
    const { request, listeners } = setup()
    const response = await request('/api/events', { auth })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual(unauthorized)
    expect(listeners.size).toBe(0)
  })

  it('streams a change after a write to a page with the token, and lets go when the page closes', async () => {
    const { request, post, listeners } = setup()
    const response = await request('/api/events')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const reader = response.body!.getReader()
    await vi.waitFor(() => expect(listeners.size).toBe(1))
    await post('group-create', { name: 'Tromsø' })
    const { value } = await reader.read()
    expect(new TextDecoder().decode(value)).toContain(
      `data: ${JSON.stringify({ name: 'changed', topics: ['groups'] })}`,
    )
    await reader.cancel()
    await vi.waitFor(() => expect(listeners.size).toBe(0))
  })
})
