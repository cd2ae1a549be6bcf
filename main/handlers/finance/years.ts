import type { FinanceYear, FinanceYearRow, Treasurer } from '../../../shared/api/finance'
import { AppError, conflict } from '../../../shared/errors'
import { presetLanguage } from '../../../shared/stewardship/presets'
import {
  auditStatusProblems,
  auditorField,
  auditorRefusal,
  auditorRoleKey,
  auditorTies,
  financeFlags,
  fiscalYear,
  type GroupTie,
} from '../../../shared/stewardship/finance'
import { timestamp, type Ctx } from '../../context'
import { getSettings } from '../settings'
import { getGroup } from '../groups'
import { getPerson } from '../people'
import { sortRows } from '../sorting'
import type { PartialHandlers } from '../registry'

type YearRecord = Omit<FinanceYearRow, 'treasurers' | 'flags'> & {
  typedName: string | null
  notes: string | null
  updatedAt: string | null
}

/**
 * Groups in a year's list: active now; or no longer active since a day after the year began (so it
 * was active in the year, as far as the record knows); or with something recorded for that year.
 * With a group id, that group whatever its status.
 */
const yearRecords = (ctx: Ctx, year: number, groupId: number | null) =>
  ctx.db.sqlite
    .prepare(
      `SELECT f.id, g.id AS groupId, g.name AS groupName, g.status AS groupStatus, @year AS year,
         f.cash_book_received_on AS cashBookReceivedOn, f.annual_report_received_on AS annualReportReceivedOn,
         f.activity_report_received_on AS activityReportReceivedOn, f.auditor_person_id AS auditorPersonId,
         coalesce(p.name, f.auditor_name) AS auditorName, f.auditor_name AS typedName,
         coalesce(f.auditor_contact, p.email, p.phone) AS auditorContact,
         f.auditor_override_reason AS auditorOverrideReason, coalesce(f.audit_status, 'not_assigned') AS auditStatus,
         f.audit_assigned_on AS auditAssignedOn, f.audit_decided_on AS auditDecidedOn, f.audit_remarks AS auditRemarks,
         f.notes, f.updated_at AS updatedAt
       FROM groups g
       LEFT JOIN finance_years f ON f.group_id = g.id AND f.year = @year
       LEFT JOIN people p ON p.id = f.auditor_person_id
       WHERE (@groupId IS NULL AND (g.status = 'active' OR g.status_since > @first OR f.id IS NOT NULL))
          OR g.id = @groupId`,
    )
    .all({ year, groupId, first: fiscalYear(year).first }) as YearRecord[]

/** Everyone who held the treasurer role in the year, per group; one query for all groups. */
function treasurersByGroup(ctx: Ctx, year: number, groupId: number | null) {
  const { first, last } = fiscalYear(year)
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT t.group_id AS groupId, t.person_id AS personId, p.name, t.from_date AS "from", t.to_date AS "to"
       FROM role_terms t JOIN roles r ON r.id = t.role_id JOIN people p ON p.id = t.person_id
       WHERE r.key = 'treasurer' AND t.from_date <= @last AND (t.to_date IS NULL OR t.to_date > @first)
         AND (@groupId IS NULL OR t.group_id = @groupId)
       ORDER BY t.from_date, t.id`,
    )
    .all({ first, last, groupId }) as (Treasurer & { groupId: number })[]
  const byGroup = new Map<number, Treasurer[]>()
  for (const { groupId: group, ...treasurer } of rows) byGroup.set(group, [...(byGroup.get(group) ?? []), treasurer])
  return byGroup
}

type TieRow = Omit<GroupTie, 'roleNames'> & {
  groupId: number
  roleNb: string | null
  roleSv: string | null
  roleEn: string | null
}

/**
 * Memberships and role terms overlapping the year (the pure rule decides; this only narrows), for
 * one group, or for every group whose recorded auditor has no override reason.
 */
function tiesByGroup(ctx: Ctx, year: number, groupId: number | null) {
  const { first, last } = fiscalYear(year)
  const groupsWanted = `(CASE WHEN @groupId IS NULL THEN group_id IN (SELECT group_id FROM finance_years
      WHERE year = @year AND auditor_override_reason IS NULL
        AND (auditor_person_id IS NOT NULL OR auditor_name IS NOT NULL)) ELSE group_id = @groupId END)`
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT * FROM (
         SELECT m.group_id, m.group_id AS groupId, 'member' AS kind, m.person_id AS personId, p.name AS personName,
           m.from_date AS "from", m.to_date AS "to", NULL AS roleKey, NULL AS roleNb, NULL AS roleSv, NULL AS roleEn
         FROM memberships m JOIN people p ON p.id = m.person_id
         WHERE m.from_date <= @last AND (m.to_date IS NULL OR m.to_date >= @first)
         UNION ALL
         SELECT t.group_id, t.group_id, 'role', t.person_id, p.name, t.from_date, t.to_date, r.key, r.name_nb,
           r.name_sv, r.name_en
         FROM role_terms t JOIN roles r ON r.id = t.role_id JOIN people p ON p.id = t.person_id
         WHERE t.from_date <= @last AND (t.to_date IS NULL OR t.to_date > @first) AND r.key <> @auditorRole
       ) WHERE ${groupsWanted}
       ORDER BY personName, "from"`,
    )
    .all({ first, last, year, groupId, auditorRole: auditorRoleKey }) as (TieRow & { group_id: number })[]
  const byGroup = new Map<number, GroupTie[]>()
  for (const { groupId: group, group_id: _groupColumn, roleNb, roleSv, roleEn, ...tie } of rows) {
    const roleNames = tie.kind === 'role' ? { nb: roleNb ?? '', sv: roleSv ?? '', en: roleEn ?? '' } : null
    byGroup.set(group, [...(byGroup.get(group) ?? []), { ...tie, roleNames }])
  }
  return byGroup
}

