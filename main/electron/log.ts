import os from 'node:os'
import path from 'node:path'
import electronLog from 'electron-log/node'
import { describeError, scrub } from './scrub'

export type AppLog = {
  error: (...parts: unknown[]) => void
  warn: (...parts: unknown[]) => void
  info: (...parts: unknown[]) => void
  file: string
}

type LogOptions = { folder: string; appRoot: string; home?: string; console?: boolean }

/**
 * The app's log file, userData/logs/main.log (rotated by electron-log at 1 MB). electron-log's
 * Node build on purpose, not its Electron one: that one registers IPC channels no preload uses and
 * can forward log lines to the windows; this one only writes the file. Every line passes a hook that
 * reduces errors to describeError's facts, drops objects whole and scrubs strings, whatever the caller
 * handed in.
 */
export function createAppLog({ folder, appRoot, home = os.homedir(), console = true }: LogOptions): AppLog {
  const file = path.join(folder, 'main.log')
  const log = electronLog.create({ logId: `region-desk-${file}` })
  log.transports.file.resolvePathFn = () => file
  log.transports.file.level = 'info'
  log.transports.console.level = console ? 'warn' : false
  const safe = (part: unknown): unknown => {
    if (typeof part === 'string') return scrub(part, { home })
    if (typeof part === 'number' || typeof part === 'boolean') return part
    if (part instanceof Error) {
      const facts = describeError(part, appRoot)
      return [
        `${facts.name}${facts.code ? ` (${facts.code})` : ''}`,
        ...facts.frames.map((frame) => `at ${frame}`),
      ].join(' ')
    }
    return `[${part === null ? 'null' : typeof part}]`
  }
  log.hooks.push((message) => ({ ...message, data: message.data.map(safe) }))
  return {
    error: (...parts) => log.error(...parts),
    warn: (...parts) => log.warn(...parts),
    info: (...parts) => log.info(...parts),
    file,
  }
}
