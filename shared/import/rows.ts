import type { RoleNames } from '../api/roles'
import type { ColumnMapping, ImportField } from './fields'
import {
  isoDateFrom,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  requiredText,
  type Checked,
} from './values'
import { fold } from '../text'

/** One valid row of an import file, as the record will hold it. */
export type ImportRow = {
  /** The row's number as a spreadsheet shows it (the header is 1). */
  line: number
  name: string
  email: string | null
  phone: string | null
  group: string | null
  town: string | null
  roleId: number | null
  /** The role as the file wrote it, for messages. */
  roleText: string | null
  from: string | null
  to: string | null
}

/** What is wrong with one cell (or, with field null, one row), for the row-level report. */
export type RowProblem = {
  line: number
  field: ImportField | null
  value: string
  messageKey: string
  params: Record<string, string | number>
}

/** A role as the file may name it: by its key or by its name in any of the three languages. */
export type RoleChoice = { id: number; key: string; names: RoleNames }

/**
 * Finds a role by its key or any of its names, ignoring case and accents. A name with a remark in
 * brackets, "Revisor (ekstern)", is also found without it ("Revisor") and by the remark alone
 * ("SoMe"), unless another role already answers to that.
 */
export function roleFinder(roles: readonly RoleChoice[]): (text: string) => number | null {
  const byName = new Map<string, number>()
  const add = (name: string, id: number) => {
    const key = fold(name.trim())
    if (key && !byName.has(key)) byName.set(key, id)
  }
  for (const role of roles)
    for (const name of [role.key, role.names.nb, role.names.sv, role.names.en]) add(name, role.id)
  for (const role of roles)
    for (const name of [role.names.nb, role.names.sv, role.names.en]) {
      const bracket = /^(.*?)\s*\((.+)\)\s*$/.exec(name)
      if (!bracket) continue
      add(bracket[1]!, role.id)
      add(bracket[2]!, role.id)
    }
  return (text) => byName.get(fold(text.trim())) ?? null
}

export type RowContext = { today: string; findRole: (text: string) => number | null }

const checks: Record<ImportField, (raw: string) => Checked> = {
  name: (raw) => requiredText(raw, 160),
  email: optionalEmail,
  phone: optionalPhone,
  group: (raw) => optionalText(raw, 120),
  town: (raw) => optionalText(raw, 120),
  role: (raw) => optionalText(raw, 80),
  from: (raw) => optionalIsoDate(isoDateFrom(raw)),
  to: (raw) => optionalIsoDate(isoDateFrom(raw)),
}

const fieldOrder = Object.keys(checks) as ImportField[]

/**
 * Checks one row of the file against the same rules as the forms, plus what only an import
 * asks: a role must be in the catalogue, belongs to a group, and is recorded as held today
 * (no end date). Every problem of the row is reported, one per cell at most.
 */
export function readRow(
  cells: readonly string[],
  line: number,
  mapping: ColumnMapping,
  context: RowContext,
): { row: ImportRow; problems: null } | { row: null; problems: RowProblem[] } {
  const problems: RowProblem[] = []
  const values = {} as Record<ImportField, string | null>
  const raw = (field: ImportField) => {
    const column = mapping[field]
    return column === null ? '' : (cells[column] ?? '')
  }
  for (const field of fieldOrder) {
    const checked = checks[field](raw(field))
    if (checked.ok) values[field] = checked.value
    else {
      values[field] = null
      problems.push({ line, field, value: raw(field), messageKey: checked.messageKey, params: checked.params })
    }
  }
  const problem = (field: ImportField, messageKey: string, params: Record<string, string | number> = {}) =>
    problems.push({ line, field, value: raw(field), messageKey, params })

  let roleId: number | null = null
  if (values.role) {
    roleId = context.findRole(values.role)
    if (roleId === null) problem('role', 'importing.problems.unknownRole', { role: values.role })
    else if (!values.group && !problems.some((item) => item.field === 'group'))
      problem('role', 'importing.problems.roleWithoutGroup')
    else if (values.to) problem('to', 'importing.problems.roleWithEnd')
  }
  const endChecked = values.to && !problems.some((item) => item.field === 'to' || item.field === 'from')
  // A membership without a start runs from today, so an end before today needs its start.
  if (endChecked && !values.from && values.to! < context.today) problem('from', 'importing.problems.fromNeeded')
  else if (endChecked && values.from && values.to! < values.from) problem('to', 'validation.endBeforeStart')
  if (problems.length > 0) return { row: null, problems }
  return {
    row: {
      line,
      name: values.name!,
      email: values.email,
      phone: values.phone,
      group: values.group,
      town: values.town,
      roleId,
      roleText: values.role,
      from: values.from,
      to: values.to,
    },
    problems: null,
  }
}
