import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { contentSecurityPolicy } from '../../main/electron/csp'
import { createRendererHandler, registerAppScheme, serveRenderer } from '../../main/electron/protocol'

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-protocol-'))
const renderer = path.join(folder, 'renderer')
fs.mkdirSync(path.join(renderer, 'assets'), { recursive: true })
fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Region Desk</title>')
fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'console.log(1)')
fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body{}')
fs.writeFileSync(path.join(renderer, 'assets', 'font.woff2'), 'woff2')
fs.writeFileSync(path.join(folder, 'secret.txt'), 'personal data')
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const handler = createRendererHandler(renderer)
// Raw URL strings, not Request objects: the handler must hold even against URLs nobody normalised.
const get = (url: string, method = 'GET') => handler({ url, method })

const expectedCsp =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

describe('app:// handler', () => {
  it('serves index.html at the root with the strict CSP', async () => {
    const response = await get('app://region-desk/')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Region Desk</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp)
    expect(contentSecurityPolicy).toBe(expectedCsp)
  })

  it.each([
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['index.html', 'text/html; charset=utf-8'],
  ])('serves %s as %s', async (file, type) => {
    const response = await get(`app://region-desk/${file}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(type)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers an unknown path with 404, still under the CSP', async () => {
    const response = await get('app://region-desk/nope.js')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(expectedCsp)
  })

  it.each([
    'app://region-desk/../secret.txt',
    'app://region-desk/../../etc/passwd',
    'app://region-desk/%2e%2e/secret.txt',
    'app://region-desk/%2e%2e%2fsecret.txt',
    'app://region-desk/..%2fsecret.txt',
    'app://region-desk/assets/..%2f..%2fsecret.txt',
    'app://region-desk/..%5csecret.txt',
    'app://region-desk/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd',
    'app://region-desk/index.html%00.js',
    'app://region-desk/%E0%A4%A',
    'app://region-desk/assets',
    'app://evil.com/index.html',
    'app://region-desk.evil.com/index.html',
  ])('never serves anything outside the renderer folder: %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('personal data')
  })

  it('accepts only reads', async () => {
    expect((await get('app://region-desk/index.html', 'POST')).status).toBe(405)
    const head = await get('app://region-desk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('scheme registration', () => {
  it('registers app: as standard and secure, without opening it to other origins', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() }
    registerAppScheme(protocol)
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    serveRenderer(protocol, renderer)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})
