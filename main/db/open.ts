import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import * as schema from './schema'
import { ensureDefaults } from './defaults'
import { DatabaseOpenError, type DatabaseProblem } from './errors'
import { fold } from '../../shared/text'
import { bundledMigrations, latestVersion, migrate, type Migration } from './migrate'
import { backupFolder } from '../backup/files'
import { newestVerifiedBackup } from '../backup/recover'
import { hasData, openReadonly, writeBackup } from '../backup/write'
import { installHistoryTriggers } from '../history/triggers'

export type Orm = BetterSQLite3Database<typeof schema>
/** What the checks at open found that did not stop the record from opening. */
export type StartupChecks = { foreignKeyProblems: number }
export type Db = { sqlite: Database.Database; orm: Orm; path: string; options: OpenOptions; checks: StartupChecks }

export type OpenOptions = {
  migrations?: Migration[]
  /** better-sqlite3's compiled addon; Electron passes one built for its own ABI. */
  nativeBinding?: string
  /** Back up before migrating a file with data in it (default). Off only for a copy being prepared for a restore. */
  backupBeforeMigration?: boolean
}

/** Pragmas and SQL functions every connection needs; better-sqlite3 does not keep pragmas across opens. */
export function applyPragmas(sqlite: Database.Database) {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // Deleted and overwritten content is zeroed, so an erased person's data does not linger in free space.
  sqlite.pragma('secure_delete = ON')
  sqlite.function('fold', { deterministic: true }, (value) => (typeof value === 'string' ? fold(value) : null))
}

/** Opens (creating folder and file if missing), checks, sets pragmas and migrates. No singleton: pass the result in. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const inMemory = file === ':memory:'
  const migrations = options.migrations ?? bundledMigrations
  if (!inMemory) ensureWritableFolder(file)
  if (!inMemory && fs.existsSync(file)) checkBeforeWriting(file, options, latestVersion(migrations))
  let sqlite: Database.Database
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  } catch (error) {
    throw new DatabaseOpenError(isPermissionError(error) ? 'DB_UNWRITABLE' : 'DB_UNREADABLE', { path: file }, error)
  }
  let checks: StartupChecks
  try {
    applyPragmas(sqlite)
    const backup = inMemory ? null : backupBeforeMigrating(sqlite, file, options, latestVersion(migrations))
    try {
      migrate(sqlite, migrations)
    } catch (error) {
      if (error instanceof DatabaseOpenError && backup) throw withBackup(error, backup)
      throw error
    }
    ensureDefaults(sqlite)
    checks = { foreignKeyProblems: (sqlite.pragma('foreign_key_check') as unknown[]).length }
    // After the defaults: rows every record starts with are not changes anyone made.
    installHistoryTriggers(sqlite)
  } catch (error) {
    sqlite.close()
    if (error instanceof DatabaseOpenError) throw error
    const problem = isPermissionError(error) || isReadonlyError(error) ? 'DB_UNWRITABLE' : 'DB_UNREADABLE'
    throw new DatabaseOpenError(problem, { path: file }, error)
  }
  return { sqlite, orm: drizzle(sqlite, { schema }), path: file, options, checks }
}

/**
 * Closes the record, lets `replace` change the file at its path, and opens it again (a restore).
 * `replace` either throws having left the file as it was, or returns how to undo; if the new file
 * cannot be opened, the undo runs and the previous record is opened again. Either way the result
 * is an open record at the same path, and the caller learns what failed.
 */
export function reopenDatabase(db: Db, replace: (file: string) => { undo: () => void }): Db {
  if (db.path === ':memory:') throw new Error('An in-memory record cannot be reopened')
  db.sqlite.close()
  let undo: () => void
  try {
    undo = replace(db.path).undo
  } catch (error) {
    throw Object.assign(new ReopenError(openDatabase(db.path, db.options)), { cause: error })
  }
  try {
    return openDatabase(db.path, db.options)
  } catch (error) {
    undo()
    throw Object.assign(new ReopenError(openDatabase(db.path, db.options)), { cause: error })
  }
}

/** The replacement failed; `db` is the previous record, open again, for the caller to keep using. */
export class ReopenError extends Error {
  constructor(readonly db: Db) {
    super('reopen failed')
    this.name = 'ReopenError'
  }
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

const errorCode = (error: unknown) => (error instanceof Error && 'code' in error ? String(error.code) : '')
const isPermissionError = (error: unknown) => ['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN'].includes(errorCode(error))
const isReadonlyError = (error: unknown) => errorCode(error).startsWith('SQLITE_READONLY')
const isCorruptError = (error: unknown) => errorCode(error).startsWith('SQLITE_CORRUPT')

/**
 * Everything that can refuse a file, on a read-only connection, before any pragma or migration
 * writes to it: another program's SQLite file (tables but no Region Desk version), a file from a
 * newer app version, a file that is no database at all (SQLITE_NOTADB), and a damaged one
 * (quick_check). A damaged or unreadable file is offered the newest backup that verifies.
 */
function checkBeforeWriting(file: string, options: OpenOptions, latest: number) {
  let sqlite: Database.Database | null = null
  try {
    sqlite = openReadonly(file, options.nativeBinding)
    const version = Number(sqlite.pragma('user_version', { simple: true }))
    if (version > latest) throw new DatabaseOpenError('DB_TOO_NEW', { fileVersion: version, appVersion: latest })
    const tables = sqlite
      .prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .get() as number
    if (version === 0 && tables > 0) throw new DatabaseOpenError('DB_UNREADABLE', { path: file })
    const quick = sqlite.pragma('quick_check', { simple: true })
    if (quick !== 'ok') throw new DatabaseOpenError('DB_CORRUPT', { path: file })
  } catch (error) {
    const refusal =
      error instanceof DatabaseOpenError ? error : new DatabaseOpenError(refusalFor(error), { path: file }, error)
    if (refusal.problem === 'DB_CORRUPT' || refusal.problem === 'DB_UNREADABLE') {
      const backup = newestVerifiedBackup(file, options)
      if (backup) throw withBackup(refusal, backup)
    }
    throw refusal
  } finally {
    sqlite?.close()
  }
}

function refusalFor(error: unknown): DatabaseProblem {
  if (isCorruptError(error)) return 'DB_CORRUPT'
  return isPermissionError(error) ? 'DB_UNWRITABLE' : 'DB_UNREADABLE'
}

/** i18next picks `<key>_backup` for context 'backup': the text that names the backup to restore. */
const withBackup = (error: DatabaseOpenError, backup: string) =>
  new DatabaseOpenError(error.problem, { ...error.params, backup, context: 'backup' }, error.cause)

/** A file with data and pending migrations gets a verified copy first; without one it is not migrated. */
function backupBeforeMigrating(sqlite: Database.Database, file: string, options: OpenOptions, latest: number) {
  const version = Number(sqlite.pragma('user_version', { simple: true }))
  if (options.backupBeforeMigration === false || version === 0 || version >= latest || !hasData(sqlite)) return null
  try {
    const backup = writeBackup(sqlite, file, 'migration', { nativeBinding: options.nativeBinding, latest })
    return path.join(backupFolder(file), backup.name)
  } catch (error) {
    throw new DatabaseOpenError('DB_UNWRITABLE', { path: backupFolder(file) }, error)
  }
}