function toRow(record: YearRecord, treasurers: Treasurer[], ties: GroupTie[]): FinanceYearRow {
  const { typedName, notes: _notes, updatedAt: _updatedAt, ...row } = record
  const tied = auditorTies({ personId: record.auditorPersonId, name: typedName }, ties, record.year)
  return {
    ...row,
    treasurers,
    flags: financeFlags({ ...record, treasurerCount: treasurers.length, auditorTieCount: tied.length }),
  }
}

export function getFinanceYear(ctx: Ctx, groupId: number, year: number): FinanceYear {
  getGroup(ctx, groupId)
  const [record] = yearRecords(ctx, year, groupId)
  const treasurers = treasurersByGroup(ctx, year, groupId).get(groupId) ?? []
  const ties = tiesByGroup(ctx, year, groupId).get(groupId) ?? []
  return { ...toRow(record!, treasurers, ties), notes: record!.notes, updatedAt: record!.updatedAt, ties }
}

const language = (ctx: Ctx) => {
  const settings = getSettings(ctx)
  return settings.language ?? presetLanguage[settings.orgPreset]
}

export const financeYearHandlers: PartialHandlers = {
  'finance-year-list': (ctx, { year, groupId, problem }) => {
    const records = yearRecords(ctx, year, groupId ?? null)
    const treasurers = treasurersByGroup(ctx, year, groupId ?? null)
    const ties = tiesByGroup(ctx, year, groupId ?? null)
    const rows = records
      .map((record) => toRow(record, treasurers.get(record.groupId) ?? [], ties.get(record.groupId) ?? []))
      .filter((row) => !problem || (problem === 'any' ? row.flags.length > 0 : row.flags.includes(problem)))
    return { rows: sortRows(rows, 'groupName', 'asc') }
  },

  'finance-year-get': (ctx, { groupId, year }) => getFinanceYear(ctx, groupId, year),

  'finance-year-save': (ctx, input) => {
    getGroup(ctx, input.groupId)
    if (input.auditorPersonId !== null) getPerson(ctx, input.auditorPersonId)
    const auditor = {
      personId: input.auditorPersonId,
      name: input.auditorPersonId === null ? input.auditorName : null,
    }
    const contact = input.auditorPersonId === null && input.auditorName ? input.auditorContact : null
    const [problem] = auditStatusProblems({ ...input, auditorName: auditor.name })
    if (problem) throw new AppError('VALIDATION', problem.messageKey, problem.params, problem.field)

    const ties = tiesByGroup(ctx, input.year, input.groupId).get(input.groupId) ?? []
    const [tie] = auditorTies(auditor, ties, input.year)
    if (tie && !input.auditorOverrideReason) {
      const refusal = auditorRefusal(tie, language(ctx))
      throw conflict(refusal.messageKey, refusal.params, auditorField(auditor))
    }
    const values = {
      ...input,
      auditorName: auditor.name,
      auditorContact: contact,
      // Kept only while it accepts a tie; an independent auditor needs no reason.
      auditorOverrideReason: tie ? input.auditorOverrideReason : null,
      now: timestamp(ctx),
    }
    ctx.db.sqlite
      .prepare(
        `INSERT INTO finance_years (group_id, year, cash_book_received_on, annual_report_received_on,
           activity_report_received_on, auditor_person_id, auditor_name, auditor_contact, auditor_override_reason,
           audit_status, audit_assigned_on, audit_decided_on, audit_remarks, notes, created_at, updated_at)
         VALUES (@groupId, @year, @cashBookReceivedOn, @annualReportReceivedOn, @activityReportReceivedOn,
           @auditorPersonId, @auditorName, @auditorContact, @auditorOverrideReason, @auditStatus, @auditAssignedOn,
           @auditDecidedOn, @auditRemarks, @notes, @now, @now)
         ON CONFLICT (group_id, year) DO UPDATE SET
           cash_book_received_on = excluded.cash_book_received_on,
           annual_report_received_on = excluded.annual_report_received_on,
           activity_report_received_on = excluded.activity_report_received_on,
           auditor_person_id = excluded.auditor_person_id, auditor_name = excluded.auditor_name,
           auditor_contact = excluded.auditor_contact, auditor_override_reason = excluded.auditor_override_reason,
           audit_status = excluded.audit_status, audit_assigned_on = excluded.audit_assigned_on,
           audit_decided_on = excluded.audit_decided_on, audit_remarks = excluded.audit_remarks,
           notes = excluded.notes, updated_at = excluded.updated_at`,
      )
      .run(values)
    return getFinanceYear(ctx, input.groupId, input.year)
  },
}
