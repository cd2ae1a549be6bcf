import type Database from 'better-sqlite3'
import type { HistoryAction, HistoryEntry, HistoryValue } from '../../shared/api/history'
import type { Language } from '../../shared/api/settings'
import type { Ctx } from '../context'
import { historyTable } from './triggers'

type Row = {
  id: number
  at: string
  entity: string
  entityId: number | null
  action: HistoryAction
  changes: string
}

type Input = { entity: 'group' | 'person'; id: number; before?: number; limit: number }

/**
 * A group's history is every change to a row that belongs to it (found through foreign keys when
 * the row was written); a person's, every change to their own row or a row that names them.
 */
export function listHistory(ctx: Ctx, input: Input): { rows: HistoryEntry[]; more: boolean } {
  const sqlite = ctx.db.sqlite
  const where =
    input.entity === 'group'
      ? 'group_id = @id'
      : `(entity = 'people' AND entity_id = @id) OR EXISTS (SELECT 1 FROM json_each(person_ids) WHERE value = @id)`
  const rows = sqlite
    .prepare(
      `SELECT id, at, entity, entity_id AS entityId, action, changes FROM ${historyTable}
       WHERE (${where}) AND (@before IS NULL OR id < @before) ORDER BY id DESC LIMIT @limit`,
    )
    .all({ id: input.id, before: input.before ?? null, limit: input.limit + 1 }) as Row[]
  const labels = labeller(sqlite)
  return {
    more: rows.length > input.limit,
    rows: rows.slice(0, input.limit).map((row) => toEntry(row, labels)),
  }
}

function toEntry(row: Row, label: (entity: string, field: string, value: HistoryValue) => string | null): HistoryEntry {
  const changes = Object.entries(parseChanges(row.changes)).map(([field, [before, after]]) => ({
    field,
    before,
    after,
  }))
  const labels: Record<string, string> = {}
  for (const { field, before, after } of changes)
    for (const value of [before, after]) {
      const text = label(row.entity, field, value)
      if (text !== null) labels[`${field}=${value}`] = text
    }
  return { id: row.id, at: row.at, entity: row.entity, entityId: row.entityId, action: row.action, changes, labels }
}

function parseChanges(text: string): Record<string, [HistoryValue, HistoryValue]> {
  try {
    const parsed = JSON.parse(text) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, [HistoryValue, HistoryValue]>) : {}
  } catch {
    return {}
  }
}

const nameColumns: Record<string, (language: Language) => string> = {
  people: () => 'name',
  groups: () => 'name',
  roles: (language) => `name_${language}`,
}

/** Turns an id in a foreign key column into the name it stands for today (an erased person shows the placeholder). */
function labeller(sqlite: Database.Database) {
  const language = ((sqlite.prepare('SELECT language FROM settings WHERE id = 1').pluck().get() as Language | null) ??
    'en') as Language
  const keys = new Map<string, Map<string, string>>()
  const targetOf = (entity: string, field: string) => {
    if (!keys.has(entity)) {
      const list = sqlite.pragma(`foreign_key_list("${entity.replaceAll('"', '""')}")`) as {
        table: string
        from: string
      }[]
      keys.set(entity, new Map(list.map((key) => [key.from, key.table])))
    }
    return keys.get(entity)!.get(field)
  }
  return (entity: string, field: string, value: HistoryValue): string | null => {
    if (typeof value !== 'number') return null
    const target = targetOf(entity, field)
    const column = target ? nameColumns[target] : undefined
    if (!target || !column) return null
    const name = sqlite
      .prepare(`SELECT "${column(language)}" FROM "${target}" WHERE id = ?`)
      .pluck()
      .get(value)
    return typeof name === 'string' ? name : null
  }
}
