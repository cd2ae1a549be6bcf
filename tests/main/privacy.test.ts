import fs from 'node:fs'
import Database from 'better-sqlite3'
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core'
import { afterEach, describe, expect, it } from 'vitest'
import * as schema from '../../main/db/schema'
import { personReferences } from '../../main/privacy/references'
import { fileRecord, seedRegion } from '../fixtures/record'
import { createHarness } from './harness'

const records: ReturnType<typeof fileRecord>[] = []
const record = (today?: string) => {
  const made = fileRecord(today)
  records.push(made)
  return made
}
afterEach(() => records.splice(0).forEach((made) => made.close()))

/** Tables whose drizzle schema has a foreign key to people: derived, so a new table cannot be forgotten. */
const tablesReferringToPeople = () =>
  Object.values(schema)
    .map((table) => getTableConfig(table as SQLiteTable))
    .filter((config) =>
      config.foreignKeys.some((key) => getTableConfig(key.reference().foreignTable).name === 'people'),
    )
    .map((config) => config.name)
    .sort()

const fileAndWal = (file: string) =>
  Buffer.concat([
    fs.readFileSync(file),
    fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0),
  ])

describe('person-export', () => {
  it('covers every table with a foreign key to people, as the schema declares them', () => {
    const { call, ctx } = record()
    const { kari } = seedRegion(call)
    const { data, fileName } = call('person-export', { id: kari.id })
    expect(fileName).toBe(`person-${kari.id}-2026-03-15.json`)
    expect(tablesReferringToPeople()).toEqual(
      expect.arrayContaining(['memberships', 'role_terms', 'attendance', 'candidates']),
    )
    expect(Object.keys(data.related).sort()).toEqual(tablesReferringToPeople())
    expect(
      personReferences(ctx.db.sqlite)
        .map((reference) => reference.table)
        .sort(),
    ).toEqual(tablesReferringToPeople())
    expect(data.person).toMatchObject({ id: kari.id, name: 'Kari Nordmann', email: 'kari.nordmann@example.no' })
    expect(data.related.memberships).toHaveLength(1)
    expect(data.related.role_terms).toHaveLength(1)
    expect(data.related.attendance).toHaveLength(1)
    expect(data.history.length).toBeGreaterThan(0)
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
  })

  it('answers NOT_FOUND for someone not in the record', () => {
    const { send } = createHarness()
    expect(send('person-export', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('person-erase', () => {
  it('removes contact data, puts a placeholder for the name, and keeps memberships and terms in shape', () => {
    const { call, send } = record()
    const { kari, tromso } = seedRegion(call)
    expect(send('person-erase', { id: kari.id } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    const erased = call('person-erase', { id: kari.id, confirm: true })
    expect(erased).toEqual({ id: kari.id, placeholder: `Erased person ${kari.id}`, checkpointed: true })
    expect(call('person-get', { id: kari.id })).toMatchObject({
      name: `Erased person ${kari.id}`,
      email: null,
      phone: null,
      notes: null,
    })
    expect(call('membership-list', { personId: kari.id })).toHaveLength(1)
    expect(call('role-term-list', { groupId: tromso.id })).toMatchObject([{ personName: `Erased person ${kari.id}` }])
    // Erasing again only rewrites the file (the way to finish when another window held it open).
    expect(call('person-erase', { id: kari.id, confirm: true })).toEqual(erased)
    const erasures = call('history-list', { entity: 'person', id: kari.id }).rows.filter(
      (row) => row.action === 'erase',
    )
    expect(erasures).toHaveLength(1)
  })

  it('is in the history without the erased data, and earlier history no longer holds it', () => {
    const { call } = record()
    const { kari, tromso } = seedRegion(call)
    call('person-update', { id: kari.id, name: 'Kari Nordmann', email: 'kari.old@example.no', phone: '+47 400 00 001' })
    call('group-update', { id: tromso.id, name: 'Amnesty Tromsø', notes: 'Ask kari.old@example.no about keys' })
    call('person-erase', { id: kari.id, confirm: true })
    const { rows } = call('history-list', { entity: 'person', id: kari.id })
    expect(rows[0]).toMatchObject({ entity: 'people', action: 'erase', changes: [] })
    const everything = JSON.stringify([rows, call('history-list', { entity: 'group', id: tromso.id }).rows])
    for (const secret of [
      'Kari Nordmann',
      'kari.nordmann@example.no',
      'kari.old@example.no',
      '+47 912 34 567',
      '+47 400 00 001',
      'Prefers evening meetings',
    ])
      expect(everything).not.toContain(secret)
    expect(call('group-get', { id: tromso.id }).notes).toBe('Ask [erased] about keys')
  })

  it('leaves none of the erased email and phone in the bytes of the database file or its WAL', () => {
    const { call, file, ctx } = record()
    const { kari } = seedRegion(call)
    // Older values too, left in freed space by an app version before secure_delete, and in the history.
    ctx.db.sqlite.pragma('secure_delete = OFF')
    call('person-update', {
      id: kari.id,
      name: 'Kari Nordmann',
      email: 'kari.first@example.no',
      phone: '+47 911 11 111',
    })
    call('person-update', {
      id: kari.id,
      name: 'Kari Nordmann',
      email: 'kari.nordmann@example.no',
      phone: '+47 912 34 567',
    })
    for (let i = 0; i < 30; i++) call('person-create', { name: `Other ${i}`, email: `other${i}@example.no` })
    ctx.db.sqlite.pragma('secure_delete = ON')
    const secrets = [
      'kari.nordmann@example.no',
      'kari.first@example.no',
      '+47 912 34 567',
      '+47 911 11 111',
      'Prefers evening',
    ]
    expect(secrets.some((secret) => fileAndWal(file).includes(secret))).toBe(true)

    call('person-erase', { id: kari.id, confirm: true })
    const bytes = fileAndWal(file)
    for (const secret of secrets) expect([secret, bytes.includes(secret)]).toEqual([secret, false])
    // The rest is still there.
    expect(bytes.includes('other29@example.no')).toBe(true)
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0)
  })
  it('says when another connection kept the file from being rewritten, and finishes when erased again', () => {
    const { call, file } = record()
    const { kari } = seedRegion(call)
    const reader = new Database(file)
    reader.prepare('BEGIN').run()
    reader.prepare('SELECT count(*) FROM people').get()
    try {
      expect(call('person-erase', { id: kari.id, confirm: true }).checkpointed).toBe(false)
    } finally {
      reader.prepare('COMMIT').run()
      reader.close()
    }
    expect(call('person-erase', { id: kari.id, confirm: true }).checkpointed).toBe(true)
    expect(fileAndWal(file).includes('kari.nordmann@example.no')).toBe(false)
  })
})

describe('privacy-retention-list', () => {
  it('lists people with no membership, role or training for the set number of years', () => {
    const { call } = record('2029-06-01')
    const { kari, ola, tromso } = seedRegion(call)
    // Kari holds a role with no end, so she is active; Ola's membership ends in 2025.
    const olaMembership = call('membership-list', { personId: ola.id })[0]!
    call('membership-update', { id: olaMembership.id, from: '2025-02-01', to: '2025-12-31' })
    // Added today, so not yet inactive for any number of years.
    const newcomer = call('person-create', { name: 'Newcomer' })
    const recent = call('person-create', { name: 'Recent Member' })
    call('membership-create', { personId: recent.id, groupId: tromso.id, from: '2020-01-01', to: '2027-01-01' })

    expect(call('privacy-retention-list', {})).toMatchObject({ years: 3, cutoff: '2026-06-01' })
    const names = (years?: number) => call('privacy-retention-list', { years }).rows.map((row) => row.name)
    expect(names()).toEqual(['Ola Hansen'])
    expect(names(1)).toEqual(['Ola Hansen', 'Recent Member'])
    expect(names(1)).not.toContain(newcomer.name)
    call('privacy-settings-update', { retentionYears: 1 })
    expect(call('privacy-retention-list', {}).years).toBe(1)
    call('person-erase', { id: ola.id, confirm: true })
    expect(names(1)).toEqual(['Recent Member'])
    expect(names(1)).not.toContain(kari.name)
  })
})
