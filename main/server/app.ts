import path from 'node:path'
import { Hono, type Context } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import { streamSSE } from 'hono/streaming'
import { serveStatic } from '@hono/node-server/serve-static'
import type { AppEvent } from '../../shared/api/contract'
import type { ApiError, Reply } from '../../shared/errors'
import type { Dispatcher } from '../dispatch'

export type BrowserAppOptions = {
  dispatch: Dispatcher
  token: string
  /** Built renderer (index.html and assets). */
  rendererDir: string
  /** The port actually listened on, known only after listen; the Host guard needs it. */
  port: () => number
  subscribe: (listener: (event: AppEvent) => void) => () => void
  translate: (key: string) => string
}

/** A JSON body bigger than this is no form a person filled in. */
export const maxBodyBytes = 1024 * 1024

const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  // Mantine sets style attributes at run time.
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'none'"],
}

/**
 * Browser mode: the built renderer and the same dispatcher as the desktop app, for 127.0.0.1 only.
 * Guards: Host must be this loopback port (DNS rebinding), every API call carries the per-run
 * bearer token, bodies are bounded, and no CORS headers are ever sent.
 */
export function createBrowserApp(options: BrowserAppOptions) {
  const app = new Hono()
  const refuse = (c: Context, status: 400 | 401 | 404 | 413, error: Omit<ApiError, 'message'>) =>
    c.json(
      { ok: false, error: { ...error, message: options.translate(error.messageKey) } } satisfies Reply<never>,
      status,
    )

  app.use(async (c, next) => {
    const host = c.req.header('host') ?? ''
    const allowed = [`127.0.0.1:${options.port()}`, `localhost:${options.port()}`]
    if (!allowed.includes(host.toLowerCase())) return c.text('Host not allowed', 403)
    await next()
  })

  app.use(
    secureHeaders({ contentSecurityPolicy, referrerPolicy: 'no-referrer', crossOriginResourcePolicy: 'same-origin' }),
  )

  app.use(
    '/api/*',
    bearerAuth({
      token: options.token,
      noAuthenticationHeader: {
        message: (c) => refuse(c, 401, { code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' }),
      },
      invalidAuthenticationHeader: {
        message: (c) => refuse(c, 401, { code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' }),
      },
      invalidToken: { message: (c) => refuse(c, 401, { code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' }) },
    }),
  )

  app.get('/api/events', (c) =>
    streamSSE(c, async (stream) => {
      const unsubscribe = options.subscribe((event) => void stream.writeSSE({ data: JSON.stringify(event) }))
      stream.onAbort(unsubscribe)
      // Keeps the connection open; comments also tell proxies and the client it is alive.
      while (!stream.aborted) {
        await stream.sleep(25_000)
        if (!stream.aborted) await stream.write(': keep-alive\n\n')
      }
      unsubscribe()
    }),
  )

  app.post(
    '/api/:method',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) => refuse(c, 413, { code: 'VALIDATION', messageKey: 'errors.tooLarge' }),
    }),
    async (c) => {
      let input: unknown
      try {
        const text = await c.req.text()
        input = text ? JSON.parse(text) : undefined
      } catch {
        return refuse(c, 400, { code: 'VALIDATION', messageKey: 'errors.badJson' })
      }
      return c.json(options.dispatch(c.req.param('method'), input))
    },
  )

  app.all('/api/*', (c) => refuse(c, 404, { code: 'NOT_FOUND', messageKey: 'errors.unknownMethod' }))

  const root = path.relative(process.cwd(), options.rendererDir) || '.'
  app.use('/*', serveStatic({ root }))
  // Routes live in the URL fragment, so anything else unknown is simply not there.
  app.notFound((c) => c.text('Not found', 404))
  return app
}
