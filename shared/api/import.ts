import { z } from 'zod'
import { read, write } from './contract'
import { importFields, type ColumnMapping, type ImportField } from '../import/fields'
import { importLimits } from '../import/limits'
import { duplicateActions, type Duplicate } from '../import/plan'
import type { TextEncoding } from '../import/encoding'

export type { ColumnMapping, Duplicate, ImportField }

/** What is wrong with the file as a whole; nothing of it can be imported. */
export type FileProblem = { messageKey: string; params: Record<string, string | number> }

export type ImportFile = {
  fileName: string
  format: 'csv' | 'xlsx'
  /** How a CSV's bytes were read; null for XLSX. */
  encoding: TextEncoding | null
  delimiter: string | null
  headers: string[]
  /** Data rows, empty rows not counted. */
  rowCount: number
  /** The first rows, for the mapping step. */
  sample: string[][]
  /** Columns guessed from the header names. */
  guess: ColumnMapping
}

/** Where an upload is: its bytes still arriving, being read (XLSX is read off the request), read, or refused. */
export type ImportStatus =
  | { uploadId: string; state: 'receiving'; received: number; size: number }
  | { uploadId: string; state: 'parsing' }
  | { uploadId: string; state: 'ready'; file: ImportFile }
  | { uploadId: string; state: 'failed'; problem: FileProblem }

/** One line of the preview's report; `column` is the file's header of the cell. */
export type ImportProblem = {
  line: number
  field: ImportField | null
  column: string | null
  value: string
  messageKey: string
  params: Record<string, string | number>
}

export type ImportCounts = {
  rows: number
  /** Rows with at least one problem; they are skipped only when the user says so. */
  invalidRows: number
  /** Rows that will be imported (merged into an existing person or not). */
  applied: number
  newPeople: number
  merged: number
  newGroups: number
  memberships: number
  roleTerms: number
  /** Duplicates the user chose to skip. */
  skipped: number
  unresolved: number
  alreadyMember: number
  alreadyHolder: number
}

export type ImportPreview = {
  counts: ImportCounts
  /** At most `importLimits.listedProblems`, by line; `problemCount` counts them all. */
  problems: ImportProblem[]
  problemCount: number
  duplicates: Duplicate[]
  duplicateCount: number
  newGroupNames: string[]
}

export type ImportSummary = ImportCounts & { fileName: string }

const uploadId = z.uuid()
const column = z.number().int().min(0).max(importLimits.maxColumns).nullable().default(null)
const mapping = z.object(
  Object.fromEntries(importFields.map((field) => [field, column])) as Record<ImportField, typeof column>,
)
const action = z.enum(duplicateActions, { error: 'validation.choice' })
const decisions = z
  .object({
    all: action.nullable().default(null),
    rows: z
      .array(z.object({ line: z.number().int().min(1), action }))
      .max(importLimits.maxRows + 1)
      .default([]),
  })
  .default({ all: null, rows: [] })

/** Base64 of at most `chunkBytes` bytes. */
const chunk = z
  .string()
  .max(Math.ceil(importLimits.chunkBytes / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'validation.invalid')

export const importInput = z.object({ uploadId, mapping, decisions })

/**
 * Import of groups, people, memberships and current role holders from CSV or XLSX. The file's
 * bytes reach main in base64 chunks (browser mode bounds each request at 1 MiB), wait in main's
 * memory only (never in the record) while the user maps columns and resolves duplicates, and are
 * written by `import-commit` in one transaction. Only the commit writes.
 */
export const importApi = {
  /** A new upload of `size` bytes; refused above `importLimits.maxFileBytes`. */
  'import-begin': read(
    z.object({ fileName: z.string().trim().min(1).max(260), size: z.number().int().min(0) }),
  ).returns<{ uploadId: string; chunkBytes: number }>(),
  /** The next bytes, in order; the last one starts reading the file. */
  'import-chunk': read(z.object({ uploadId, offset: z.number().int().min(0), base64: chunk })).returns<ImportStatus>(),
  'import-status': read(z.object({ uploadId })).returns<ImportStatus>(),
  /** What the commit would do with this mapping and these decisions, and every row's problems. */
  'import-preview': read(importInput).returns<ImportPreview>(),
  /** All or nothing: refused while a row has a problem (unless skipInvalid) or a duplicate is undecided. */
  'import-commit': write(importInput.extend({ skipInvalid: z.boolean().default(false) }), [
    'groups',
    'people',
    'memberships',
    'roles',
  ]).returns<ImportSummary>(),
  /** Forgets an upload the user walked away from. */
  'import-discard': read(z.object({ uploadId })).returns<{ uploadId: string }>(),
}
