import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { listBackups } from '../../main/backup/files'
import { dailyBackupDue, runDailyBackup, startDailyBackups } from '../../main/backup/schedule'
import { latestVersion } from '../../main/db/migrate'
import { uploadChunkChars } from '../../shared/api/backup'
import { fileRecord, seedRegion } from '../fixtures/record'
import { recordAtVersion } from '../fixtures/versions'
import { createHarness } from './harness'

const records: ReturnType<typeof fileRecord>[] = []
const record = () => {
  const made = fileRecord()
  records.push(made)
  return made
}
afterEach(() => records.splice(0).forEach((made) => made.close()))

const peopleIn = (file: string) => {
  const sqlite = new Database(file, { readonly: true })
  try {
    return sqlite.prepare('SELECT name FROM people ORDER BY id').pluck().all() as string[]
  } finally {
    sqlite.close()
  }
}

describe('backup-create', () => {
  it('writes a checked copy with a timestamp into the backups folder next to the record', () => {
    const { call, backups } = record()
    seedRegion(call)
    const made = call('backup-create', {})
    expect(made.name).toMatch(/^region-desk_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z_manual\.sqlite$/)
    expect(made.kind).toBe('manual')
    const copy = path.join(backups, made.name)
    expect(fs.statSync(copy).size).toBe(made.size)
    expect(peopleIn(copy)).toEqual(['Kari Nordmann', 'Ola Hansen'])
    const check = new Database(copy, { readonly: true })
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(check.pragma('user_version', { simple: true })).toBe(latestVersion())
    // One self-contained file: no WAL flag, and nothing half-written left beside it.
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    check.close()
    expect(fs.readdirSync(backups)).toEqual([made.name])
  })

  it('lists the backups newest first in backup-status, with the folder and the keep setting', () => {
    const { call, backups } = record()
    seedRegion(call)
    const first = call('backup-create', {})
    const second = call('backup-create', {})
    expect(call('backup-status', {})).toMatchObject({
      available: true,
      folder: backups,
      keep: 14,
      foreignKeyProblems: 0,
      backups: [{ name: second.name }, { name: first.name }],
    })
  })

  it('refuses with a message when the record lives only in memory', () => {
    const { send } = createHarness()
    expect(send('backup-create', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'records.errors.noFile' },
    })
    expect(send('backup-status', {})).toMatchObject({ ok: true, value: { available: false, backups: [] } })
  })
})

describe('backup-download and backup-delete', () => {
  it('hands over the bytes of a backup, and deletes one by name only inside the backups folder', () => {
    const { call, send, backups } = record()
    seedRegion(call)
    const made = call('backup-create', {})
    const download = call('backup-download', { name: made.name })
    expect(download.fileName).toBe(made.name)
    expect(Buffer.from(download.base64, 'base64').equals(fs.readFileSync(path.join(backups, made.name)))).toBe(true)

    for (const name of ['../region-desk.sqlite', 'region-desk.sqlite', 'nope.sqlite'])
      expect(send('backup-delete', { name })).toMatchObject({ ok: false })
    expect(call('backup-delete', { name: made.name })).toEqual({ deleted: made.name })
    expect(fs.existsSync(path.join(backups, made.name))).toBe(false)
    expect(send('backup-download', { name: made.name })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'records.errors.backupNotFound' },
    })
  })
})

describe('backup-handover-create', () => {
  it('makes a checked copy named for the region and the day, for the next leader', () => {
    const { call } = record()
    seedRegion(call)
    const made = call('backup-handover-create', {})
    expect(made.kind).toBe('handover')
    expect(made.fileName).toBe('region-desk-region-nord-2026-03-15.sqlite')
    expect(call('backup-download', { name: made.name }).fileName).toMatch(
      /^region-desk-region-nord-\d{4}-\d{2}-\d{2}\.sqlite$/,
    )
  })
})

