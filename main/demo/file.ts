import fs from 'node:fs'
import Database from 'better-sqlite3'
import { openDatabase } from '../db/open'
import { classifyRecord, type RecordKind } from './record'
import { replaceDemoRegion, type DemoSummary } from './seed'

/**
 * What a file holds, found without writing a byte to it and without leaving -wal/-shm files
 * beside it, so a refused file stays exactly as it was. A read-only SQLite connection would
 * create those side files for a WAL file; instead the bytes are read and opened in memory.
 */
export function inspectRecordFile(file: string): RecordKind {
  if (!fs.existsSync(file)) return 'empty'
  // A -wal file means a connection is open (or crashed) and the newest rows may be only there:
  // read through SQLite then; the side files exist already, so nothing new appears.
  const sqlite = fs.existsSync(`${file}-wal`)
    ? new Database(file, { readonly: true, fileMustExist: true })
    : inMemoryCopy(fs.readFileSync(file))
  try {
    return classifyRecord(sqlite)
  } catch (error) {
    if (isNotADatabase(error)) return 'foreign'
    throw error
  } finally {
    sqlite.close()
  }
}

/**
 * Bytes 18-19 of the header mark a WAL file, which an in-memory copy cannot open. With no -wal
 * file the main file holds every committed row, so the copy is read as a plain rollback file.
 */
function inMemoryCopy(bytes: Buffer) {
  if (bytes.length >= 100 && bytes[18] === 2 && bytes[19] === 2) bytes.fill(1, 18, 20)
  return new Database(bytes, { readonly: true })
}

const isNotADatabase = (error: unknown) =>
  error instanceof Error && 'code' in error && ['SQLITE_NOTADB', 'SQLITE_CORRUPT'].includes(String(error.code))

/**
 * Writes the demo region to a file (replacing an earlier demo there), for e2e tests and fixtures.
 * Throws if the file holds anything else.
 */
export function createDemoFile(file: string, today: string): DemoSummary {
  const found = inspectRecordFile(file)
  if (found === 'real' || found === 'foreign') throw new Error(`Refusing to write the demo over a ${found} file.`)
  const db = openDatabase(file)
  try {
    const outcome = replaceDemoRegion(db, today)
    if (!outcome.ok) throw new Error(`Refusing to write the demo over a ${outcome.found} file.`)
    return outcome.summary
  } finally {
    db.sqlite.close()
  }
}
