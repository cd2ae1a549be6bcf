import { randomUUID } from 'node:crypto'
import type { FileProblem, ImportStatus } from '../../shared/api/import'
import { AppError } from '../../shared/errors'
import { guessMapping } from '../../shared/import/fields'
import { importLimits } from '../../shared/import/limits'
import { sniffKind } from '../../shared/import/encoding'
import type { Ctx } from '../context'
import type { Db } from '../db/open'
import { parseCsv, parseXlsx, type ImportTable, type ParseOutcome } from './parse'

/**
 * Uploads waiting to be imported. They live in main's memory only, never in the record: nothing
 * is written before the commit. Kept per open database (no module singleton across records), at
 * most a few at once and for an hour after last use.
 */
type Upload = {
  id: string
  fileName: string
  size: number
  parts: Buffer[]
  received: number
  touchedAt: number
  state: 'receiving' | 'parsing' | 'ready' | 'failed'
  table: ImportTable | null
  problem: FileProblem | null
  /** Settles when an asynchronous read (XLSX) has finished; for tests and the benchmark. */
  settled: Promise<void>
}

const maxUploads = 4
const idleMs = 60 * 60 * 1000
const stores = new WeakMap<Db, Map<string, Upload>>()

function store(ctx: Ctx): Map<string, Upload> {
  let uploads = stores.get(ctx.db)
  if (!uploads) {
    uploads = new Map()
    stores.set(ctx.db, uploads)
  }
  const now = ctx.now().getTime()
  for (const [id, upload] of uploads) if (now - upload.touchedAt > idleMs) uploads.delete(id)
  return uploads
}

const gone = () => new AppError('NOT_FOUND', 'importing.errors.uploadGone', {}, 'uploadId')

export function beginUpload(ctx: Ctx, fileName: string, size: number) {
  if (size === 0) throw new AppError('VALIDATION', 'importing.file.empty', {}, 'size')
  if (size > importLimits.maxFileBytes)
    throw new AppError(
      'VALIDATION',
      'importing.file.tooLarge',
      { maxMb: importLimits.maxFileBytes / 1024 / 1024 },
      'size',
    )
  const uploads = store(ctx)
  // The oldest upload makes room: a user has one import open, perhaps one abandoned in another window.
  while (uploads.size >= maxUploads) uploads.delete(uploads.keys().next().value!)
  const upload: Upload = {
    id: randomUUID(),
    fileName,
    size,
    parts: [],
    received: 0,
    touchedAt: ctx.now().getTime(),
    state: 'receiving',
    table: null,
    problem: null,
    settled: Promise.resolve(),
  }
  uploads.set(upload.id, upload)
  return { uploadId: upload.id, chunkBytes: importLimits.chunkBytes }
}

export function getUpload(ctx: Ctx, id: string): Upload {
  const upload = store(ctx).get(id)
  if (!upload) throw gone()
  upload.touchedAt = ctx.now().getTime()
  return upload
}

export const dropUpload = (ctx: Ctx, id: string) => store(ctx).delete(id)

function settle(upload: Upload, outcome: ParseOutcome) {
  if (outcome.ok) {
    upload.state = 'ready'
    upload.table = outcome.table
  } else {
    upload.state = 'failed'
    upload.problem = outcome.problem
  }
}

export function addChunk(ctx: Ctx, id: string, offset: number, base64: string): ImportStatus {
  const upload = getUpload(ctx, id)
  if (upload.state !== 'receiving' || offset !== upload.received)
    throw new AppError('CONFLICT', 'importing.errors.chunkOutOfOrder', {}, 'offset')
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length === 0 || upload.received + bytes.length > upload.size)
    throw new AppError('VALIDATION', 'importing.errors.chunkSize', {}, 'base64')
  upload.parts.push(bytes)
  upload.received += bytes.length
  if (upload.received === upload.size) {
    const whole = Buffer.concat(upload.parts)
    upload.parts = []
    if (sniffKind(whole) === 'zip') {
      upload.state = 'parsing'
      upload.settled = parseXlsx(whole).then(
        (outcome) => settle(upload, outcome),
        () => settle(upload, { ok: false, problem: { messageKey: 'importing.file.notXlsx', params: {} } }),
      )
    } else settle(upload, parseCsv(whole))
  }
  return statusOf(upload)
}

export function statusOf(upload: Upload): ImportStatus {
  const uploadId = upload.id
  switch (upload.state) {
    case 'receiving':
      return { uploadId, state: 'receiving', received: upload.received, size: upload.size }
    case 'parsing':
      return { uploadId, state: 'parsing' }
    case 'failed':
      return { uploadId, state: 'failed', problem: upload.problem! }
    case 'ready': {
      const table = upload.table!
      return {
        uploadId,
        state: 'ready',
        file: {
          fileName: upload.fileName,
          format: table.format,
          encoding: table.encoding,
          delimiter: table.delimiter,
          headers: table.headers,
          rowCount: table.rows.length,
          sample: table.rows.slice(0, importLimits.sampleRows),
          guess: guessMapping(table.headers),
        },
      }
    }
  }
}

/** The read file, or a refusal when it is not (yet) there. */
export function readyTable(ctx: Ctx, id: string): { upload: Upload; table: ImportTable } {
  const upload = getUpload(ctx, id)
  if (upload.state !== 'ready') throw new AppError('CONFLICT', 'importing.errors.notReady', {}, 'uploadId')
  return { upload, table: upload.table! }
}

/** Waits for an upload's asynchronous read, if any (tests, benchmark). */
export const uploadSettled = (ctx: Ctx, id: string) => getUpload(ctx, id).settled