describe('the daily backup', () => {
  it('is taken with the online backup API when none is a day old, checked, and thinned to the keep setting', async () => {
    const { call, ctx, file } = record()
    seedRegion(call)
    call('backup-settings-update', { keep: 2 })
    const manual = call('backup-create', {})
    const days = ['2026-03-15T08:00:00Z', '2026-03-16T08:00:00Z', '2026-03-17T09:00:00Z'].map((d) => new Date(d))
    for (const now of days) expect(await runDailyBackup(ctx, { now })).toMatch(/_daily\.sqlite$/)
    // Not due again within the day.
    expect(dailyBackupDue(ctx, new Date('2026-03-17T20:00:00Z'))).toBe(false)
    expect(await runDailyBackup(ctx, { now: new Date('2026-03-17T20:00:00Z') })).toBeNull()

    const kept = listBackups(file)
    expect(kept.filter((backup) => backup.kind === 'daily').map((backup) => backup.createdAt)).toEqual([
      '2026-03-17T09:00:00.000Z',
      '2026-03-16T08:00:00.000Z',
    ])
    // A backup the user made is never thinned away.
    expect(kept.map((backup) => backup.name)).toContain(manual.name)
    const daily = new Database(path.join(path.dirname(file), 'backups', kept[0]!.name), { readonly: true })
    expect(daily.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(daily.pragma('integrity_check', { simple: true })).toBe('ok')
    daily.close()
  })

  it('starts checking at once when the app starts it, and stops when told', async () => {
    const { call, ctx, file } = record()
    seedRegion(call)
    const stop = startDailyBackups(ctx)
    try {
      await vi.waitFor(() => expect(listBackups(file).map((backup) => backup.kind)).toEqual(['daily']))
    } finally {
      stop()
    }
  })

  it('reports a failure in one line with no path or personal data', async () => {
    const { call, ctx, backups } = record()
    seedRegion(call)
    fs.writeFileSync(backups, 'a file where the backups folder should be')
    const lines: string[] = []
    expect(await runDailyBackup(ctx, { now: new Date(), log: (line) => lines.push(line) })).toBeNull()
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^daily backup failed: \w+$/)
  })

  it('is not taken of a record nobody has entered anything in', async () => {
    const { ctx, file } = record()
    expect(await runDailyBackup(ctx, { now: new Date() })).toBeNull()
    expect(listBackups(file)).toEqual([])
  })
})

describe('backup-upload', () => {
  it('takes a file in parts, checks it and files it as an uploaded backup', () => {
    const source = record()
    seedRegion(source.call)
    const made = source.call('backup-create', {})
    const bytes = fs.readFileSync(path.join(source.backups, made.name)).toString('base64')

    const target = record()
    const uploadId = 'upload-0001'
    const chunk = 4096 * 4
    let offset = 0
    let name: string | null = null
    for (let start = 0; start < bytes.length; start += chunk) {
      const data = bytes.slice(start, start + chunk)
      const done = start + chunk >= bytes.length
      const reply = target.call('backup-upload', { uploadId, offset, data, done })
      offset = reply.received
      name = reply.name
    }
    expect(name).toMatch(/_upload\.sqlite$/)
    expect(peopleIn(path.join(target.backups, name!))).toEqual(['Kari Nordmann', 'Ola Hansen'])
    expect(fs.readdirSync(target.backups)).toEqual([name])
    expect(uploadChunkChars % 4).toBe(0)
  })

  it('refuses parts out of order, and a file that is no record, keeping nothing of it', () => {
    const { send, backups } = record()
    const junk = Buffer.from('SQLite format 3\0'.padEnd(4096, 'x')).toString('base64')
    expect(send('backup-upload', { uploadId: 'upload-0002', offset: 10, data: junk, done: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'records.errors.uploadOffset', params: { expected: 0 } },
    })
    expect(send('backup-upload', { uploadId: 'upload-0002', offset: 0, data: junk, done: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'records.errors.notABackup' },
    })
    expect(fs.readdirSync(backups)).toEqual([])
  })
})

