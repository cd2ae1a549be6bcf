import { z } from 'zod'
import { read, write, writeOwnTransaction, type Topic } from './contract'

export const backupKinds = ['daily', 'migration', 'manual', 'restore', 'upload', 'handover'] as const
export type BackupKind = (typeof backupKinds)[number]

/** One file in the backups folder next to the record; every one was verified (integrity_check) when written. */
export type BackupFile = { name: string; kind: BackupKind; createdAt: string; size: number }

export type BackupStatus = {
  /** False for a record kept only in memory (tests, previews): there is no file to copy. */
  available: boolean
  databasePath: string
  folder: string | null
  keep: number
  backups: BackupFile[]
  /** Rows whose foreign key points nowhere, found by the check at open (0 is healthy). */
  foreignKeyProblems: number
}

/** A file handed to the renderer, which saves it with the browser's download (Electron: a save dialog). */
export type BackupBytes = { fileName: string; base64: string }

export type RestoreResult = { restored: string; safetyCopy: string }
export type UploadProgress = { received: number; name: string | null }

const backupName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, 'validation.required')
  .max(200, 'validation.tooLong')
  .regex(/^[^/\\]+\.sqlite$/, 'validation.invalid')

/** Base64 chunks stay well under the browser server's body limit (1 MiB). */
export const uploadChunkChars = 512 * 1024

/** A restore replaces everything, so every part of the record is announced. */
const everything: Topic[] = [
  'settings',
  'groups',
  'people',
  'memberships',
  'elections',
  'roles',
  'trainings',
  'finance',
]

// The file operations are 'read' as far as the record goes: they never change it, only the backups folder.
export const backupApi = {
  'backup-status': read(z.object({}).optional()).returns<BackupStatus>(),
  'backup-create': read(z.object({}).optional()).returns<BackupFile>(),
  /** A copy named for the region and the day, for the next regional leader. */
  'backup-handover-create': read(z.object({}).optional()).returns<BackupFile & { fileName: string }>(),
  'backup-download': read(z.object({ name: backupName })).returns<BackupBytes>(),
  'backup-delete': read(z.object({ name: backupName })).returns<{ deleted: string }>(),
  /** Uploads a file chosen by the user in parts; the last part verifies it and files it as an 'upload' backup. */
  'backup-upload': read(
    z.object({
      uploadId: z.string().regex(/^[a-z0-9-]{8,64}$/, 'validation.invalid'),
      offset: z
        .number()
        .int()
        .min(0)
        .max(2 ** 40),
      data: z
        .string()
        .max(uploadChunkChars, 'validation.tooLong')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid'),
      done: z.boolean(),
    }),
  ).returns<UploadProgress>(),
  /** Keeps the current record as a 'restore' backup, then replaces it with the chosen backup and reopens. */
  'backup-restore': writeOwnTransaction(
    z.object({ name: backupName, confirm: z.literal(true) }),
    everything,
  ).returns<RestoreResult>(),
  'backup-settings-update': write(z.object({ keep: z.number().int().min(1).max(365) }), ['settings']).returns<{
    keep: number
  }>(),
}
