import type Database from 'better-sqlite3'

/**
 * The change history is written by TEMP triggers that this connection creates at open, generated
 * from the live schema: every table (now or added by a later migration) is covered without any
 * handler cooperating, and because TEMP triggers live only in this connection, nothing is stored
 * in the file that another tool, an older app version or a migration would trip over.
 */
export const historyTable = 'change_log'
const triggerPrefix = 'history_'
/** Set by every handler on every update; a row whose only change is these is not a change. */
const bookkeepingColumns = new Set(['created_at', 'updated_at'])
/** Parents that do not belong to one group, so a row's group is never looked up through them. */
const sharedParents = new Set(['people', 'roles', 'seasons', 'training_types', 'training_sessions', 'settings'])

type Column = { name: string }
type ForeignKey = { table: string; from: string; to: string | null }
type Schema = Map<string, { columns: string[]; keys: ForeignKey[] }>

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
/** JSON cannot hold a BLOB; the history keeps only its size. */
const jsonSafe = (expr: string) => `CASE typeof(${expr}) WHEN 'blob' THEN '<' || length(${expr}) || ' bytes>' ELSE ${expr} END`
const now = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`

function readSchema(sqlite: Database.Database): Schema {
  const tables = sqlite
    .prepare(
      `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
         AND sql NOT LIKE '%WITHOUT ROWID%'`,
    )
    .pluck()
    .all() as string[]
  return new Map(
    tables.map((table) => [
      table,
      {
        columns: (sqlite.pragma(`main.table_info(${quote(table)})`) as Column[]).map((column) => column.name),
        keys: sqlite.pragma(`main.foreign_key_list(${quote(table)})`) as ForeignKey[],
      },
    ]),
  )
}

/** SQL giving the group a row of `table` (seen as `row`) belongs to, following foreign keys up to 3 levels. */
function groupOf(schema: Schema, table: string, row: string, depth = 0): string | null {
  if (table === 'groups') return `${row}."id"`
  const keys = schema.get(table)?.keys ?? []
  const direct = keys.find((key) => key.table === 'groups')
  if (direct) return `${row}.${quote(direct.from)}`
  if (depth >= 3) return null
  for (const key of keys) {
    if (sharedParents.has(key.table) || key.table === table) continue
    const alias = `parent${depth}`
    const inner = groupOf(schema, key.table, alias, depth + 1)
    if (inner)
      return `(SELECT ${inner} FROM ${quote(key.table)} AS ${alias} WHERE ${alias}.${quote(key.to ?? 'rowid')} = ${row}.${quote(key.from)})`
  }
  return null
}

/** SQL giving the JSON array of people a row refers to (for an update, before and after). */
function peopleOf(schema: Schema, table: string, rows: string[]): string {
  const columns =
    table === 'people' ? ['id'] : (schema.get(table)?.keys ?? []).filter((k) => k.table === 'people').map((k) => k.from)
  if (columns.length === 0) return `'[]'`
  const values = rows.flatMap((row) => columns.map((column) => `SELECT ${row}.${quote(column)} AS v`)).join(' UNION ')
  return `(SELECT json_group_array(v) FROM (${values}) WHERE v IS NOT NULL)`
}

/** SQL giving { column: [before, after] } for the columns whose value differs. */
function changesOf(columns: string[], before: string | null, after: string | null) {
  const pairs = columns
    .map((column) => {
      const old = before ? jsonSafe(`${before}.${quote(column)}`) : 'NULL'
      const neu = after ? jsonSafe(`${after}.${quote(column)}`) : 'NULL'
      return `SELECT ${literal(column)} AS k, ${old} AS o, ${neu} AS n`
    })
    .join(' UNION ALL ')
  return `(SELECT json_group_object(k, json_array(o, n)) FROM (${pairs}) WHERE o IS NOT n)`
}

function triggersFor(schema: Schema, table: string): string[] {
  const all = schema.get(table)!.columns
  const tracked = all.filter((column) => !bookkeepingColumns.has(column))
  if (tracked.length === 0) return []
  const entry = (action: string, row: string, changes: string, people: string) =>
    `INSERT INTO ${historyTable} (at, entity, entity_id, action, changes, group_id, person_ids)
     VALUES (${now}, ${literal(table)}, ${row}.rowid, '${action}', ${changes}, ${groupOf(schema, table, row) ?? 'NULL'}, ${people});`
  const name = (action: string) => quote(`${triggerPrefix}${table}_${action}`)
  const on = `main.${quote(table)}`
  const changed = tracked.map((column) => `OLD.${quote(column)} IS NOT NEW.${quote(column)}`).join(' OR ')
  return [
    `CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON ${on} BEGIN
       ${entry('insert', 'NEW', changesOf(tracked, null, 'NEW'), peopleOf(schema, table, ['NEW']))}
     END`,
    `CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON ${on} WHEN ${changed} BEGIN
       ${entry('update', 'NEW', changesOf(tracked, 'OLD', 'NEW'), peopleOf(schema, table, ['OLD', 'NEW']))}
     END`,
    `CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ON ${on} BEGIN
       ${entry('delete', 'OLD', changesOf(tracked, 'OLD', null), peopleOf(schema, table, ['OLD']))}
     END`,
  ]
}

/** (Re)creates the history triggers of this connection for every table but the history itself. */
export function installHistoryTriggers(sqlite: Database.Database) {
  const schema = readSchema(sqlite)
  if (!schema.has(historyTable)) return
  sqlite.transaction(() => {
    dropHistoryTriggers(sqlite)
    for (const table of schema.keys()) {
      if (table === historyTable) continue
      for (const statement of triggersFor(schema, table)) sqlite.exec(statement)
    }
  })()
}

/** Migrations rebuild tables; triggers naming a table that is briefly gone would make ALTER TABLE fail. */
export function dropHistoryTriggers(sqlite: Database.Database) {
  const names = sqlite
    .prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[]
  for (const name of names) sqlite.exec(`DROP TRIGGER temp.${quote(name)}`)
}

export const historyTriggerNames = (sqlite: Database.Database) =>
  sqlite
    .prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[]
