import type { RetentionCandidate } from '../../shared/api/privacy'
import { today, type Ctx } from '../context'
import { historyTable } from '../history/triggers'

export const defaultRetentionYears = 3

/** The same calendar day `years` later (or earlier); 29 February becomes the 28th in other years. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const target = year + years
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0
  const safeDay = month === 2 && day === 29 && !leap ? 28 : day
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(safeDay).padStart(2, '0')}`
}

export function retentionYears(ctx: Ctx): number {
  const years = ctx.db.sqlite.prepare('SELECT retention_years FROM settings WHERE id = 1').pluck().get()
  return typeof years === 'number' && years >= 1 ? years : defaultRetentionYears
}

/**
 * People with no membership, role or training (registered or attended) within the last `years`
 * years, for the leader to review and erase. Anyone current counts as active today. A person who
 * never had any counts from the day they were added. Erased people are not listed again.
 */
export function retentionList(ctx: Ctx, years: number): { years: number; cutoff: string; rows: RetentionCandidate[] } {
  const day = today(ctx)
  const cutoff = addYears(day, -years)
  const rows = ctx.db.sqlite
    .prepare(
      `WITH activity (person_id, last) AS (
         SELECT person_id, coalesce(to_date, @day) FROM memberships
         UNION ALL SELECT person_id, coalesce(to_date, @day) FROM role_terms
         UNION ALL SELECT a.person_id, s.date FROM attendance a JOIN training_sessions s ON s.id = a.session_id
           WHERE a.status <> 'no_show'
       ),
       latest AS (SELECT person_id, max(last) AS last FROM activity GROUP BY person_id)
       SELECT p.id, p.name, p.created_at AS createdAt, l.last AS lastActivity
       FROM people p LEFT JOIN latest l ON l.person_id = p.id
       WHERE coalesce(l.last, substr(p.created_at, 1, 10)) < @cutoff
         AND NOT EXISTS (SELECT 1 FROM ${historyTable} h WHERE h.entity = 'people' AND h.entity_id = p.id AND h.action = 'erase')
       ORDER BY coalesce(l.last, substr(p.created_at, 1, 10)), p.name COLLATE NOCASE`,
    )
    .all({ day, cutoff }) as RetentionCandidate[]
  return { years, cutoff, rows }
}
