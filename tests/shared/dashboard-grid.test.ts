import { describe, expect, it } from 'vitest'
import { heldPerWeek, percent } from '../../shared/dashboard/charts'
import { problemCount, requirementCells, type GroupFacts } from '../../shared/dashboard/grid'

const fine: GroupFacts = {
  election: { id: 1, state: 'minutes_filed', heldOn: '2026-03-10', minutesFiledOn: '2026-03-20' },
  resultMissing: false,
  vacantMustRoles: [],
  handoversOpen: 0,
  handoversOverdue: 0,
  finance: {
    year: 2025,
    auditorAssigned: true,
    auditStatus: 'approved',
    annualReportOn: '2026-02-01',
    activityReportOn: '2026-02-02',
  },
  trainings: { overdue: 0, expired: 0, due: 0 },
}
const spring = { today: '2026-04-01', windowEnd: '2026-06-30' }
const autumn = { today: '2026-11-21', windowEnd: '2026-06-30' }

describe('requirementCells', () => {
  it('is all ok for a group that did everything', () => {
    const cells = requirementCells(fine, autumn)
    expect(Object.values(cells).map((cell) => cell.status)).toEqual(Array(9).fill('ok'))
    expect(problemCount(cells)).toBe(0)
  })

  it.each([
    ['no election, window open', { election: null }, spring, 'electionHeld', 'pending', 'state.not_planned'],
    ['no election, window closed', { election: null }, autumn, 'electionHeld', 'problem', 'state.not_planned'],
    [
      'planned, window closed',
      { election: { id: 1, state: 'planned' as const, heldOn: null, minutesFiledOn: null } },
      autumn,
      'electionHeld',
      'problem',
      'state.planned',
    ],
    [
      'held, result missing',
      { election: { id: 1, state: 'held' as const, heldOn: '2026-03-01', minutesFiledOn: null }, resultMissing: true },
      spring,
      'minutesFiled',
      'problem',
      'resultMissing',
    ],
    [
      'held recently',
      { election: { id: 1, state: 'held' as const, heldOn: '2026-03-30', minutesFiledOn: null } },
      spring,
      'minutesFiled',
      'pending',
      'minutesAwaited',
    ],
    ['a must-role vacant', { vacantMustRoles: ['Leder'] }, spring, 'mustRolesFilled', 'problem', 'vacant'],
    [
      'a handover overdue',
      { handoversOpen: 2, handoversOverdue: 1 },
      spring,
      'handoversDone',
      'problem',
      'handoversOverdue',
    ],
    ['a handover open in time', { handoversOpen: 1 }, spring, 'handoversDone', 'pending', 'handoversOpen'],
    [
      'no auditor',
      { finance: { ...fine.finance, auditorAssigned: false } },
      spring,
      'auditorAssigned',
      'problem',
      'auditorMissing',
    ],
    [
      'audit rejected',
      { finance: { ...fine.finance, auditStatus: 'rejected' as const } },
      spring,
      'auditApproved',
      'problem',
      'audit.rejected',
    ],
    [
      'audit in review',
      { finance: { ...fine.finance, auditStatus: 'in_review' as const } },
      autumn,
      'auditApproved',
      'pending',
      'audit.in_review',
    ],
    [
      'report missing in spring',
      { finance: { ...fine.finance, annualReportOn: null } },
      spring,
      'annualReport',
      'pending',
      'annualReportMissing',
    ],
    [
      'report missing in autumn',
      { finance: { ...fine.finance, activityReportOn: null } },
      autumn,
      'activityReport',
      'problem',
      'activityReportMissing',
    ],
    [
      'a training overdue',
      { trainings: { overdue: 1, expired: 0, due: 2 } },
      spring,
      'trainings',
      'problem',
      'trainingsMissing',
    ],
    [
      'a training only due',
      { trainings: { overdue: 0, expired: 0, due: 2 } },
      spring,
      'trainings',
      'pending',
      'trainingsDue',
    ],
  ] as const)('%s', (_name, change, clock, key, status, detail) => {
    const cells = requirementCells({ ...fine, ...change } as GroupFacts, clock)
    expect(cells[key]).toMatchObject({ status, detail })
  })
})

describe('heldPerWeek', () => {
  it('counts cumulatively per week of the window, this season stopping at today', () => {
    const points = heldPerWeek(
      {
        windowStart: '2026-01-01',
        windowEnd: '2026-01-28',
        heldOn: ['2026-01-02', '2026-01-09', '2026-01-10'],
        today: '2026-01-15',
      },
      { windowStart: '2025-01-01', heldOn: ['2025-01-20', '2024-12-30'] },
    )
    expect(points).toEqual([
      { week: 1, thisSeason: 1, lastSeason: 1 },
      { week: 2, thisSeason: 3, lastSeason: 1 },
      { week: 3, thisSeason: 3, lastSeason: 2 },
      { week: 4, thisSeason: null, lastSeason: 2 },
    ])
  })

  it('gives a whole percentage, and 100 % of nothing', () => {
    expect([percent(1, 3), percent(0, 0), percent(5, 5)]).toEqual([33, 100, 100])
  })
})
