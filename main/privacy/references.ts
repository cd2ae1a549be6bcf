import type Database from 'better-sqlite3'

export type PersonReference = { table: string; columns: string[] }

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`

/**
 * Every table with a foreign key to people, read from the live schema: a table added by a later
 * migration is exported and erased with the rest without anyone remembering to list it.
 */
export function personReferences(sqlite: Database.Database): PersonReference[] {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )
    .pluck()
    .all() as string[]
  return tables.flatMap((table) => {
    const keys = sqlite.pragma(`foreign_key_list(${quote(table)})`) as { table: string; from: string }[]
    const columns = keys.filter((key) => key.table === 'people').map((key) => key.from)
    return columns.length > 0 ? [{ table, columns }] : []
  })
}

/** The rows of one referring table that name this person in any of its person columns. */
export function rowsReferring(sqlite: Database.Database, reference: PersonReference, id: number) {
  const where = reference.columns.map((column) => `${quote(column)} = @id`).join(' OR ')
  return sqlite.prepare(`SELECT * FROM ${quote(reference.table)} WHERE ${where} ORDER BY rowid`).all({ id }) as Record<
    string,
    unknown
  >[]
}

/** Text columns of every table, for scrubbing an erased person's contact data out of free text. */
export function textColumns(sqlite: Database.Database, except: string[]) {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
    .pluck()
    .all() as string[]
  return tables
    .filter((table) => !except.includes(table))
    .flatMap((table) =>
      (sqlite.pragma(`table_info(${quote(table)})`) as { name: string; type: string }[])
        .filter((column) => /TEXT|CHAR|CLOB|^$/i.test(column.type))
        .map((column) => ({ table, column: column.name })),
    )
}

export { quote }
