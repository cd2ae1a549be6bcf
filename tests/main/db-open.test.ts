import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError } from '../../main/db/errors'
import { latestVersion } from '../../main/db/migrate'
import { openDatabase, type Db } from '../../main/db/open'

let folder: string
const opened: Db[] = []

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-open-'))
})

afterEach(() => {
  for (const db of opened.splice(0)) if (db.sqlite.open) db.sqlite.close()
  fs.rmSync(folder, { recursive: true, force: true })
})

const open = (file: string) => {
  const db = openDatabase(file)
  opened.push(db)
  return db
}

/** What openDatabase threw, so a test can assert the problem the user is told about. */
function openError(file: string): DatabaseOpenError {
  try {
    open(file)
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error(`openDatabase(${file}) succeeded but should have been refused`)
}

const pragmas = (db: Db) => ({
  journalMode: db.sqlite.pragma('journal_mode', { simple: true }),
  synchronous: db.sqlite.pragma('synchronous', { simple: true }),
  foreignKeys: db.sqlite.pragma('foreign_keys', { simple: true }),
  busyTimeout: db.sqlite.pragma('busy_timeout', { simple: true }),
})

const expectedPragmas = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000 }

/** The files SQLite may leave beside a database: none of them should appear for a refused file. */
const sidecars = (file: string) => ['-wal', '-shm', '-journal'].filter((suffix) => fs.existsSync(file + suffix))

describe('openDatabase', () => {
  it('sets WAL, FULL sync, foreign keys and a busy timeout on a new file and again on every re-open', () => {
    const file = path.join(folder, 'record.sqlite')
    const first = open(file)
    expect(pragmas(first)).toEqual(expectedPragmas)
    first.sqlite.prepare("INSERT INTO people (name) VALUES ('Kari Nordmann')").run()
    first.sqlite.close()

    for (let round = 0; round < 2; round++) {
      const again = open(file)
      expect(pragmas(again)).toEqual(expectedPragmas)
      expect(again.sqlite.prepare('SELECT name FROM people').pluck().all()).toEqual(['Kari Nordmann'])
      expect(again.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion())
      again.sqlite.close()
    }
  })

  it('opens an in-memory record migrated to the latest version with the settings row in place', () => {
    const db = open(':memory:')
    expect(db.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.sqlite.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1)
  })

  it('creates missing folders on the way to the file', () => {
    const file = path.join(folder, 'not', 'yet', 'there', 'record.sqlite')
    open(file).sqlite.close()
    expect(fs.statSync(file).isFile()).toBe(true)
  })

  it.each([
    ['a folder that is really a regular file', (blocker: string) => path.join(blocker, 'record.sqlite')],
    ['a folder below a regular file', (blocker: string) => path.join(blocker, 'deeper', 'record.sqlite')],
  ])('refuses a path through %s as DB_UNWRITABLE, naming the path', (_case, pathThrough) => {
    // Tests may run as root, where chmod stops nothing; a file where a folder should be stops everyone.
    const blocker = path.join(folder, 'plain-file.txt')
    fs.writeFileSync(blocker, 'not a folder')
    const file = pathThrough(blocker)
    const error = openError(file)
    expect(error.problem).toBe('DB_UNWRITABLE')
    expect(error.params.path).toBe(file)
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder')
  })

  it('refuses a file of random bytes as DB_UNREADABLE and leaves it byte for byte as it was', () => {
    const file = path.join(folder, 'random.sqlite')
    const bytes = randomBytes(8192)
    fs.writeFileSync(file, bytes)
    const error = openError(file)
    expect(error.problem).toBe('DB_UNREADABLE')
    expect(error.params.path).toBe(file)
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(sidecars(file)).toEqual([])
  })

  it("refuses another program's SQLite file as DB_UNREADABLE without writing to it", () => {
    const file = path.join(folder, 'someone-elses.sqlite')
    const foreign = new Database(file)
    foreign.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')")
    foreign.close()
    const bytes = fs.readFileSync(file)

    const error = openError(file)
    expect(error.problem).toBe('DB_UNREADABLE')
    expect(error.params.path).toBe(file)
    expect(fs.readFileSync(file).equals(bytes)).toBe(true)
    expect(sidecars(file)).toEqual([])
  })

  it('refuses a file from a newer app version as DB_TOO_NEW, leaving its rows and bytes untouched', () => {
    expectTooNewRefusedUntouched(path.join(folder, 'newer.sqlite'), 'wal')
  })

  // BUG (fails today): openDatabase runs applyPragmas (journal_mode = WAL) before migrate() refuses
  // the newer version, so a newer file in rollback-journal mode gets its header rewritten (bytes
  // 18-19 go from 1 to 2). Suggested fix: compare user_version with latestVersion() before
  // applyPragmas (refuseForeignFile already reads user_version) and throw DB_TOO_NEW there.
  it('refuses a newer file in rollback-journal mode (e.g. a copy made by another tool) without rewriting it', () => {
    expectTooNewRefusedUntouched(path.join(folder, 'newer-copy.sqlite'), 'delete')
  })
})

function expectTooNewRefusedUntouched(file: string, journalMode: 'wal' | 'delete') {
  const made = open(file)
  made.sqlite.prepare("INSERT INTO people (name, email) VALUES ('Ola Nordmann', 'ola@example.no')").run()
  made.sqlite.pragma(`user_version = ${latestVersion() + 1}`)
  made.sqlite.pragma(`journal_mode = ${journalMode}`)
  made.sqlite.close()
  const bytes = fs.readFileSync(file)

  const error = openError(file)
  expect(error.problem).toBe('DB_TOO_NEW')
  expect(error.params).toMatchObject({ fileVersion: latestVersion() + 1, appVersion: latestVersion() })

  const check = new Database(file, { readonly: true })
  expect(check.prepare('SELECT name, email FROM people').all()).toEqual([
    { name: 'Ola Nordmann', email: 'ola@example.no' },
  ])
  expect(check.pragma('user_version', { simple: true })).toBe(latestVersion() + 1)
  check.close()
  expect(fs.readFileSync(file).equals(bytes)).toBe(true)
}
