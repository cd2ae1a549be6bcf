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

type Column = { name: string; type: string }
type ForeignKey = { table: string; from: string; to: string | null }
type Schema = Map<string, { columns: Column[]; keys: ForeignKey[] }>

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`
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
        columns: sqlite.pragma(`main.table_info(${quote(table)})`) as Column[],
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

/** The arguments of history_changes: each tracked column's name, its value before and after. */
const diffArguments = (columns: Column[], before: string | null, after: string | null) =>
  columns
    .map((column) => {
      const name = quote(column.name)
      return `${literal(column.name)}, ${before ? `${before}.${name}` : 'NULL'}, ${after ? `${after}.${name}` : 'NULL'}`
    })
    .join(', ')

function triggersFor(schema: Schema, table: string): string[] {
  const tracked = schema.get(table)!.columns.filter((column) => !bookkeepingColumns.has(column.name))
  if (tracked.length === 0) return []
  const entry = (action: string, row: string, before: string | null, after: string | null, people: string) =>
    `INSERT INTO ${historyTable} (at, entity, entity_id, action, changes, group_id, person_ids)
     SELECT ${now}, ${literal(table)}, ${row}.rowid, '${action}', changes, ${groupOf(schema, table, row) ?? 'NULL'}, ${people}
     FROM (SELECT history_changes('${action}', ${diffArguments(tracked, before, after)}) AS changes)
     WHERE changes IS NOT NULL;`
  const name = (action: string) => quote(`${triggerPrefix}${table}_${action}`)
  const on = `main.${quote(table)}`
  return [
    `CREATE TEMP TRIGGER ${name('insert')} AFTER INSERT ON ${on} BEGIN
       ${entry('insert', 'NEW', null, 'NEW', peopleOf(schema, table, ['NEW']))}
     END`,
    `CREATE TEMP TRIGGER ${name('update')} AFTER UPDATE ON ${on} BEGIN
       ${entry('update', 'NEW', 'OLD', 'NEW', peopleOf(schema, table, ['OLD', 'NEW']))}
     END`,
    `CREATE TEMP TRIGGER ${name('delete')} AFTER DELETE ON ${on} BEGIN
       ${entry('delete', 'OLD', 'OLD', null, peopleOf(schema, table, ['OLD']))}
     END`,
  ]
}

type SqlValue = string | number | bigint | Buffer | null

/** A BLOB has no place in JSON; the history keeps only its size. */
const jsonValue = (value: SqlValue) =>
  Buffer.isBuffer(value) ? `<${value.length} bytes>` : typeof value === 'bigint' ? String(value) : value

/**
 * history_changes(action, name, before, after, name, before, after, …): the JSON
 * { column: [before, after] } of the columns whose value differs, or NULL for an update that
 * changed nothing but updated_at. In JS rather than SQL: as SQL the diff made every trigger a large
 * UNION (30 ms to parse at every open), and json_object() fails on a BLOB, failing the write with it.
 */
export function changesBetween(action: string, ...triples: SqlValue[]): string | null {
  const changes: Record<string, [unknown, unknown]> = {}
  for (let index = 0; index + 2 < triples.length; index += 3) {
    const [name, before, after] = [String(triples[index]), triples[index + 1] ?? null, triples[index + 2] ?? null]
    const same =
      Buffer.isBuffer(before) && Buffer.isBuffer(after) ? before.equals(after) : jsonValue(before) === jsonValue(after)
    if (!same) changes[name] = [jsonValue(before), jsonValue(after)]
  }
  return Object.keys(changes).length > 0 || action !== 'update' ? JSON.stringify(changes) : null
}

/** Generated SQL by schema text: every record of one app version has the same schema, so it is built once. */
const generated = new Map<string, string>()

function triggerSql(sqlite: Database.Database): string | null {
  const fingerprint = sqlite
    .prepare("SELECT group_concat(name || ':' || sql, char(10)) FROM main.sqlite_master WHERE type = 'table'")
    .pluck()
    .get() as string | null
  if (fingerprint === null) return null
  let sql = generated.get(fingerprint)
  if (sql === undefined) {
    const schema = readSchema(sqlite)
    sql = schema.has(historyTable)
      ? [...schema.keys()]
          .filter((table) => table !== historyTable)
          .flatMap((table) => triggersFor(schema, table))
          .join(';\n')
      : ''
    generated.set(fingerprint, sql)
  }
  return sql || null
}

/** (Re)creates the history triggers of this connection for every table but the history itself. */
export function installHistoryTriggers(sqlite: Database.Database) {
  const sql = triggerSql(sqlite)
  if (!sql) return
  sqlite.function('history_changes', { deterministic: true, varargs: true }, (action, ...triples) =>
    changesBetween(String(action), ...(triples as SqlValue[])),
  )
  sqlite.transaction(() => {
    dropHistoryTriggers(sqlite)
    sqlite.exec(sql)
  })()
}

/** Migrations rebuild tables; triggers naming a table that is briefly gone would make ALTER TABLE fail. */
export function dropHistoryTriggers(sqlite: Database.Database) {
  for (const name of historyTriggerNames(sqlite)) sqlite.exec(`DROP TRIGGER temp.${quote(name)}`)
}

export const historyTriggerNames = (sqlite: Database.Database) =>
  sqlite
    .prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'history\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[]
