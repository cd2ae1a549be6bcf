import { afterEach, describe, expect, it } from 'vitest'
import { bundledMigrations, latestVersion, migrate, type Migration } from '../../main/db/migrate'
import { openDatabase } from '../../main/db/open'
import { historyTable, historyTriggerNames } from '../../main/history/triggers'
import type { HistoryEntry } from '../../shared/api/history'
import { fileRecord, seedRegion } from '../fixtures/record'
import { createHarness } from './harness'

const records: ReturnType<typeof fileRecord>[] = []
afterEach(() => records.splice(0).forEach((record) => record.close()))

const tablesOf = (harness: ReturnType<typeof createHarness>) =>
  harness.db.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]

/** A change of one field as the page shows it. */
const fieldChange = (entry: HistoryEntry | undefined, field: string) =>
  entry?.changes.find((change) => change.field === field)

describe('history-list', () => {
  it('shows a group its own changes and those of rows that belong to it, newest first', () => {
    const { call } = createHarness()
    const group = call('group-create', { name: 'Amnesty Tromsø', town: 'Tromsø' })
    const person = call('person-create', { name: 'Kari Nordmann' })
    call('group-update', { id: group.id, name: 'Amnesty Tromsø', town: 'Tromsø sentrum' })
    call('membership-create', { personId: person.id, groupId: group.id, from: '2025-01-01' })
    call('group-create', { name: 'Amnesty Bodø' })

    const { rows, more } = call('history-list', { entity: 'group', id: group.id })
    expect(more).toBe(false)
    expect(rows.map((row) => [row.entity, row.action])).toEqual([
      ['memberships', 'insert'],
      ['groups', 'update'],
      ['groups', 'insert'],
    ])
    expect(fieldChange(rows[1], 'town')).toEqual({ field: 'town', before: 'Tromsø', after: 'Tromsø sentrum' })
    // Only what changed: the name was sent again unchanged.
    expect(rows[1]!.changes.map((change) => change.field)).toEqual(['town'])
    // Ids in the changes come with the names they stand for.
    expect(rows[0]!.labels).toMatchObject({ [`person_id=${person.id}`]: 'Kari Nordmann' })
  })

  it('shows a person changes to their own row and to every row that names them', () => {
    const record = fileRecord()
    records.push(record)
    const { kari, tromso } = seedRegion(record.call)
    record.call('person-update', { id: kari.id, name: 'Kari Nordmann', email: 'kari@example.no' })
    const { rows } = record.call('history-list', { entity: 'person', id: kari.id })
    const entities = rows.map((row) => row.entity)
    expect(entities).toEqual(expect.arrayContaining(['people', 'memberships', 'role_terms', 'attendance']))
    expect(fieldChange(rows[0], 'email')).toEqual({
      field: 'email',
      before: 'kari.nordmann@example.no',
      after: 'kari@example.no',
    })
    // The membership in Tromsø is in the group's history too, found through its group_id.
    const groupRows = record.call('history-list', { entity: 'group', id: tromso.id }).rows
    expect(groupRows.map((row) => row.entity)).toEqual(
      expect.arrayContaining(['groups', 'memberships', 'role_terms', 'finance_years']),
    )
  })

  it('pages with before and more', () => {
    const { call } = createHarness()
    const group = call('group-create', { name: 'Ås' })
    for (let i = 0; i < 5; i++) call('group-update', { id: group.id, name: 'Ås', town: `Town ${i}` })
    const first = call('history-list', { entity: 'group', id: group.id, limit: 4 })
    expect(first.more).toBe(true)
    const second = call('history-list', { entity: 'group', id: group.id, limit: 4, before: first.rows.at(-1)!.id })
    expect(second.more).toBe(false)
    expect([...first.rows, ...second.rows].map((row) => row.id)).toEqual(
      [...first.rows, ...second.rows].map((row) => row.id).sort((a, b) => b - a),
    )
    expect(first.rows.length + second.rows.length).toBe(6)
  })

  it('records nothing for a save that changes nothing but the timestamp', () => {
    const { call, db } = createHarness()
    const person = call('person-create', { name: 'Kari' })
    const before = db.sqlite.prepare(`SELECT count(*) FROM ${historyTable}`).pluck().get()
    call('person-update', { id: person.id, name: 'Kari' })
    expect(db.sqlite.prepare(`SELECT count(*) FROM ${historyTable}`).pluck().get()).toBe(before)
  })

  it('records a write that fails halfway not at all', () => {
    const { send, db } = createHarness()
    expect(send('group-create', { name: 'Tromsø' }).ok).toBe(true)
    const count = () => db.sqlite.prepare(`SELECT count(*) FROM ${historyTable}`).pluck().get()
    const before = count()
    expect(send('group-create', { name: 'Tromsø' }).ok).toBe(false)
    expect(count()).toBe(before)
  })

  it('keeps only the size of a BLOB, in any column, so such a write never fails for the history’s sake', () => {
    const { db } = createHarness()
    db.sqlite.prepare("INSERT INTO people (name, notes) VALUES ('Kari', ?)").run(Buffer.from([1, 2, 3]))
    db.sqlite.prepare('UPDATE people SET notes = ? WHERE id = 1').run(Buffer.from([1, 2, 4]))
    const changes = db.sqlite.prepare(`SELECT changes FROM ${historyTable} ORDER BY id`).pluck().all() as string[]
    expect(changes.map((text) => JSON.parse(text).notes)).toEqual([
      [null, '<3 bytes>'],
      ['<3 bytes>', '<3 bytes>'],
    ])
  })

  it('starts empty: the rows every new record gets are not anyone’s changes', () => {
    const { db } = createHarness()
    expect(db.sqlite.prepare(`SELECT count(*) FROM ${historyTable}`).pluck().get()).toBe(0)
  })
})

