import { eq } from 'drizzle-orm'
import type { Settings } from '../../shared/api/settings'
import { today, type Ctx } from '../context'
import { settings } from '../db/schema'
import type { PartialHandlers } from './registry'

export function getSettings(ctx: Ctx): Settings {
  const row = ctx.db.orm.select().from(settings).where(eq(settings.id, 1)).get()
  if (!row) throw new Error('settings row missing')
  const { regionName, orgPreset, leaderName, language } = row
  return { regionName, orgPreset, leaderName, language }
}

export const settingsHandlers: PartialHandlers = {
  'app-info': (ctx) => ({
    databasePath: ctx.db.path,
    schemaVersion: Number(ctx.db.sqlite.pragma('user_version', { simple: true })),
    isDemo: ctx.db.orm.select({ isDemo: settings.isDemo }).from(settings).get()?.isDemo ?? false,
  }),

  'settings-get': (ctx) => getSettings(ctx),

  'settings-update': (ctx, input) => {
    ctx.db.orm.update(settings).set(input).where(eq(settings.id, 1)).run()
    return getSettings(ctx)
  },

  'overview-get': (ctx) => {
    const day = today(ctx)
    const byStatus = ctx.db.sqlite.prepare('SELECT status, count(*) AS n FROM groups GROUP BY status').all() as {
      status: 'active' | 'dormant' | 'closed'
      n: number
    }[]
    const counts = ctx.db.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM people) AS people,
           (SELECT count(*) FROM memberships WHERE from_date <= @day AND (to_date IS NULL OR to_date >= @day)) AS currentMemberships,
           (SELECT count(*) FROM people p WHERE NOT EXISTS (SELECT 1 FROM memberships m WHERE m.person_id = p.id
              AND m.from_date <= @day AND (m.to_date IS NULL OR m.to_date >= @day))) AS peopleWithoutGroup`,
      )
      .get({ day }) as { people: number; currentMemberships: number; peopleWithoutGroup: number }
    const groupsByStatus = { active: 0, dormant: 0, closed: 0 }
    for (const { status, n } of byStatus) groupsByStatus[status] = n
    return { groupsByStatus, ...counts }
  },
}
