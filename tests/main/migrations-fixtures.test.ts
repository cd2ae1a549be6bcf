import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listBackups } from '../../main/backup/files'
import { bundledMigrations, latestVersion } from '../../main/db/migrate'
import { openDatabase } from '../../main/db/open'
import { recordAtVersion, rowsAsBefore, snapshot, tableNames } from '../fixtures/versions'

let folder: string
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-fixtures-'))
})
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

/** Every schema version a released app wrote: all but the newest migration, which this build brings. */
const released = bundledMigrations.slice(0, -1).map((migration) => [migration.version, migration.tag] as const)

describe('a record from every released schema version', () => {
  it.each(released)('version %i (%s), full of rows, opens at the latest version with every row kept', (version) => {
    const file = path.join(folder, 'region-desk.sqlite')
    const fixture = recordAtVersion(file, version)
    const before = snapshot(fixture)
    expect(before.size).toBe(tableNames(fixture).length)
    expect([...before.values()].every((rows) => rows.length > 0)).toBe(true)
    fixture.close()

    const db = openDatabase(file)
    try {
      expect(db.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion())
      expect(rowsAsBefore(before, snapshot(db.sqlite))).toEqual(before)
      expect(db.sqlite.pragma('foreign_key_check')).toEqual([])
      expect(db.checks.foreignKeyProblems).toBe(0)
      expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      db.sqlite.close()
    }

    // It had data, so a verified copy at the old version was made before migrating.
    const backups = listBackups(file).filter((backup) => backup.kind === 'migration')
    expect(backups).toHaveLength(1)
    const copy = new Database(path.join(folder, 'backups', backups[0]!.name), { readonly: true })
    expect(copy.pragma('user_version', { simple: true })).toBe(version)
    expect(snapshot(copy)).toEqual(before)
    copy.close()
  })

  it('makes no backup for a record with pending migrations but nothing entered in it', () => {
    const file = path.join(folder, 'region-desk.sqlite')
    recordAtVersion(file, 1, 0).close()
    openDatabase(file).sqlite.close()
    expect(listBackups(file)).toEqual([])
  })

  it('names the backup in the refusal when a migration fails, and leaves the file at its version', () => {
    const file = path.join(folder, 'region-desk.sqlite')
    recordAtVersion(file, latestVersion()).close()
    const broken = {
      version: latestVersion() + 1,
      tag: 'broken',
      statements: ['ALTER TABLE no_such_table ADD COLUMN x integer'],
    }
    let thrown: unknown
    try {
      openDatabase(file, { migrations: [...bundledMigrations, broken] })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toMatchObject({
      problem: 'DB_MIGRATION_FAILED',
      params: { version: latestVersion() + 1, context: 'backup', backup: expect.stringContaining('_migration.sqlite') },
    })
    const check = new Database(file, { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion())
    check.close()
  })
})
