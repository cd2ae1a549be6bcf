import type { Ctx } from '../context'
import { listBackups } from './files'
import { hasData, writeBackupOnline } from './write'

const day = 24 * 60 * 60 * 1000

/** Whether the record's newest daily backup is a day old or missing (and there is something to back up). */
export function dailyBackupDue(ctx: Pick<Ctx, 'db'>, now: Date): boolean {
  const { path: file, sqlite } = ctx.db
  if (file === ':memory:' || !sqlite.open || !hasData(sqlite)) return false
  const newest = listBackups(file).find((backup) => backup.kind === 'daily')
  return !newest || now.getTime() - Date.parse(newest.createdAt) >= day
}

/** Takes the daily backup if it is due; failures are reported as a line without personal data. */
export async function runDailyBackup(
  ctx: Pick<Ctx, 'db'>,
  options: { now?: Date; log?: (line: string) => void } = {},
): Promise<string | null> {
  const now = options.now ?? new Date()
  if (!dailyBackupDue(ctx, now)) return null
  const db = ctx.db
  try {
    return (await writeBackupOnline(db.sqlite, db.path, 'daily', { ...db.options, now })).name
  } catch (error) {
    options.log?.(`daily backup failed: ${error instanceof Error ? error.name : typeof error}`)
    return null
  }
}

/**
 * Once a day while the app runs: checks now and then every hour (a laptop that slept for two days
 * backs up when it wakes). Follows ctx.db, so a restored record is the one backed up. Call the
 * returned function on quit. Both transports should start it right after creating their ctx.
 */
export function startDailyBackups(ctx: Pick<Ctx, 'db'>, options: { log?: (line: string) => void } = {}) {
  let running = false
  const tick = () => {
    if (running) return
    running = true
    void runDailyBackup(ctx, options).finally(() => {
      running = false
    })
  }
  tick()
  const timer = setInterval(tick, 60 * 60 * 1000)
  timer.unref()
  return () => clearInterval(timer)
}
