import { AppError } from '../../../shared/errors'
import type { Ctx } from '../../context'

/** Names are looked up in one query per call, never per row. */
export function namesOf(ctx: Ctx, ids: (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((value): value is number => value !== null))]
  if (wanted.length === 0) return new Map()
  const rows = ctx.db.sqlite
    .prepare(`SELECT id, name FROM people WHERE id IN (${wanted.map(() => '?').join(',')})`)
    .all(...wanted) as { id: number; name: string }[]
  return new Map(rows.map((row) => [row.id, row.name]))
}

export function assertPeopleExist(ctx: Ctx, fields: Record<string, number | null>) {
  const names = namesOf(ctx, Object.values(fields))
  for (const [field, value] of Object.entries(fields))
    if (value !== null && !names.has(value)) throw new AppError('NOT_FOUND', 'errors.notFound.person', {}, field)
}
