import fs from 'node:fs'
import path from 'node:path'
import type { BackupFile } from '../../shared/api/backup'
import { today, type Ctx } from '../context'
import { backupFolder, listBackups, resolveBackup } from '../backup/files'
import { backupFailed, noRecordFile } from '../backup/problems'
import { restoreBackup } from '../backup/restore'
import { receiveUpload } from '../backup/upload'
import { keepSetting, writeBackup } from '../backup/write'
import { AppError } from '../../shared/errors'
import type { PartialHandlers } from './registry'

function recordFile(ctx: Ctx) {
  if (ctx.db.path === ':memory:') throw noRecordFile()
  return ctx.db.path
}

function backupNow(ctx: Ctx, kind: 'manual' | 'handover'): BackupFile {
  const file = recordFile(ctx)
  try {
    return writeBackup(ctx.db.sqlite, file, kind, ctx.db.options)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw backupFailed()
  }
}

/** 'Region Nord' on 2026-03-15 → 'region-desk-region-nord-2026-03-15.sqlite': what the next leader receives. */
export function handoverFileName(regionName: string | null, day: string) {
  const slug = (regionName ?? '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `region-desk-${slug ? `${slug}-` : ''}${day}.sqlite`
}

const regionName = (ctx: Ctx) =>
  ctx.db.sqlite.prepare('SELECT region_name FROM settings WHERE id = 1').pluck().get() as string | null

export const backupHandlers: PartialHandlers = {
  'backup-status': (ctx) => {
    const inMemory = ctx.db.path === ':memory:'
    return {
      available: !inMemory,
      databasePath: ctx.db.path,
      folder: inMemory ? null : backupFolder(ctx.db.path),
      keep: keepSetting(ctx.db.sqlite),
      backups: inMemory ? [] : listBackups(ctx.db.path),
      foreignKeyProblems: ctx.db.checks.foreignKeyProblems,
    }
  },

  'backup-create': (ctx) => backupNow(ctx, 'manual'),

  'backup-handover-create': (ctx) => ({
    ...backupNow(ctx, 'handover'),
    fileName: handoverFileName(regionName(ctx), today(ctx)),
  }),

  'backup-download': (ctx, { name }) => {
    const file = resolveBackup(recordFile(ctx), name)
    const kind = listBackups(ctx.db.path).find((backup) => backup.name === name)?.kind
    const day = name.match(/_(\d{4}-\d{2}-\d{2})T/)?.[1] ?? today(ctx)
    return {
      fileName: kind === 'handover' ? handoverFileName(regionName(ctx), day) : name,
      base64: fs.readFileSync(file).toString('base64'),
    }
  },

  'backup-delete': (ctx, { name }) => {
    fs.rmSync(resolveBackup(recordFile(ctx), name))
    return { deleted: path.basename(name) }
  },

  'backup-upload': (ctx, part) => receiveUpload(recordFile(ctx), part, ctx.db.options),

  'backup-restore': (ctx, { name }) => restoreBackup(ctx, name),

  'backup-settings-update': (ctx, { keep }) => {
    ctx.db.sqlite.prepare('UPDATE settings SET backup_keep = ? WHERE id = 1').run(keep)
    return { keep }
  },
}
