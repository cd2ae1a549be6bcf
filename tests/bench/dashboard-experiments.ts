import type { ComplianceRow } from '../../shared/api/trainings'
import {
  compareUrgency,
  computeCompliance,
  type AttendanceFact,
  type HolderRequirement,
} from '../../shared/stewardship/compliance'
import { today, type Ctx } from '../../main/context'
import type { Handler } from '../../main/handlers/registry'
import { complianceHandlers } from '../../main/handlers/trainings/compliance'
import type { BenchDb } from './bench-db'
import { tilesFloorSql, trainingStatusesSql } from './dashboard-floors'
import { experimentRow, explain, ms, preparedBy } from './experiment-tools'
import { measureAgainst, type BenchRow, type MeasureOptions } from './measure'
import { addDays } from '../../shared/dates'
import { nationalSeason, nationalToday } from './national'

/**
 * Why the dashboard misses its goal, and what would fix it. The training tile calls the whole
 * training-compliance handler (every current holder's requirements with names, sorted with
 * Intl.Collator) only to count statuses per group, and that handler's attendance query scans every
 * attendance row and re-runs the six-table requirements join per row (EXISTS).
 *
 * The fixes are measured by swapping the handler the dashboard looks up at call time
 * (complianceHandlers is a plain object), in this process only, and putting it back after each call.
 */

/** The columns the handler's requirements query returns (its own type is not exported). */
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
type ComplianceHandler = Handler<'training-compliance'>

const allInput = { groupId: null, trainingTypeId: null, status: 'all' } as const
const params = { groupId: null, typeId: null }

/** Fix B's lean requirements: what computeCompliance and the dashboard read, no names. Roles and people are FK-certain. */
const leanRequirementsSql = `WITH required AS (
  SELECT t.group_id AS groupId, t.person_id AS personId, t.from_date AS termFrom, q.training_type_id AS trainingTypeId,
    q.within_months AS withinMonths, y.validity_months AS validityMonths
  FROM role_terms t
    JOIN role_required_trainings q ON q.role_id = t.role_id
    JOIN training_types y ON y.id = q.training_type_id AND y.active = 1
    JOIN groups g ON g.id = t.group_id AND g.status != 'closed'
  WHERE t.to_date IS NULL)`

/** requirementStatus reads only the last attendance up to today and the next registration from today. */
const leanAttendanceSql = `${leanRequirementsSql}
  SELECT a.person_id AS personId, s.training_type_id AS trainingTypeId, max(s.date) AS date, 'attended' AS status
  FROM attendance a JOIN training_sessions s ON s.id = a.session_id
  WHERE a.status = 'attended' AND s.date <= @today
    AND (a.person_id, s.training_type_id) IN (SELECT personId, trainingTypeId FROM required)
  GROUP BY a.person_id, s.training_type_id
  UNION ALL
  SELECT a.person_id, s.training_type_id, min(s.date), 'registered'
  FROM attendance a JOIN training_sessions s ON s.id = a.session_id
  WHERE a.status = 'registered' AND s.date >= @today
    AND (a.person_id, s.training_type_id) IN (SELECT personId, trainingTypeId FROM required)
  GROUP BY a.person_id, s.training_type_id`