describe('backup-restore', () => {
  it('keeps the current record as a backup, puts the chosen one in its place and reopens it for every caller', () => {
    const { call, send, ctx, events, file } = record()
    const { kari } = seedRegion(call)
    const made = call('backup-create', {})
    call('person-update', { id: kari.id, name: 'Kari Changed Later' })
    call('person-create', { name: 'Added After The Backup' })
    const before = ctx.db
    events.length = 0

    expect(send('backup-restore', { name: made.name } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    })
    const result = call('backup-restore', { name: made.name, confirm: true })
    expect(result.restored).toBe(made.name)
    expect(result.safetyCopy).toMatch(/_restore\.sqlite$/)

    // The dispatcher now talks to the reopened record.
    expect(ctx.db).not.toBe(before)
    expect(before.sqlite.open).toBe(false)
    expect(call('person-list', {}).rows.map((row) => row.name)).toEqual(['Kari Nordmann', 'Ola Hansen'])
    expect(events).toEqual([{ name: 'changed', topics: expect.arrayContaining(['people', 'groups', 'settings']) }])
    // What was there before is kept, and the restore is in the history.
    expect(peopleIn(path.join(path.dirname(file), 'backups', result.safetyCopy))).toEqual([
      'Kari Changed Later',
      'Ola Hansen',
      'Added After The Backup',
    ])
    expect(ctx.db.sqlite.prepare("SELECT action FROM change_log WHERE entity = 'record'").pluck().all()).toEqual([
      'restore',
    ])
    // Writes after the restore land in the file.
    call('person-create', { name: 'After Restore' })
    ctx.db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    expect(peopleIn(file)).toContain('After Restore')
    expect(fs.existsSync(`${file}.restoring`)).toBe(false)
    expect(fs.existsSync(`${file}.before-restore`)).toBe(false)
  })

  it('restores a backup from an older version, migrating it on the way in', () => {
    const { call, ctx, backups } = record()
    fs.mkdirSync(backups, { recursive: true })
    const name = 'region-desk_2025-01-01T00-00-00-000Z_upload.sqlite'
    recordAtVersion(path.join(backups, name), latestVersion() - 1).close()
    call('backup-restore', { name, confirm: true })
    expect(ctx.db.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion())
    expect(call('group-list', {}).total).toBe(3)
  })

  it('refuses a file that does not verify, changing nothing', () => {
    const { call, send, backups, ctx } = record()
    seedRegion(call)
    fs.mkdirSync(backups, { recursive: true })
    const name = 'region-desk_2025-01-01T00-00-00-000Z_manual.sqlite'
    fs.writeFileSync(path.join(backups, name), 'not a database at all')
    const before = ctx.db
    expect(send('backup-restore', { name, confirm: true })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'records.errors.notABackup' },
    })
    expect(ctx.db).toBe(before)
    expect(listBackups(ctx.db.path).map((backup) => backup.kind)).toEqual(['manual'])
    expect(call('person-list', {}).total).toBe(2)
  })

  it('refuses while another connection has the record open, and keeps working on the record as it was', () => {
    const { call, send, file, ctx } = record()
    seedRegion(call)
    const made = call('backup-create', {})
    call('person-create', { name: 'Still Here' })
    const other = new Database(file)
    other.prepare('SELECT count(*) FROM people').get()
    try {
      expect(send('backup-restore', { name: made.name, confirm: true })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', messageKey: 'records.errors.inUse' },
      })
    } finally {
      other.close()
    }
    expect(ctx.db.sqlite.open).toBe(true)
    expect(call('person-list', {}).rows.map((row) => row.name)).toContain('Still Here')
    expect(fs.existsSync(`${file}.restoring`)).toBe(false)
  })
})

describe('ctx.reopen', () => {
  it('opens the previous record again when the replacement throws, and passes the error on', () => {
    const { call, ctx } = record()
    call('person-create', { name: 'Kari' })
    const failure = new Error('disk full')
    expect(() =>
      ctx.reopen!(() => {
        throw failure
      }),
    ).toThrow(failure)
    expect(ctx.db.sqlite.open).toBe(true)
    expect(call('person-list', {}).total).toBe(1)
  })

  it('undoes a replacement that cannot be opened and reopens what was there', () => {
    const { call, ctx } = record()
    call('person-create', { name: 'Kari' })
    let undone = false
    expect(() =>
      ctx.reopen!((file) => {
        fs.renameSync(file, `${file}.aside`)
        fs.writeFileSync(file, 'garbage that is not a database, long enough to have a header'.repeat(10))
        return {
          undo: () => {
            undone = true
            fs.rmSync(file)
            fs.renameSync(`${file}.aside`, file)
          },
        }
      }),
    ).toThrow()
    expect(undone).toBe(true)
    expect(call('person-list', {}).rows.map((row) => row.name)).toEqual(['Kari'])
  })
})
