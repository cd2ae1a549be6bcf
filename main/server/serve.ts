import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { serve } from '@hono/node-server'
import type { AppEvent } from '../../shared/api/contract'
import { createTranslator, languageFromLocales } from '../../shared/i18n'
import { startDailyBackups } from '../backup'
import { createContext } from '../context'
import { DatabaseOpenError } from '../db/errors'
import { openDatabase } from '../db/open'
import { createDispatcher } from '../dispatch'
import { handlers } from '../handlers'
import { getSettings } from '../handlers/settings'
import { chooseDatabase } from '../paths'
import { createBrowserApp } from './app'

/** `npm run serve -- [--db PATH] [--demo] [--port N]`: browser mode on 127.0.0.1 with a per-run token. */
function main(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' } }, strict: false })
  const requestedPort = Number(values.port ?? 0)
  const osLanguage = languageFromLocales([Intl.DateTimeFormat().resolvedOptions().locale])
  if (!Number.isInteger(requestedPort) || requestedPort < 0 || requestedPort > 65535) {
    console.error(`--port: ${String(values.port)} is not a port number (0–65535).`)
    process.exit(2)
  }

  const choice = chooseDatabase(argv)
  let db: ReturnType<typeof openDatabase>
  try {
    db = openDatabase(choice.path)
  } catch (error) {
    if (!(error instanceof DatabaseOpenError)) throw error
    console.error(createTranslator(osLanguage)(`dbErrors.${error.problem}`, error.params))
    process.exit(1)
  }

  const ctx = createContext(db)
  const stopBackups = startDailyBackups(ctx, { log: (line) => console.log(line) })
  const listeners = new Set<(event: AppEvent) => void>()
  const dispatch = createDispatcher(ctx, handlers, {
    emit: (event) => listeners.forEach((listener) => listener(event)),
    logError: (line) => console.error(line),
  })
  const token = randomBytes(32).toString('base64url')
  let port = requestedPort
  const app = createBrowserApp({
    dispatch,
    token,
    rendererDir: path.join(__dirname, '../renderer'),
    port: () => port,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    translate: (key) => createTranslator(getSettings(ctx).language ?? osLanguage)(key),
  })

  const server = serve({ fetch: app.fetch, port: requestedPort, hostname: '127.0.0.1' }, (info) => {
    port = info.port
    console.log(`Region Desk is running at http://127.0.0.1:${port}/#token=${token}`)
  })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE' ? `Port ${requestedPort} is in use; try --port 0.` : `Server error: ${error.code}`,
    )
    ctx.db.sqlite.close()
    process.exit(1)
  })
  const stop = () => {
    stopBackups()
    server.close()
    // ctx.db, not db: a restore replaces the connection.
    ctx.db.sqlite.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main(process.argv.slice(2))
