import fs from 'node:fs'
import path from 'node:path'
import type { UploadProgress } from '../../shared/api/backup'
import { backupFolder, newBackupPath, parseBackupName, syncFile } from './files'
import { noRecordFile, uploadOutOfOrder, uploadTooLarge } from './problems'
import { verifyBackupFile, type BackupOptions } from './write'

/** Larger than any region's record by far; an upload past it is refused, not written. */
export const maxUploadBytes = 512 * 1024 * 1024

type Part = { uploadId: string; offset: number; data: string; done: boolean }

/**
 * A file the user chose, arriving in parts (browser mode bounds request bodies). Parts must come
 * in order; the last one verifies the whole file like any backup and files it as an 'upload'
 * backup, which the restore then takes by name. A file that does not verify is deleted.
 */
export function receiveUpload(dbFile: string, part: Part, options: BackupOptions = {}): UploadProgress {
  if (dbFile === ':memory:') throw noRecordFile()
  const folder = backupFolder(dbFile)
  const partial = path.join(folder, `.upload-${part.uploadId}.partial`)
  const received = fs.existsSync(partial) ? fs.statSync(partial).size : 0
  if (part.offset !== received) throw uploadOutOfOrder(received)
  const bytes = Buffer.from(part.data, 'base64')
  if (received + bytes.length > maxUploadBytes) {
    fs.rmSync(partial, { force: true })
    throw uploadTooLarge()
  }
  fs.mkdirSync(folder, { recursive: true })
  fs.appendFileSync(partial, bytes)
  if (!part.done) return { received: received + bytes.length, name: null }

  try {
    markRollbackJournal(partial)
    verifyBackupFile(partial, options)
    const target = newBackupPath(dbFile, 'upload', options.now ?? new Date())
    syncFile(partial)
    fs.renameSync(partial, target)
    syncFile(target)
    const name = path.basename(target)
    return { received: received + bytes.length, name: parseBackupName(name) ? name : null }
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/**
 * A record copied while in WAL mode says so in header bytes 18-19; without its -wal file every
 * committed row is in the main file, and reading it as a rollback-journal file creates no sidecars.
 */
function markRollbackJournal(file: string) {
  const fd = fs.openSync(file, 'r+')
  try {
    const header = Buffer.alloc(20)
    fs.readSync(fd, header, 0, 20, 0)
    if (header[18] === 2 && header[19] === 2) fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18)
  } finally {
    fs.closeSync(fd)
  }
}
