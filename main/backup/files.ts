import fs from 'node:fs'
import path from 'node:path'
import { backupKinds, type BackupFile, type BackupKind } from '../../shared/api/backup'
import { notFoundBackup } from './problems'

/** Backups sit next to the record, in `<db folder>/backups/`, so copying the folder copies them too. */
export const backupFolder = (dbFile: string) => path.join(path.dirname(path.resolve(dbFile)), 'backups')

/** `region-desk.sqlite` → `region-desk`: names start with it, so two records in one folder keep theirs apart. */
const baseOf = (dbFile: string) => path.parse(dbFile).name

/** A UTC stamp that sorts as text and is valid in file names everywhere: 2026-03-15T12-00-05-123Z. */
export const stampOf = (date: Date) => date.toISOString().replace(/[:.]/g, '-')
const stampPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/
const dateOfStamp = (stamp: string) => {
  const match = stampPattern.exec(stamp)
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : null
}

const namePattern = /^(.+)_(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z]+)\.sqlite$/

export function parseBackupName(name: string): { base: string; createdAt: string; kind: BackupKind } | null {
  const match = namePattern.exec(name)
  if (!match) return null
  const createdAt = dateOfStamp(match[2]!)
  const kind = backupKinds.find((known) => known === match[3])
  return createdAt && kind ? { base: match[1]!, createdAt, kind } : null
}

/** A name not taken yet in the folder (two backups in one millisecond get the next one). */
export function newBackupPath(dbFile: string, kind: BackupKind, now: Date): string {
  const folder = backupFolder(dbFile)
  for (let offset = 0; ; offset++) {
    const name = `${baseOf(dbFile)}_${stampOf(new Date(now.getTime() + offset))}_${kind}.sqlite`
    const file = path.join(folder, name)
    if (!fs.existsSync(file)) return file
  }
}

/** This record's backups, newest first. Files of other records and unfinished ones are not listed. */
export function listBackups(dbFile: string): BackupFile[] {
  const folder = backupFolder(dbFile)
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return []
  }
  const base = baseOf(dbFile)
  return names
    .flatMap((name) => {
      const parsed = parseBackupName(name)
      if (!parsed || parsed.base !== base) return []
      try {
        return [
          { name, kind: parsed.kind, createdAt: parsed.createdAt, size: fs.statSync(path.join(folder, name)).size },
        ]
      } catch {
        return []
      }
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name))
}

/** The path of one of this record's backups; a name from the UI never leaves the backups folder. */
export function resolveBackup(dbFile: string, name: string): string {
  const listed = listBackups(dbFile).some((backup) => backup.name === name)
  if (!listed || path.basename(name) !== name) throw notFoundBackup()
  return path.join(backupFolder(dbFile), name)
}

/** Automatic kinds are thinned to the newest `keep`; backups the user made are never removed on their own. */
export const automaticKinds: readonly BackupKind[] = ['daily', 'migration', 'restore']

export function pruneBackups(dbFile: string, kind: BackupKind, keep: number): string[] {
  if (!automaticKinds.includes(kind)) return []
  const surplus = listBackups(dbFile)
    .filter((backup) => backup.kind === kind)
    .slice(Math.max(1, keep))
  for (const backup of surplus) fs.rmSync(path.join(backupFolder(dbFile), backup.name), { force: true })
  return surplus.map((backup) => backup.name)
}

/** Makes a finished file durable: its bytes, then the folder entry that names it. */
export function syncFile(file: string) {
  const fd = fs.openSync(file, 'r+')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
  syncFolder(path.dirname(file))
}

function syncFolder(folder: string) {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const fd = fs.openSync(folder, 'r')
  try {
    fs.fsyncSync(fd)
  } finally {
    fs.closeSync(fd)
  }
}
