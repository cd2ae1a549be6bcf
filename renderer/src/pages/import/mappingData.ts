import type { ColumnMapping } from '../../../../shared/api/import'
import { importFields, type ImportField } from '../../../../shared/import/fields'

export type MappingProblem = { kind: 'required' } | { kind: 'twice'; other: ImportField }

/** What main would refuse in a mapping, per field: no name column, or a column given twice. */
export function mappingProblems(mapping: ColumnMapping): Partial<Record<ImportField, MappingProblem>> {
  const problems: Partial<Record<ImportField, MappingProblem>> = {}
  if (mapping.name === null) problems.name = { kind: 'required' }
  const firstUse = new Map<number, ImportField>()
  for (const field of importFields) {
    const column = mapping[field]
    if (column === null) continue
    const other = firstUse.get(column)
    if (other) problems[field] = { kind: 'twice', other }
    else firstUse.set(column, field)
  }
  return problems
}

/** The first few non-empty values of a column in the sample rows. */
export const sampleValues = (sample: readonly string[][], column: number, count = 3) =>
  sample
    .map((row) => (row[column] ?? '').trim())
    .filter(Boolean)
    .slice(0, count)

export const unusedColumns = (columnCount: number, mapping: ColumnMapping) => {
  const used = new Set(Object.values(mapping))
  return Array.from({ length: columnCount }, (_, index) => index).filter((index) => !used.has(index))
}