describe('history triggers', () => {
  it('cover every table of the live schema but the history itself, for insert, update and delete', () => {
    const harness = createHarness()
    const expected = tablesOf(harness)
      .filter((table) => table !== historyTable)
      .flatMap((table) => ['insert', 'update', 'delete'].map((action) => `history_${table}_${action}`))
      .sort()
    expect(historyTriggerNames(harness.db.sqlite).sort()).toEqual(expected)
  })

  it('cover a table a later migration adds, once the record is opened again', () => {
    const record = fileRecord()
    records.push(record)
    const next = latestVersion() + 1
    const addNotes: Migration = {
      version: next,
      tag: `${next}_group_notes`,
      statements: [
        'CREATE TABLE group_notes (id integer PRIMARY KEY, group_id integer NOT NULL REFERENCES groups(id), body text)',
      ],
    }
    const group = record.call('group-create', { name: 'Tromsø' })
    record.ctx.db.sqlite.close()
    const db = openDatabase(record.file, { migrations: [...bundledMigrations, addNotes] })
    record.ctx.db = db
    expect(historyTriggerNames(db.sqlite)).toContain('history_group_notes_insert')
    db.sqlite.prepare("INSERT INTO group_notes (group_id, body) VALUES (?, 'hello')").run(group.id)
    const rows = record.call('history-list', { entity: 'group', id: group.id }).rows
    expect(rows[0]).toMatchObject({ entity: 'group_notes', action: 'insert' })
    expect(fieldChange(rows[0], 'body')).toEqual({ field: 'body', before: null, after: 'hello' })
  })

  it('let a migration rebuild a table that other tables’ triggers look up (rounds, for round_votes)', () => {
    const { db, call } = createHarness()
    call('person-create', { name: 'Åse' })
    const next = latestVersion() + 1
    const original = db.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'rounds'").pluck().get() as string
    const rebuild: Migration = {
      version: next,
      tag: `${next}_rebuild_rounds`,
      statements: [
        original.replace('CREATE TABLE `rounds`', 'CREATE TABLE `__new_rounds`'),
        'INSERT INTO __new_rounds SELECT * FROM rounds',
        'DROP TABLE rounds',
        'ALTER TABLE __new_rounds RENAME TO rounds',
      ],
    }
    expect(() => migrate(db.sqlite, [...bundledMigrations, rebuild])).not.toThrow()
    expect(db.sqlite.prepare(`SELECT count(*) FROM ${historyTable}`).pluck().get()).toBe(1)
  })
})
