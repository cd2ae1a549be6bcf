import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'
import { ensureDefaults } from './defaults'
import { DatabaseOpenError } from './errors'
import { fold } from '../../shared/text'
import { bundledMigrations, latestVersion, migrate, type Migration } from './migrate'

export type Orm = BetterSQLite3Database<typeof schema>
export type Db = { sqlite: Database.Database; orm: Orm; path: string }

export type OpenOptions = {
  migrations?: Migration[]
  /** better-sqlite3's compiled addon; Electron passes one built for its own ABI. */
  nativeBinding?: string
}

/** Pragmas and SQL functions every connection needs; better-sqlite3 does not keep pragmas across opens. */
export function applyPragmas(sqlite: Database.Database) {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.function('fold', { deterministic: true }, (value) => (typeof value === 'string' ? fold(value) : null))
}

/** Opens (creating folder and file if missing), sets pragmas and migrates. No singleton: pass the result in. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ':memory:'
  if (!inMemory) ensureWritableFolder(file)
  let sqlite: Database.Database
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new DatabaseOpenError(isPermissionError(error) ? 'DB_UNWRITABLE' : 'DB_UNREADABLE', { path: file }, error)
  }
  try {
    inspectBeforeWriting(sqlite, file, latestVersion(options.migrations ?? bundledMigrations))
    applyPragmas(sqlite)
    migrate(sqlite, options.migrations ?? bundledMigrations)
    ensureDefaults(sqlite)
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseOpenError) throw error
    const problem = isPermissionError(error) || isReadonlyError(error) ? 'DB_UNWRITABLE' : 'DB_UNREADABLE'
    throw new DatabaseOpenError(problem, { path: file }, error)
  }
  return { sqlite, orm: drizzle(sqlite, { schema }), path: file }
}

function ensureWritableFolder(file: string) {
  const folder = path.dirname(path.resolve(file))
  try {
    fs.mkdirSync(folder, { recursive: true })
    fs.accessSync(folder, fs.constants.W_OK)
  } catch (error) {
    throw new DatabaseOpenError('DB_UNWRITABLE', { path: file }, error)
  }
}

const isPermissionError = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  ['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN'].includes(String(error.code))

const isReadonlyError = (error: unknown) =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_READONLY')

/**
 * Refuses, before any pragma or migration writes to it: a file from a newer app version, and another
 * program's SQLite file (tables but no Region Desk version). A file that is no database at all
 * fails here too (SQLITE_NOTADB).
 */
function inspectBeforeWriting(sqlite: Database.Database, file: string, latest: number) {
  const version = Number(sqlite.pragma('user_version', { simple: true }))
  if (version > latest) throw new DatabaseOpenError('DB_TOO_NEW', { fileVersion: version, appVersion: latest })
  if (version > 0) return
  const tables = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as {
    n: number
  }
  if (tables.n > 0) throw new DatabaseOpenError('DB_UNREADABLE', { path: file })
}
