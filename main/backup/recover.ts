import fs from 'node:fs'
import path from 'node:path'
import { backupFolder, listBackups, stampOf, syncFile } from './files'
import { verifyBackupFile } from './write'

/**
 * The newest backup of this record that still passes integrity_check, or null. Checked now, not
 * trusted from when it was written: a backup on a failing disk can rot too.
 */
export function newestVerifiedBackup(dbFile: string, options: { nativeBinding?: string } = {}): string | null {
  for (const backup of listBackups(dbFile)) {
    const file = path.join(backupFolder(dbFile), backup.name)
    try {
      verifyBackupFile(file, options)
      return file
    } catch {
      // Try the next older one.
    }
  }
  return null
}

/**
 * For the startup dialog when the record is damaged: moves the damaged file (and its -wal/-shm)
 * aside under a new name, never deleting or overwriting it, and copies the backup into its place;
 * the backup itself stays as it was. The caller then opens the record again.
 */
export function recoverFromBackup(
  dbFile: string,
  backup: string,
  options: { nativeBinding?: string; now?: Date } = {},
): { damagedCopy: string } {
  verifyBackupFile(backup, options)
  const damagedCopy = `${dbFile}.damaged-${stampOf(options.now ?? new Date())}`
  if (fs.existsSync(dbFile)) fs.renameSync(dbFile, damagedCopy)
  for (const suffix of ['-wal', '-shm'])
    if (fs.existsSync(dbFile + suffix)) fs.renameSync(dbFile + suffix, damagedCopy + suffix)
  const staging = `${dbFile}.recovering`
  fs.copyFileSync(backup, staging)
  syncFile(staging)
  fs.renameSync(staging, dbFile)
  syncFile(dbFile)
  return { damagedCopy }
}
