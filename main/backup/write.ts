import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { BackupFile, BackupKind } from '../../shared/api/backup'
import { AppError } from '../../shared/errors'
import { latestVersion } from '../db/migrate'
import { newBackupPath, parseBackupName, pruneBackups, syncFile } from './files'
import { notABackup, tooNewBackup } from './problems'

export type BackupOptions = {
  now?: Date
  /** better-sqlite3's addon for this runtime (Electron passes its own). */
  nativeBinding?: string
  /** The newest schema version the copy may have; the app's own by default. */
  latest?: number
}

export const defaultKeep = 14
const requiredTables = ['settings', 'groups', 'people']

/** Opens a file only to look at it: read-only, so checking a damaged or foreign file never writes to it. */
export const openReadonly = (file: string, nativeBinding?: string): Database.Database =>
  new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })

/**
 * Proves a file is a whole Region Desk record this app can open: integrity_check is 'ok', the
 * app's tables are there, and its version is not newer than the app. Throws an AppError otherwise.
 */
export function verifyBackupFile(file: string, options: BackupOptions = {}): { version: number } {
  let copy: Database.Database
  try {
    copy = openReadonly(file, options.nativeBinding)
  } catch {
    throw notABackup()
  }
  try {
    const latest = options.latest ?? latestVersion()
    const version = Number(copy.pragma('user_version', { simple: true }))
    if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw notABackup()
    const tables = copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
    if (version < 1 || !requiredTables.every((table) => tables.includes(table))) throw notABackup()
    if (version > latest) throw tooNewBackup(version, latest)
    return { version }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw notABackup()
  } finally {
    copy.close()
  }
}

/** Whether the record holds anything a person entered: an empty record needs no backup. */
export function hasData(sqlite: Database.Database) {
  return Boolean(sqlite.prepare('SELECT EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM groups)').pluck().get())
}

/** The `keep` setting; files from before it existed keep the default. */
export function keepSetting(sqlite: Database.Database): number {
  try {
    const keep = sqlite.prepare('SELECT backup_keep FROM settings WHERE id = 1').pluck().get()
    return typeof keep === 'number' && keep >= 1 ? keep : defaultKeep
  } catch {
    return defaultKeep
  }
}

/**
 * A verified copy of the record in its backups folder, written synchronously: handlers and
 * openDatabase are synchronous, and better-sqlite3's online backup (db.backup) is a Promise.
 * VACUUM INTO reads one consistent snapshot in a single read transaction, so writers on other
 * connections neither block it nor tear it; the copy is a compact rollback-journal file that
 * carries no freed pages. It is written under a temporary name, verified, fsynced, then renamed.
 */
export function writeBackup(
  sqlite: Database.Database,
  dbFile: string,
  kind: BackupKind,
  options: BackupOptions = {},
): BackupFile {
  const target = newBackupPath(dbFile, kind, options.now ?? new Date())
  const partial = startPartial(target)
  try {
    sqlite.prepare('VACUUM INTO ?').run(partial)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  return finish(sqlite, dbFile, target, options)
}

/**
 * The same with better-sqlite3's online backup API, for callers that can wait (the daily backup).
 * After its first step it copies all remaining pages in one: in steps of 100 pages, every write by
 * another process between steps restarts the copy, and a busy writer kept it from ever finishing.
 * One step holds only a read transaction, which in WAL mode blocks no writer.
 */
export async function writeBackupOnline(
  sqlite: Database.Database,
  dbFile: string,
  kind: BackupKind,
  options: BackupOptions = {},
): Promise<BackupFile> {
  const target = newBackupPath(dbFile, kind, options.now ?? new Date())
  const partial = startPartial(target)
  try {
    await sqlite.backup(partial, { progress: () => 0x7fffffff })
    // The copy carries the live file's WAL flag; a backup should be one self-contained file.
    const copy = new Database(partial, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    copy.pragma('journal_mode = DELETE')
    copy.close()
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  return finish(sqlite, dbFile, target, options)
}

/** Copies go to `<name>.partial` first, a name the listing ignores, so a half-written backup is never offered. */
function startPartial(target: string) {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = `${target}.partial`
  fs.rmSync(partial, { force: true })
  return partial
}

function finish(sqlite: Database.Database, dbFile: string, target: string, options: BackupOptions): BackupFile {
  const partial = `${target}.partial`
  try {
    verifyBackupFile(partial, options)
    syncFile(partial)
    fs.renameSync(partial, target)
    syncFile(target)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  const name = path.basename(target)
  const parsed = parseBackupName(name)!
  pruneBackups(dbFile, parsed.kind, keepSetting(sqlite))
  return { name, kind: parsed.kind, createdAt: parsed.createdAt, size: fs.statSync(target).size }
}
