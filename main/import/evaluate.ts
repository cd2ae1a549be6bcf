import type { ImportCounts, ImportProblem, ColumnMapping } from '../../shared/api/import'
import { AppError } from '../../shared/errors'
import { importFields } from '../../shared/import/fields'
import { planImport, type Decisions, type DuplicateAction, type ImportPlan } from '../../shared/import/plan'
import { readRow, roleFinder, type ImportRow, type RowProblem } from '../../shared/import/rows'
import { today, type Ctx } from '../context'
import type { ImportTable } from './parse'
import { loadSnapshot } from './snapshot'

export type Evaluation = { plan: ImportPlan; problems: ImportProblem[]; counts: ImportCounts }

/** A mapping that names the person and uses each column once, within the file's columns. */
function assertMapping(table: ImportTable, mapping: ColumnMapping) {
  if (mapping.name === null) throw new AppError('VALIDATION', 'importing.errors.nameNotMapped', {}, 'mapping.name')
  const used = new Set<number>()
  for (const field of importFields) {
    const column = mapping[field]
    if (column === null) continue
    if (column >= table.headers.length) throw new AppError('VALIDATION', 'validation.invalid', {}, `mapping.${field}`)
    if (used.has(column)) throw new AppError('VALIDATION', 'importing.errors.columnTwice', {}, `mapping.${field}`)
    used.add(column)
  }
}

/**
 * Checks every row of the file and plans the import against the record as it is now. The preview
 * shows this; the commit runs it again inside its transaction, so it writes exactly what the
 * record allows at that moment.
 */
export function evaluateImport(
  ctx: Ctx,
  table: ImportTable,
  mapping: ColumnMapping,
  choices: { all: DuplicateAction | null; rows: readonly { line: number; action: DuplicateAction }[] },
): Evaluation {
  assertMapping(table, mapping)
  const { record, roleChoices } = loadSnapshot(ctx)
  const context = { today: today(ctx), findRole: roleFinder(roleChoices) }
  const rows: ImportRow[] = []
  const rowProblems: RowProblem[] = []
  for (let index = 0; index < table.rows.length; index++) {
    const read = readRow(table.rows[index]!, table.lines[index]!, mapping, context)
    if (read.row) rows.push(read.row)
    else rowProblems.push(...read.problems)
  }
  const decisions: Decisions = { all: choices.all, byLine: new Map(choices.rows.map((row) => [row.line, row.action])) }
  const plan = planImport(rows, record, decisions, context.today)
  const problems = [...rowProblems, ...plan.problems]
    .sort((a, b) => a.line - b.line)
    .map((problem) => ({
      ...problem,
      column: problem.field === null ? null : (table.headers[mapping[problem.field] ?? -1] ?? null),
    }))
  const counts: ImportCounts = {
    rows: table.rows.length,
    invalidRows: new Set(problems.map((problem) => problem.line)).size,
    applied: plan.counts.applied,
    newPeople: plan.newPeople.length,
    merged: plan.counts.merged,
    newGroups: plan.newGroups.length,
    memberships: plan.memberships.length,
    roleTerms: plan.terms.length,
    skipped: plan.counts.skipped,
    unresolved: plan.counts.unresolved,
    alreadyMember: plan.counts.alreadyMember,
    alreadyHolder: plan.counts.alreadyHolder,
  }
  return { plan, problems, counts }
}
