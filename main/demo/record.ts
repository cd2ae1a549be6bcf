import type Database from 'better-sqlite3'

/**
 * What a record holds, as far as the demo loader cares: `empty` may be filled, `demo` may be
 * replaced, `real` (anything the user entered) and `foreign` (not a Region Desk file) are never
 * touched.
 */
export type RecordKind = 'empty' | 'demo' | 'real' | 'foreign'

const ownTables = ['settings', 'groups', 'people', 'memberships']
/** The app's own configuration, present in every record from its first open: not user data. */
const configurationTables = [
  'settings',
  'roles',
  'seasons',
  'training_types',
  'role_required_trainings',
  'handover_template_items',
]

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

export const userTables = (sqlite: Database.Database) =>
  sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*'")
    .pluck()
    .all() as string[]

export function classifyRecord(sqlite: Database.Database): RecordKind {
  const tables = userTables(sqlite)
  if (tables.length === 0) return 'empty'
  if (!ownTables.every((table) => tables.includes(table))) return 'foreign'
  // SELECT * rather than naming is_demo: an older file without the column is simply not a demo.
  const settings = sqlite.prepare('SELECT * FROM settings WHERE id = 1').get() as Record<string, unknown> | undefined
  if (settings?.is_demo) return 'demo'
  // Any row in any other table counts, so tables added later (elections, trainings, ...) are
  // protected without this check being updated; so do a region or leader name the user typed.
  const hasRows = tables
    .filter((table) => !configurationTables.includes(table))
    .some((table) => sqlite.prepare(`SELECT 1 FROM ${quote(table)} LIMIT 1`).get() !== undefined)
  return hasRows || settings?.region_name || settings?.leader_name ? 'real' : 'empty'
}

/** Marks the file so the app shows it as the demo and the loader may replace it later; no API method does this, on purpose. */
export const markAsDemo = (sqlite: Database.Database) =>
  sqlite.prepare('UPDATE settings SET is_demo = 1 WHERE id = 1').run()

/**
 * Empties every table but the configuration and restarts their ids at 1, inside the caller's transaction.
 * Children go before parents so a RESTRICT key never blocks; deferred keys cover any cycle.
 */
export function clearRecord(sqlite: Database.Database) {
  if (!sqlite.inTransaction) throw new Error('clearRecord must run inside a transaction')
  const tables = userTables(sqlite).filter((table) => !configurationTables.includes(table))
  const parents = new Map(
    tables.map((table) => [
      table,
      (sqlite.pragma(`foreign_key_list(${quote(table)})`) as { table: string }[]).map((key) => key.table),
    ]),
  )
  sqlite.pragma('defer_foreign_keys = ON')
  let left = tables
  while (left.length > 0) {
    const unreferenced = left.filter(
      (table) => !left.some((other) => other !== table && parents.get(other)?.includes(table)),
    )
    const batch = unreferenced.length > 0 ? unreferenced : left
    for (const table of batch) sqlite.prepare(`DELETE FROM ${quote(table)}`).run()
    left = left.filter((table) => !batch.includes(table))
  }
  const hasSequence = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get()
  if (hasSequence)
    sqlite.prepare(`DELETE FROM sqlite_sequence WHERE name IN (${tables.map(() => '?').join(', ')})`).run(...tables)
}
