import type { ComplianceRow } from '../../../shared/api/trainings'
import {
  compareUrgency,
  computeCompliance,
  type AttendanceFact,
  type HolderRequirement,
} from '../../../shared/stewardship/compliance'
import { today, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'

type RequirementRow = HolderRequirement & {
  termId: number
  groupId: number
  groupName: string
  roleId: number
  roleOrder: number
  roleNb: string
  roleSv: string
  roleEn: string
  personName: string
  typeNb: string
  typeSv: string
  typeEn: string
}

/** Current holders (term open) of roles with required trainings, in groups that are not closed. */
const requirementsCte = `WITH required AS (
  SELECT t.id AS termId, t.group_id AS groupId, g.name AS groupName, t.role_id AS roleId, r.election_order AS roleOrder,
    r.name_nb AS roleNb, r.name_sv AS roleSv, r.name_en AS roleEn, t.person_id AS personId, p.name AS personName,
    t.from_date AS termFrom, q.training_type_id AS trainingTypeId, q.within_months AS withinMonths,
    y.name_nb AS typeNb, y.name_sv AS typeSv, y.name_en AS typeEn, y.validity_months AS validityMonths
  FROM role_terms t
    JOIN role_required_trainings q ON q.role_id = t.role_id
    JOIN training_types y ON y.id = q.training_type_id AND y.active = 1
    JOIN roles r ON r.id = t.role_id
    JOIN groups g ON g.id = t.group_id AND g.status != 'closed'
    JOIN people p ON p.id = t.person_id
  WHERE t.to_date IS NULL AND (@groupId IS NULL OR t.group_id = @groupId)
    AND (@typeId IS NULL OR q.training_type_id = @typeId))`

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/**
 * Attendance of exactly the people and trainings required: a row-value IN lets SQLite search
 * attendance by person through its index, instead of re-running the requirements per attendance row.
 */
const attendanceSql = `${requirementsCte}
  SELECT a.person_id AS personId, s.training_type_id AS trainingTypeId, s.date, a.status
  FROM attendance a JOIN training_sessions s ON s.id = a.session_id
  WHERE (a.person_id, s.training_type_id) IN (SELECT personId, trainingTypeId FROM required)`

type Scope = { groupId: number | null; typeId: number | null }

const attendanceFor = (ctx: Ctx, scope: Scope) => ctx.db.sqlite.prepare(attendanceSql).all(scope) as AttendanceFact[]

/**
 * Counts per group only, for the dashboard: the same rule (computeCompliance) over the few columns
 * it needs, without names or sorting.
 */
export function complianceCountsByGroup(ctx: Ctx) {
  const scope: Scope = { groupId: null, typeId: null }
  const requirements = ctx.db.sqlite
    .prepare(
      `${requirementsCte} SELECT groupId, personId, termFrom, trainingTypeId, withinMonths, validityMonths FROM required`,
    )
    .all(scope) as (HolderRequirement & { groupId: number })[]
  const perGroup = new Map<number, { overdue: number; expired: number; due: number }>()
  const totals = { done: 0, due: 0, overdue: 0, expired: 0 }
  for (const row of computeCompliance(requirements, attendanceFor(ctx, scope), today(ctx))) {
    totals[row.status]++
    if (row.status === 'done') continue
    const counts = perGroup.get(row.groupId) ?? { overdue: 0, expired: 0, due: 0 }
    counts[row.status]++
    perGroup.set(row.groupId, counts)
  }
  return { perGroup, totals }
}

export const complianceHandlers: PartialHandlers = {
  // Two queries for the whole region (requirements, then the attendance of those people at those
  // trainings); the state of each is derived by the pure, tested computeCompliance.
  'training-compliance': (ctx, input) => {
    const params = { groupId: input.groupId ?? null, typeId: input.trainingTypeId ?? null }
    const requirements = ctx.db.sqlite
      .prepare(`${requirementsCte} SELECT * FROM required`)
      .all(params) as RequirementRow[]
    const attendance = attendanceFor(ctx, params)
    const wanted = input.status
    return computeCompliance(requirements, attendance, today(ctx))
      .filter((row) => wanted === 'all' || (wanted === 'open' ? row.status !== 'done' : row.status === wanted))
      .sort(
        (a, b) =>
          compareUrgency(a, b) ||
          collator.compare(a.groupName, b.groupName) ||
          a.roleOrder - b.roleOrder ||
          collator.compare(a.personName, b.personName) ||
          a.trainingTypeId - b.trainingTypeId,
      )
      .map(({ roleNb, roleSv, roleEn, typeNb, typeSv, typeEn, roleOrder: _roleOrder, ...row }): ComplianceRow => ({
        ...row,
        roleNames: { nb: roleNb, sv: roleSv, en: roleEn },
        trainingNames: { nb: typeNb, sv: typeSv, en: typeEn },
      }))
  },
}
