import type { ElectionState } from '../elections/lifecycle'
import { isHeld } from '../elections/lifecycle'

/** The columns of the group × requirement grid, in the order a season unfolds. */
export const requirementKeys = [
  'electionHeld',
  'minutesFiled',
  'mustRolesFilled',
  'handoversDone',
  'auditorAssigned',
  'auditApproved',
  'annualReport',
  'activityReport',
  'trainings',
] as const
export type RequirementKey = (typeof requirementKeys)[number]

/** ok: done; problem: needs a call; pending: not due yet; na: does not apply. Never shown by colour alone. */
export type CellStatus = 'ok' | 'problem' | 'pending' | 'na'

export type Cell = {
  status: CellStatus
  /** i18n key under `dashboard.cells` and its parameters: the tooltip and the readable text. */
  detail: string
  params: Record<string, string | number>
}

/** Everything the grid knows about one group in one season, gathered by a few set-based queries. */
export type GroupFacts = {
  election: { id: number; state: ElectionState; heldOn: string | null; minutesFiledOn: string | null } | null
  resultMissing: boolean
  vacantMustRoles: string[]
  handoversOpen: number
  handoversOverdue: number
  finance: {
    year: number
    auditorAssigned: boolean
    auditStatus: 'not_assigned' | 'assigned' | 'in_review' | 'approved' | 'approved_with_remarks' | 'rejected'
    annualReportOn: string | null
    activityReportOn: string | null
  }
  trainings: { overdue: number; expired: number; due: number }
}

export type SeasonClock = { today: string; windowEnd: string }

const cell = (status: CellStatus, detail: string, params: Record<string, string | number> = {}): Cell => ({
  status,
  detail,
  params,
})

/**
 * One group's row: each requirement's state with a reason a person can read. Before the election
 * window closes, a missing election or report is pending, not a problem.
 */
export function requirementCells(facts: GroupFacts, clock: SeasonClock): Record<RequirementKey, Cell> {
  const windowClosed = clock.today > clock.windowEnd
  const { election, finance, trainings } = facts
  const held = election !== null && isHeld(election.state)
  const reportDue = (on: string | null, key: 'annualReport' | 'activityReport') =>
    on
      ? cell('ok', `${key}Received`, { on })
      : cell(windowClosed ? 'problem' : 'pending', `${key}Missing`, { year: finance.year })
  return {
    electionHeld: held
      ? cell('ok', 'heldOn', { on: election.heldOn ?? '' })
      : cell(windowClosed ? 'problem' : 'pending', election ? `state.${election.state}` : 'state.not_planned'),
    minutesFiled: election?.minutesFiledOn
      ? cell('ok', 'minutesFiledOn', { on: election.minutesFiledOn })
      : held
        ? cell(facts.resultMissing ? 'problem' : 'pending', facts.resultMissing ? 'resultMissing' : 'minutesAwaited')
        : cell('na', 'notHeldYet'),
    mustRolesFilled:
      facts.vacantMustRoles.length === 0
        ? cell('ok', 'allFilled')
        : cell('problem', 'vacant', { roles: facts.vacantMustRoles.join(', '), count: facts.vacantMustRoles.length }),
    handoversDone:
      facts.handoversOverdue > 0
        ? cell('problem', 'handoversOverdue', { count: facts.handoversOverdue })
        : facts.handoversOpen > 0
          ? cell('pending', 'handoversOpen', { count: facts.handoversOpen })
          : cell('ok', 'noHandoversOpen'),
    auditorAssigned: finance.auditorAssigned
      ? cell('ok', 'auditorAssigned', { year: finance.year })
      : cell('problem', 'auditorMissing', { year: finance.year }),
    auditApproved:
      finance.auditStatus === 'approved' || finance.auditStatus === 'approved_with_remarks'
        ? cell('ok', `audit.${finance.auditStatus}`, { year: finance.year })
        : cell(
            finance.auditStatus === 'rejected' || (windowClosed && finance.auditStatus !== 'in_review')
              ? 'problem'
              : 'pending',
            `audit.${finance.auditStatus}`,
            { year: finance.year },
          ),
    annualReport: reportDue(finance.annualReportOn, 'annualReport'),
    activityReport: reportDue(finance.activityReportOn, 'activityReport'),
    trainings:
      trainings.overdue + trainings.expired > 0
        ? cell('problem', 'trainingsMissing', { count: trainings.overdue + trainings.expired })
        : trainings.due > 0
          ? cell('pending', 'trainingsDue', { count: trainings.due })
          : cell('ok', 'trainingsDone'),
  }
}

export const problemCount = (cells: Record<RequirementKey, Cell>) =>
  requirementKeys.filter((key) => cells[key].status === 'problem').length
