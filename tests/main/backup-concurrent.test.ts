import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeBackup, writeBackupOnline } from '../../main/backup/write'
import { openDatabase } from '../../main/db/open'
import { fileRecord } from '../fixtures/record'
import { batchesIn, startWriter } from '../fixtures/writer'

const records: ReturnType<typeof fileRecord>[] = []
afterEach(() => records.splice(0).forEach((made) => made.close()))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a backup taken while another process writes', () => {
  it('is consistent (whole batches, no gaps, no orphans) and restorable, with either copying method', async () => {
    const source = fileRecord()
    const target = fileRecord()
    records.push(source, target)
    const app = openDatabase(source.file)
    const writer = startWriter(source.file)
    const copies: { name: string; acksBefore: number }[] = []
    try {
      await writer.ready
      // Big enough (over 100 pages) that a copy in default steps would be restarted by each write.
      await vi.waitFor(() => expect(writer.acks.length).toBeGreaterThanOrEqual(60), { timeout: 10_000 })
      for (let round = 0; round < 6; round++) {
        await pause(15)
        const acksBefore = writer.acks.length
        const made =
          round % 2 === 0
            ? writeBackup(app.sqlite, source.file, 'manual')
            : await writeBackupOnline(app.sqlite, source.file, 'manual')
        copies.push({ name: made.name, acksBefore })
      }
    } finally {
      writer.kill()
      await writer.exited
      app.sqlite.close()
    }
    expect(writer.acks.length).toBeGreaterThan(copies[0]!.acksBefore)

    fs.mkdirSync(target.backups, { recursive: true })
    for (const { name, acksBefore } of copies) {
      const file = path.join(source.backups, name)
      const copy = new Database(file, { readonly: true })
      const state = batchesIn(copy)
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      copy.close()
      expect({ name, whole: state.whole, contiguous: state.contiguous, orphans: state.orphans }).toEqual({
        name,
        whole: true,
        contiguous: true,
        orphans: 0,
      })
      // Everything acknowledged before the copy began is in it.
      expect(state.count).toBeGreaterThanOrEqual(acksBefore)

      // Restorable: another record takes it through the restore the app offers.
      fs.copyFileSync(file, path.join(target.backups, name))
      target.call('backup-restore', { name, confirm: true })
      expect(target.call('person-list', { pageSize: 500 }).total).toBe(state.count)
      expect(target.ctx.db.sqlite.pragma('foreign_key_check')).toEqual([])
    }
  }, 30_000)
})
