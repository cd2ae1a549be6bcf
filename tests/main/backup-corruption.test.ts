import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { newestVerifiedBackup, recoverFromBackup } from '../../main/backup/recover'
import { DatabaseOpenError } from '../../main/db/errors'
import { openDatabase } from '../../main/db/open'
import { createTranslator } from '../../shared/i18n'
import { fileRecord, seedRegion } from '../fixtures/record'

const records: ReturnType<typeof fileRecord>[] = []
afterEach(() => records.splice(0).forEach((made) => made.close()))

const digest = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const digests = (folder: string) =>
  Object.fromEntries(fs.readdirSync(folder).map((name) => [name, digest(path.join(folder, name))]))

/** A closed record with data and two backups, the newest `backups` first. */
function recordWithBackups() {
  const made = fileRecord()
  records.push(made)
  seedRegion(made.call)
  const older = made.call('backup-create', {})
  made.call('person-create', { name: 'In The Newer Backup' })
  for (let i = 0; i < 60; i++) made.call('person-create', { name: `Filler ${i}`, notes: 'x'.repeat(300) })
  const newer = made.call('backup-create', {})
  made.ctx.db.sqlite.close()
  return { ...made, older: path.join(made.backups, older.name), newer: path.join(made.backups, newer.name) }
}

/** Overwrites bytes in the pages after the first (the header stays readable, the tables do not). */
function flipBytes(file: string, seed: number) {
  const bytes = fs.readFileSync(file)
  const pageSize = bytes.readUInt16BE(16)
  let state = seed
  for (let page = 2; page * pageSize < bytes.length; page += 2)
    for (let i = 0; i < 64; i++) {
      state = (state * 1103515245 + 12345) % 2 ** 31
      const at = page * pageSize + (state % pageSize)
      bytes[at] = bytes[at]! ^ 0xff
    }
  fs.writeFileSync(file, bytes)
}

function openError(file: string): DatabaseOpenError {
  try {
    openDatabase(file).sqlite.close()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('the damaged record opened')
}

describe('a damaged record', () => {
  it.each([1, 2, 3])(
    'is refused as DB_CORRUPT and offered the newest backup that verifies, touching nothing (seed %i)',
    (seed) => {
      const { file, backups, newer } = recordWithBackups()
      flipBytes(file, seed)
      const damaged = digest(file)
      const before = digests(backups)

      const error = openError(file)
      expect(error.problem).toBe('DB_CORRUPT')
      expect(error.params).toMatchObject({ path: file, backup: newer, context: 'backup' })
      expect(digest(file)).toBe(damaged)
      expect(digests(backups)).toEqual(before)
      // The user is told in their language, with both paths.
      for (const language of ['en', 'nb', 'sv']) {
        const text = createTranslator(language)(`dbErrors.${error.problem}`, error.params)
        expect(text).toContain(file)
        expect(text).toContain(newer)
      }
    },
  )

  it('skips a backup that is damaged too and offers the one before it', () => {
    const { file, older, newer } = recordWithBackups()
    flipBytes(file, 4)
    flipBytes(newer, 5)
    expect(openError(file).params.backup).toBe(older)
    expect(newestVerifiedBackup(file)).toBe(older)
  })

  it('says so without a backup to offer when there is none', () => {
    const { file, backups } = recordWithBackups()
    fs.rmSync(backups, { recursive: true })
    flipBytes(file, 6)
    const error = openError(file)
    expect(error.problem).toBe('DB_CORRUPT')
    expect(error.params.backup).toBeUndefined()
    expect(createTranslator('en')(`dbErrors.${error.problem}`, error.params)).toMatch(/no backup/)
  })

  it('is recovered from the offered backup: the damaged file kept aside unchanged, the backup left as it was', () => {
    const { file, newer } = recordWithBackups()
    flipBytes(file, 7)
    const damaged = digest(file)
    const backup = digest(newer)
    const error = openError(file)
    const { damagedCopy } = recoverFromBackup(file, String(error.params.backup))
    expect(digest(damagedCopy)).toBe(damaged)
    expect(digest(newer)).toBe(backup)
    const db = openDatabase(file)
    expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(63)
    db.sqlite.close()
  })

  it('offers a backup for a file that is no database any more (header gone), as DB_UNREADABLE', () => {
    const { file, newer } = recordWithBackups()
    const bytes = fs.readFileSync(file)
    bytes.fill(0x55, 0, 100)
    fs.writeFileSync(file, bytes)
    const error = openError(file)
    expect(error.problem).toBe('DB_UNREADABLE')
    expect(error.params.backup).toBe(newer)
  })

  it('opens with rows pointing nowhere, and says so through backup-status', () => {
    const made = fileRecord()
    records.push(made)
    const { kari } = seedRegion(made.call)
    made.ctx.db.sqlite.pragma('foreign_keys = OFF')
    made.ctx.db.sqlite.prepare('DELETE FROM people WHERE id = ?').run(kari.id)
    made.ctx.db.sqlite.close()
    const db = openDatabase(made.file)
    made.ctx.db = db
    expect(db.checks.foreignKeyProblems).toBeGreaterThan(0)
    expect(made.call('backup-status', {}).foreignKeyProblems).toBe(db.checks.foreignKeyProblems)
  })
})
