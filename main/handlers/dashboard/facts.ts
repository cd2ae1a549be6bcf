import type { Language } from '../../../shared/api/settings'
import type { GroupFacts } from '../../../shared/dashboard/grid'
import type { ElectionState } from '../../../shared/elections/lifecycle'
import type { Ctx } from '../../context'
import { termHandlers } from '../roles/terms'

type ElectionFact = {
  groupId: number
  id: number
  state: ElectionState
  meetingAt: string | null
  noticeSentOn: string | null
  candidacyDeadline: string | null
  heldOn: string | null
  minutesFiledOn: string | null
}

/** contactEmail: the group's own address, or else its current leader's. */
export type ActiveGroup = { id: number; name: string; town: string | null; contactEmail: string | null }

/** The season's facts for every active group, in one query per kind of fact (never one per group). */
export function gatherFacts(ctx: Ctx, season: number, today: string, language: Language) {
  const { sqlite } = ctx.db
  const groups = sqlite
    .prepare(
      `SELECT g.id, g.name, g.town, coalesce(g.contact_email, (
         SELECT p.email FROM role_terms t JOIN roles r ON r.id = t.role_id AND r.key = 'leader'
           JOIN people p ON p.id = t.person_id
         WHERE t.group_id = g.id AND t.to_date IS NULL AND p.email IS NOT NULL ORDER BY t.from_date DESC LIMIT 1)) AS contactEmail
       FROM groups g WHERE g.status = 'active'`,
    )
    .all() as ActiveGroup[]
  const elections = sqlite
    .prepare(
      `SELECT group_id AS groupId, id, state, meeting_at AS meetingAt, notice_sent_on AS noticeSentOn,
         candidacy_deadline AS candidacyDeadline, held_on AS heldOn, minutes_filed_on AS minutesFiledOn
       FROM elections WHERE season = ? AND kind = 'regular'`,
    )
    .all(season) as ElectionFact[]
  // The same rule and query as the Roles page's vacancies, so both always agree.
  const vacancies = termHandlers['vacancy-list']!(ctx, {}).map((vacancy) => ({
    groupId: vacancy.groupId,
    role: vacancy.roleNames[language],
  }))
  const mustRolesPerGroup = (
    sqlite
      .prepare("SELECT count(*) AS n FROM roles WHERE active = 1 AND requirement = 'must' AND selection = 'elected'")
      .get() as { n: number }
  ).n
  const handovers = sqlite
    .prepare(
      `SELECT h.group_id AS groupId, count(*) AS open, sum(h.due_on < @today) AS overdue
       FROM handovers h JOIN groups g ON g.id = h.group_id AND g.status = 'active'
       WHERE h.status IN ('open', 'in_progress') GROUP BY h.group_id`,
    )
    .all({ today }) as { groupId: number; open: number; overdue: number }[]
  const finance = sqlite
    .prepare(
      `SELECT group_id AS groupId, (auditor_person_id IS NOT NULL OR coalesce(auditor_name, '') != '') AS auditorAssigned,
         audit_status AS auditStatus, annual_report_received_on AS annualReportOn,
         activity_report_received_on AS activityReportOn
       FROM finance_years WHERE year = ?`,
    )
    .all(season - 1) as ({ groupId: number; auditorAssigned: number } & Omit<
    GroupFacts['finance'],
    'year' | 'auditorAssigned'
  >)[]
  return { groups, elections, vacancies, mustRolesPerGroup, handovers, finance }
}

export type Facts = ReturnType<typeof gatherFacts>

/** Groups rows of a list by their group id, once. */
export function byGroup<T extends { groupId: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const row of rows) {
    const list = map.get(row.groupId)
    if (list) list.push(row)
    else map.set(row.groupId, [row])
  }
  return map
}