export async function dashboardExperiments(bench: BenchDb, options: MeasureOptions) {
  const { db, call } = bench
  const requirementsSql = preparedBy(bench, () => call('training-compliance', allInput), 'SELECT * FROM required')
  const attendanceSql = preparedBy(bench, () => call('training-compliance', allInput), 'FROM attendance a')
  const cte = requirementsSql.slice(0, requirementsSql.lastIndexOf('SELECT * FROM required'))
  // Fix A, drop-in: the same rows, the requirement set built once and attendance searched per person.
  const fasterAttendanceSql = `${cte}
    SELECT a.person_id AS personId, s.training_type_id AS trainingTypeId, s.date, a.status
    FROM attendance a JOIN training_sessions s ON s.id = a.session_id
    WHERE (a.person_id, s.training_type_id) IN (SELECT personId, trainingTypeId FROM required)`

  const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
  const fixA: ComplianceHandler = (ctx) => {
    const requirements = ctx.db.sqlite.prepare(requirementsSql).all(params) as RequirementRow[]
    const attendance = ctx.db.sqlite.prepare(fasterAttendanceSql).all(params) as AttendanceFact[]
    // The handler's own sort and mapping, for status 'all'.
    return computeCompliance(requirements, attendance, today(ctx))
      .sort(
        (a, b) =>
          compareUrgency(a, b) ||
          collator.compare(a.groupName, b.groupName) ||
          a.roleOrder - b.roleOrder ||
          collator.compare(a.personName, b.personName) ||
          a.trainingTypeId - b.trainingTypeId,
      )
      .map(({ roleNb, roleSv, roleEn, typeNb, typeSv, typeEn, roleOrder: _roleOrder, ...row }) => ({
        ...row,
        roleNames: { nb: roleNb, sv: roleSv, en: roleEn },
        trainingNames: { nb: typeNb, sv: typeSv, en: typeEn },
      }))
  }
  // Fix B: what the dashboard reads (group and status), still decided by the one computeCompliance.
  const fixB: ComplianceHandler = (ctx) => {
    const requirements = ctx.db.sqlite
      .prepare(`${leanRequirementsSql} SELECT * FROM required`)
      .all() as (HolderRequirement & {
      groupId: number
    })[]
    const attendance = ctx.db.sqlite.prepare(leanAttendanceSql).all({ today: today(ctx) }) as AttendanceFact[]
    return computeCompliance(requirements, attendance, today(ctx)) as unknown as ComplianceRow[]
  }
  // Fix C: the statuses decided in SQL, as the floor does; a second home for the rules, so only if B is not enough.
  const fixC: ComplianceHandler = (ctx) =>
    ctx.db.sqlite.prepare(trainingStatusesSql).all({ today: today(ctx) }) as ComplianceRow[]
  const computed = call('training-compliance', allInput)
  const precomputed: ComplianceHandler = () => computed

  const original = complianceHandlers['training-compliance']!
  const dashboard = () => call('dashboard-get', { season: nationalSeason, language: 'nb' })
  const withHandler = (handler: ComplianceHandler) => () => {
    complianceHandlers['training-compliance'] = handler
    try {
      return dashboard()
    } finally {
      complianceHandlers['training-compliance'] = original
    }
  }
  const expected = JSON.stringify(dashboard())
  const same = (handler: ComplianceHandler) => (JSON.stringify(withHandler(handler)()) === expected ? 'yes' : 'NO')
  const ctx: Ctx = { db, now: () => new Date(`${nationalToday}T12:00:00Z`) }
  const sameRows = JSON.stringify(fixA(ctx, allInput)) === JSON.stringify(computed) ? 'yes' : 'NO'

  const query = await measureAgainst(
    () => db.sqlite.prepare(attendanceSql).all(params),
    () => db.sqlite.prepare(fasterAttendanceSql).all(params),
    options,
  )
  const handler = await measureAgainst(
    () => call('training-compliance', allInput),
    () => fixA(ctx, allInput),
    options,
  )
  const a = await measureAgainst(dashboard, withHandler(fixA), options)
  const b = await measureAgainst(dashboard, withHandler(fixB), options)
  const c = await measureAgainst(dashboard, withHandler(fixC), options)
  const rest = await measureAgainst(dashboard, withHandler(precomputed), options)
  const tilesFloor = db.sqlite.prepare(tilesFloorSql)
  const floorParams = { season: nationalSeason, today: nationalToday, soon: addDays(nationalToday, 14) }
  const toFloor = async (handler: ComplianceHandler) => {
    const timing = await measureAgainst(withHandler(handler), () => tilesFloor.get(floorParams), options)
    return `; ratio to the one-SQL floor ${(timing.medianMs / timing.floorMs).toFixed(2)}`
  }

  const rows: BenchRow[] = [
    experimentRow(
      'A: training-compliance attendance query, EXISTS per row -> row-value IN',
      query.medianMs,
      query.floorMs,
      `query ${ms(query.medianMs)} -> ${ms(query.floorMs)}; whole handler ${ms(handler.medianMs)} -> ` +
        `${ms(handler.floorMs)}; identical rows: ${sameRows}`,
    ),
    experimentRow(
      'A: dashboard-get with the faster attendance query',
      a.medianMs,
      a.floorMs,
      `${ms(a.medianMs)} -> ${ms(a.floorMs)}; same dashboard: ${same(fixA)}`,
    ),
    experimentRow(
      'B: dashboard-get counting trainings from lean facts (no names, no sort)',
      b.medianMs,
      b.floorMs,
      `${ms(b.medianMs)} -> ${ms(b.floorMs)}; same dashboard: ${same(fixB)}${await toFloor(fixB)}`,
    ),
    experimentRow(
      "C: dashboard-get with training statuses decided in SQL (date 'floor' = addMonths)",
      c.medianMs,
      c.floorMs,
      `${ms(c.medianMs)} -> ${ms(c.floorMs)}; same dashboard: ${same(fixC)}${await toFloor(fixC)}`,
    ),
    experimentRow(
      'dashboard-get with compliance rows handed in (what the rest costs)',
      rest.medianMs,
      rest.floorMs,
      `${ms(rest.medianMs)} -> ${ms(rest.floorMs)}: all but the training tile`,
    ),
  ]
  const plans = [
    { title: 'training-compliance attendance (as is)', sql: attendanceSql, plan: explain(bench, attendanceSql) },
    { title: 'fix A: row-value IN', sql: fasterAttendanceSql, plan: explain(bench, fasterAttendanceSql) },
    { title: 'fix B: lean attendance facts', sql: leanAttendanceSql, plan: explain(bench, leanAttendanceSql) },
    { title: 'fix C: statuses in SQL', sql: trainingStatusesSql, plan: explain(bench, trainingStatusesSql) },
    { title: 'training-compliance requirements (as is)', sql: requirementsSql, plan: explain(bench, requirementsSql) },
  ]
  return { rows, plans }
}
