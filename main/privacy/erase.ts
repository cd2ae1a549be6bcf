import type Database from 'better-sqlite3'
import type { ErasedPerson } from '../../shared/api/privacy'
import { notFound } from '../../shared/errors'
import { createTranslator } from '../../shared/i18n'
import type { Ctx } from '../context'
import { getSettings } from '../handlers/settings'
import { historyTable } from '../history/triggers'
import { quote, textColumns } from './references'

/** What stands where an erased value was, in free text and in history. */
export const erasedMark = '[erased]'
const personalColumns = ['name', 'email', 'phone', 'notes'] as const
/** Shorter strings match too much unrelated text to be scrubbed as substrings. */
const minScrubLength = 5

type Secrets = { exact: Set<string>; anywhere: Set<string> }

export const isErased = (sqlite: Database.Database, id: number) =>
  sqlite
    .prepare(`SELECT 1 FROM ${historyTable} WHERE entity = 'people' AND entity_id = ? AND action = 'erase'`)
    .get(id) !== undefined

/**
 * Erases a person: contact data and notes removed, the name replaced by a placeholder so that
 * elections, terms and memberships keep their shape. Their earlier values are scrubbed from the
 * history and their email and phone from free text everywhere; the erasure is recorded without
 * any of it. Then VACUUM rewrites the file (secure_delete zeroes what is freed, VACUUM leaves no
 * free pages from before), and a TRUNCATE checkpoint empties the WAL, so the bytes are gone.
 */
export function erasePerson(ctx: Ctx, id: number): ErasedPerson {
  const sqlite = ctx.db.sqlite
  const placeholder = createTranslator(getSettings(ctx).language ?? 'en')('records.privacy.placeholder', { id })
  sqlite.transaction(() => {
    const person = sqlite.prepare('SELECT name, email, phone, notes FROM people WHERE id = ?').get(id) as
      Record<(typeof personalColumns)[number], string | null> | undefined
    if (!person) throw notFound('person')
    // Erasing again only rewrites the file: the way to finish after another window held it open.
    if (isErased(sqlite, id)) return
    const lastEntry = Number(sqlite.prepare(`SELECT coalesce(max(id), 0) FROM ${historyTable}`).pluck().get())
    const secrets = pastValues(sqlite, id)
    if (person.name) secrets.exact.add(person.name)
    for (const value of [person.email, person.phone, person.notes]) if (value) secrets.anywhere.add(value)

    sqlite
      .prepare('UPDATE people SET name = ?, email = NULL, phone = NULL, notes = NULL, updated_at = ? WHERE id = ?')
      .run(placeholder, ctx.now().toISOString(), id)
    scrubFreeText(sqlite, secrets)
    // The triggers logged this erasure with the old values; the one entry below replaces them.
    sqlite.prepare(`DELETE FROM ${historyTable} WHERE id > ?`).run(lastEntry)
    scrubHistory(sqlite, id, secrets, placeholder)
    sqlite
      .prepare(
        `INSERT INTO ${historyTable} (at, entity, entity_id, action, changes, person_ids)
         VALUES (?, 'people', ?, 'erase', '{}', json_array(?))`,
      )
      .run(ctx.now().toISOString(), id, id)
  })()
  return { id, placeholder, checkpointed: rewriteFile(sqlite) }
}

/**
 * The erasure has committed; another connection reading the file can keep VACUUM or the
 * checkpoint from finishing. Then the user is told to close it and erase again, rather than
 * being told the erasure failed.
 */
function rewriteFile(sqlite: Database.Database): boolean {
  const patience = sqlite.pragma('busy_timeout', { simple: true })
  // A reader that has not let go within a second will not soon; the user can erase again later.
  sqlite.pragma('busy_timeout = 1000')
  try {
    sqlite.exec('VACUUM')
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]
    return (result?.busy ?? 0) === 0
  } catch {
    return false
  } finally {
    sqlite.pragma(`busy_timeout = ${Number(patience)}`)
  }
}

/** Every value the person's own row ever had, from its history: an old email is as personal as the current one. */
function pastValues(sqlite: Database.Database, id: number): Secrets {
  const secrets: Secrets = { exact: new Set(), anywhere: new Set() }
  const rows = sqlite
    .prepare(`SELECT changes FROM ${historyTable} WHERE entity = 'people' AND entity_id = ?`)
    .pluck()
    .all(id) as string[]
  for (const text of rows) {
    const changes = parse(text)
    for (const column of personalColumns)
      for (const value of changes[column] ?? [])
        if (typeof value === 'string' && value !== erasedMark)
          (column === 'name' ? secrets.exact : secrets.anywhere).add(value)
  }
  return secrets
}

function scrubFreeText(sqlite: Database.Database, secrets: Secrets) {
  const scrubbable = [...secrets.anywhere].filter((value) => value.length >= minScrubLength)
  if (scrubbable.length === 0) return
  for (const { table, column } of textColumns(sqlite, [historyTable, 'people'])) {
    const update = sqlite.prepare(
      `UPDATE ${quote(table)} SET ${quote(column)} = replace(${quote(column)}, @value, @mark)
       WHERE instr(${quote(column)}, @value) > 0`,
    )
    for (const value of scrubbable) update.run({ value, mark: erasedMark })
  }
}

/**
 * Rewrites history entries that hold the person's data: their own row's personal fields become the
 * placeholder or the mark, and any other entry's values equal to (or, for contact data, containing)
 * one of them are replaced. Candidates are found by a text search, then checked as JSON.
 */
function scrubHistory(sqlite: Database.Database, id: number, secrets: Secrets, placeholder: string) {
  const needles = [...secrets.exact, ...secrets.anywhere].map((value) => JSON.stringify(value).slice(1, -1))
  const search = needles.map(() => 'instr(changes, ?) > 0').join(' OR ')
  const rows = sqlite
    .prepare(
      `SELECT id, entity, entity_id AS entityId, changes FROM ${historyTable}
       WHERE (entity = 'people' AND entity_id = ?)${search ? ` OR ${search}` : ''}`,
    )
    .all(id, ...needles) as { id: number; entity: string; entityId: number; changes: string }[]
  const update = sqlite.prepare(`UPDATE ${historyTable} SET changes = ? WHERE id = ?`)
  for (const row of rows) {
    const own = row.entity === 'people' && row.entityId === id
    const changes = parse(row.changes)
    for (const [field, pair] of Object.entries(changes)) {
      changes[field] = pair.map((value) => {
        if (typeof value !== 'string') return value
        if (own && (personalColumns as readonly string[]).includes(field))
          return field === 'name' ? placeholder : erasedMark
        return scrubValue(value, secrets)
      }) as [unknown, unknown]
    }
    const text = JSON.stringify(changes)
    if (text !== row.changes) update.run(text, row.id)
  }
}

function scrubValue(value: string, secrets: Secrets) {
  if (secrets.exact.has(value) || secrets.anywhere.has(value)) return erasedMark
  let scrubbed = value
  for (const secret of secrets.anywhere)
    if (secret.length >= minScrubLength) scrubbed = scrubbed.replaceAll(secret, erasedMark)
  return scrubbed
}

function parse(text: string): Record<string, [unknown, unknown]> {
  try {
    const parsed = JSON.parse(text) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, [unknown, unknown]>) : {}
  } catch {
    return {}
  }
}
