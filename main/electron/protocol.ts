import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Protocol } from 'electron'
import { contentSecurityPolicy } from './csp'
import { appHost, appScheme } from './origin'

/**
 * Must run before the app is ready. standard: relative URLs and a real origin (storage, 'self'
 * in the CSP); secure: a secure context like https. corsEnabled is left off on purpose: it would
 * let other origins read these files.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>) {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererFolder: string) {
  protocol.handle(appScheme, createRendererHandler(rendererFolder))
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

export const contentTypeOf = (file: string) =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream'

type AppRequest = Pick<Request, 'url' | 'method'>

/** Serves files from the built renderer folder only; anything that would leave it is a 404. */
export function createRendererHandler(rendererFolder: string) {
  const root = path.resolve(rendererFolder)
  return async (request: AppRequest): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply(405, 'Method not allowed')
    const file = fileFor(root, request.url)
    if (!file) return reply(404, 'Not found')
    let body: Buffer
    try {
      body = await readFile(file)
    } catch {
      return reply(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(contentTypeOf(file)) })
  }
}

/** The file a request maps to, or null for a foreign host, a bad encoding or a path outside root. */
export function fileFor(root: string, rawUrl: string): string | null {
  let pathname: string
  try {
    // Parsed as https for the same reason as in origin.ts: Chromium treats app: as a standard scheme.
    const url = new URL(rawUrl.replace(/^[^:]*:/, 'https:'))
    if (url.host !== appHost || url.username || url.password) return null
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const file = path.resolve(root, `.${path.posix.sep}${pathname === '/' ? 'index.html' : pathname}`)
  const relative = path.relative(root, file)
  const outside =
    relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  return outside ? null : file
}

function headers(contentType: string) {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
  }
}

const reply = (status: number, text: string) =>
  new Response(text, { status, headers: headers('text/plain; charset=utf-8') })
