import { describe, expect, it } from 'vitest'
import {
  addMonths,
  compareUrgency,
  computeCompliance,
  requirementStatus,
  type AttendanceFact,
  type ComplianceResult,
  type HolderRequirement,
} from '../../shared/stewardship/compliance'

describe('addMonths', () => {
  it.each([
    ['2026-03-10', 6, '2026-09-10'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-10', 24, '2028-03-10'],
    ['2026-03-10', -3, '2025-12-10'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })
})

/** A leader since 2026-01-10 who must attend within 6 months (deadline 2026-07-10); attendance counts 24 months. */
const leader: HolderRequirement = {
  personId: 1,
  termFrom: '2026-01-10',
  trainingTypeId: 7,
  withinMonths: 6,
  validityMonths: 24,
}
const at = (date: string, status: AttendanceFact['status'] = 'attended', more: Partial<AttendanceFact> = {}) => ({
  personId: 1,
  trainingTypeId: 7,
  date,
  status,
  ...more,
})

type Case = [
  name: string,
  today: string,
  facts: AttendanceFact[],
  expected: Partial<ComplianceResult>,
  requirement?: Partial<HolderRequirement>,
]

describe('requirementStatus', () => {
  it.each<Case>([
    ['nothing recorded, within the months: due', '2026-03-15', [], { status: 'due', dueOn: '2026-07-10' }],
    ['nothing recorded, on the deadline itself: still due', '2026-07-10', [], { status: 'due' }],
    ['nothing recorded, the day after the deadline: overdue', '2026-07-11', [], { status: 'overdue' }],
    [
      'the term started today: due, with the deadline months ahead',
      '2026-03-15',
      [],
      { status: 'due', dueOn: '2026-09-15', lastAttendedOn: null },
      { termFrom: '2026-03-15' },
    ],
    [
      'attended exactly on the deadline: done',
      '2026-08-01',
      [at('2026-07-10')],
      { status: 'done', lastAttendedOn: '2026-07-10', expiresOn: '2028-07-10' },
    ],
    [
      'attended after the deadline: done all the same (late, but done)',
      '2026-09-01',
      [at('2026-08-20')],
      { status: 'done', lastAttendedOn: '2026-08-20' },
    ],
    [
      'attended before the term started and still valid: done',
      '2026-03-15',
      [at('2025-05-01')],
      { status: 'done', lastAttendedOn: '2025-05-01', expiresOn: '2027-05-01' },
    ],
    [
      'validity boundary: the last day it counts',
      '2027-04-30',
      [at('2025-05-01')],
      { status: 'done', expiresOn: '2027-05-01' },
    ],
    [
      'validity boundary: lapses on the day validity months later',
      '2027-05-01',
      [at('2025-05-01')],
      { status: 'expired', expiredOn: '2027-05-01', lastAttendedOn: '2025-05-01', expiresOn: null },
    ],
    [
      'attended before the term but lapsed before it started: expired, not due',
      '2026-03-15',
      [at('2023-06-01')],
      { status: 'expired', expiredOn: '2025-06-01', dueOn: '2026-07-10' },
    ],
    ['a no-show does not count', '2026-03-15', [at('2026-02-01', 'no_show')], { status: 'due', lastAttendedOn: null }],
    [
      'being registered for a past session does not count',
      '2026-08-15',
      [at('2026-02-01', 'registered')],
      { status: 'overdue', lastAttendedOn: null, nextSessionOn: null },
    ],
    [
      'registered for a coming session: still due, the session shown',
      '2026-03-15',
      [at('2026-04-20', 'registered'), at('2026-05-20', 'registered')],
      { status: 'due', nextSessionOn: '2026-04-20' },
    ],
    [
      'several sessions: the latest attended counts',
      '2027-06-01',
      [at('2024-01-15'), at('2025-09-01'), at('2025-03-01'), at('2026-02-01', 'no_show')],
      { status: 'done', lastAttendedOn: '2025-09-01', expiresOn: '2027-09-01' },
    ],
    [
      'several sessions, all lapsed: expired from the latest',
      '2028-01-01',
      [at('2023-01-15'), at('2025-09-01')],
      { status: 'expired', expiredOn: '2027-09-01', lastAttendedOn: '2025-09-01' },
    ],
    [
      'a training without validity never lapses',
      '2040-01-01',
      [at('2020-01-01')],
      { status: 'done', expiresOn: null },
      { validityMonths: null },
    ],
    [
      '"attended" on a session still in the future does not count yet',
      '2026-03-15',
      [at('2026-04-01')],
      { status: 'due', lastAttendedOn: null },
    ],
    ['a session attended today counts', '2026-03-15', [at('2026-03-15')], { status: 'done' }],
    [
      'someone else’s attendance, or another training, does not count',
      '2026-08-01',
      [at('2026-02-01', 'attended', { personId: 2 }), at('2026-02-01', 'attended', { trainingTypeId: 8 })],
      { status: 'overdue' },
    ],
    ['zero months: due only on the first day', '2026-01-11', [], { status: 'overdue' }, { withinMonths: 0 }],
  ])('%s', (_name, today, facts, expected, requirement = {}) => {
    expect(requirementStatus({ ...leader, ...requirement }, facts, today)).toMatchObject(expected)
  })
})

describe('computeCompliance', () => {
  it('keeps each row’s own fields and gives each holder only their own attendance', () => {
    const rows = computeCompliance(
      [
        { ...leader, label: 'Kari, leader' },
        { ...leader, personId: 2, label: 'Ola, leader' },
        { ...leader, trainingTypeId: 8, label: 'Kari, SoMe' },
      ],
      [at('2026-02-01'), at('2025-01-01', 'attended', { personId: 2, trainingTypeId: 8 })],
      '2026-08-01',
    )
    expect(rows.map((row) => [row.label, row.status])).toEqual([
      ['Kari, leader', 'done'],
      ['Ola, leader', 'overdue'],
      ['Kari, SoMe', 'overdue'],
    ])
  })
})

describe('compareUrgency', () => {
  it('puts overdue first, then lapsed, due and done, earliest deadline first within each', () => {
    const row = (status: ComplianceResult['status'], dueOn: string): ComplianceResult => ({
      status,
      dueOn,
      lastAttendedOn: null,
      expiresOn: null,
      expiredOn: null,
      nextSessionOn: null,
    })
    const sorted = [
      row('done', '2026-01-01'),
      row('due', '2026-09-01'),
      row('overdue', '2026-05-01'),
      row('due', '2026-07-01'),
      row('expired', '2026-01-01'),
      row('overdue', '2026-02-01'),
    ].sort(compareUrgency)
    expect(sorted.map((r) => `${r.status} ${r.dueOn}`)).toEqual([
      'overdue 2026-02-01',
      'overdue 2026-05-01',
      'expired 2026-01-01',
      'due 2026-07-01',
      'due 2026-09-01',
      'done 2026-01-01',
    ])
  })
})
