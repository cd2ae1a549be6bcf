import fs from 'node:fs'
import type { RestoreResult } from '../../shared/api/backup'
import type { Ctx } from '../context'
import { openDatabase } from '../db/open'
import { historyTable } from '../history/triggers'
import { resolveBackup, syncFile } from './files'
import { backupFailed, noRecordFile, recordInUse } from './problems'
import { verifyBackupFile, writeBackup } from './write'

/**
 * Replaces the open record with one of its backups. In order, so that a failure at any step
 * leaves the record as it was: the backup is verified; the current record is kept as a
 * 'restore' backup; the backup is copied next to the record and opened once on its own (which
 * migrates an older one and proves it opens); only then is the record closed, the copy renamed
 * into its place, and the record reopened through ctx.reopen, which every transport sees.
 */
export function restoreBackup(ctx: Ctx, name: string): RestoreResult {
  const { path: file, options } = ctx.db
  if (file === ':memory:' || !ctx.reopen) throw noRecordFile()
  const source = resolveBackup(file, name)
  verifyBackupFile(source, options)
  let safetyCopy: string
  try {
    safetyCopy = writeBackup(ctx.db.sqlite, file, 'restore', options).name
  } catch {
    throw backupFailed()
  }

  const staging = `${file}.restoring`
  try {
    fs.copyFileSync(source, staging)
    openDatabase(staging, { ...options, backupBeforeMigration: false }).sqlite.close()
    syncFile(staging)
  } catch (error) {
    removeWithSidecars(staging)
    throw error
  }

  const aside = `${file}.before-restore`
  ctx.reopen((current) => {
    // Our connection is closed; a -wal file still there means another window or process has the record open.
    if (fs.existsSync(`${current}-wal`)) {
      removeWithSidecars(staging)
      throw recordInUse()
    }
    fs.rmSync(`${current}-shm`, { force: true })
    fs.renameSync(current, aside)
    fs.renameSync(staging, current)
    syncFile(current)
    return {
      undo: () => {
        removeWithSidecars(current)
        fs.renameSync(aside, current)
      },
    }
  })
  fs.rmSync(aside, { force: true })
  ctx.db.sqlite
    .prepare(
      `INSERT INTO ${historyTable} (at, entity, entity_id, action, changes) VALUES (?, 'record', NULL, 'restore', ?)`,
    )
    .run(ctx.now().toISOString(), JSON.stringify({ backup: [null, name], safetyCopy: [null, safetyCopy] }))
  return { restored: name, safetyCopy }
}

function removeWithSidecars(file: string) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
}
