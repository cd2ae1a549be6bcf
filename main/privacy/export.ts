import type { PersonExport } from '../../shared/api/privacy'
import { notFound } from '../../shared/errors'
import { today, type Ctx } from '../context'
import { listHistory } from '../history/list'
import { personReferences, rowsReferring } from './references'

/** The person's own row, every row that refers to them, and their history, as one JSON document. */
export function exportPerson(ctx: Ctx, id: number): { fileName: string; data: PersonExport } {
  const sqlite = ctx.db.sqlite
  const person = sqlite.prepare('SELECT * FROM people WHERE id = ?').get(id) as Record<string, unknown> | undefined
  if (!person) throw notFound('person')
  const related = Object.fromEntries(
    personReferences(sqlite).map((reference) => [reference.table, rowsReferring(sqlite, reference, id)]),
  )
  const history = listHistory(ctx, { entity: 'person', id, limit: 1_000_000_000 }).rows
  return {
    fileName: `person-${id}-${today(ctx)}.json`,
    data: { exportedAt: ctx.now().toISOString(), person, related, history },
  }
}
