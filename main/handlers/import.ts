import { conflict } from '../../shared/errors'
import { importLimits } from '../../shared/import/limits'
import { evaluateImport } from '../import/evaluate'
import { addChunk, beginUpload, dropUpload, getUpload, readyTable, statusOf } from '../import/staging'
import { writePlan } from '../import/write'
import type { PartialHandlers } from './registry'

/** Import from CSV and XLSX: uploads wait in memory; only `import-commit` writes, in one transaction. */
export const importHandlers: PartialHandlers = {
  'import-begin': (ctx, { fileName, size }) => beginUpload(ctx, fileName, size),

  'import-chunk': (ctx, { uploadId, offset, base64 }) => addChunk(ctx, uploadId, offset, base64),

  'import-status': (ctx, { uploadId }) => statusOf(getUpload(ctx, uploadId)),

  'import-preview': (ctx, { uploadId, mapping, decisions }) => {
    const { table } = readyTable(ctx, uploadId)
    const { plan, problems, counts } = evaluateImport(ctx, table, mapping, decisions)
    return {
      counts,
      problems: problems.slice(0, importLimits.listedProblems),
      problemCount: problems.length,
      duplicates: plan.duplicates.slice(0, importLimits.listedDuplicates),
      duplicateCount: plan.duplicates.length,
      newGroupNames: plan.newGroups.map((group) => group.name),
    }
  },

  'import-commit': (ctx, { uploadId, mapping, decisions, skipInvalid }) => {
    const { upload, table } = readyTable(ctx, uploadId)
    // Checked again inside this transaction: the record may have changed since the preview.
    const { plan, counts } = evaluateImport(ctx, table, mapping, decisions)
    if (counts.unresolved > 0) throw conflict('importing.errors.unresolved', { count: counts.unresolved })
    if (counts.invalidRows > 0 && !skipInvalid)
      throw conflict('importing.errors.invalidRows', { count: counts.invalidRows })
    if (counts.applied === 0) throw conflict('importing.errors.nothingToImport')
    writePlan(ctx, plan)
    dropUpload(ctx, uploadId)
    return { ...counts, fileName: upload.fileName }
  },

  'import-discard': (ctx, { uploadId }) => {
    dropUpload(ctx, uploadId)
    return { uploadId }
  },
}
