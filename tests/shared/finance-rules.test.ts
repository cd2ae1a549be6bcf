import { describe, expect, it } from 'vitest'
import { financeText } from '../../shared/i18n/sections/finance'
import {
  auditStatusProblems,
  auditorRefusal,
  auditorTies,
  financeFlags,
  membershipOverlapsYear,
  termOverlapsYear,
  type AuditFacts,
  type GroupTie,
} from '../../shared/stewardship/finance'

const member = (personId: number, personName: string, from: string, to: string | null = null): GroupTie => ({
  kind: 'member',
  personId,
  personName,
  from,
  to,
})
const role = (
  personId: number,
  personName: string,
  roleKey: string,
  from: string,
  to: string | null = null,
): GroupTie => ({
  kind: 'role',
  personId,
  personName,
  from,
  to,
  roleKey,
  roleNames: { nb: `${roleKey}-nb`, sv: `${roleKey}-sv`, en: `${roleKey}-en` },
})

describe('membershipOverlapsYear (the last day counts) and termOverlapsYear (the end day does not)', () => {
  it.each([
    ['ended the last day of the year before', '2020-01-01', '2024-12-31', false, false],
    ['ended on 1 January', '2020-01-01', '2025-01-01', true, false],
    ['ended on 2 January', '2020-01-01', '2025-01-02', true, true],
    ['began on 31 December', '2025-12-31', null, true, true],
    ['began the year after', '2026-01-01', null, false, false],
    ['open since long ago', '2010-05-05', null, true, true],
    ['inside the year', '2025-03-01', '2025-04-01', true, true],
  ])('%s', (_name, from, to, asMembership, asTerm) => {
    expect(membershipOverlapsYear({ from, to }, 2025)).toBe(asMembership)
    expect(termOverlapsYear({ from, to }, 2025)).toBe(asTerm)
  })
})

describe('auditorTies: the auditor must be outside the group in the year', () => {
  const ties = [
    member(1, 'Per Ødegård', '2024-09-01'),
    member(2, 'Kari Nordmann', '2018-01-01', '2024-12-31'),
    role(2, 'Kari Nordmann', 'treasurer', '2023-03-01', '2025-03-01'),
    role(3, 'Liv Berg', 'auditor', '2025-01-01'),
    role(4, 'Ola Åsen', 'leader', '2025-01-01', '2025-01-01'),
    member(5, 'Anne-Marie Lund', '2026-02-01'),
  ]
  it.each([
    ['a current member', { personId: 1, name: null }, ['member 1']],
    ['a treasurer of part of the year (the role, not the old membership)', { personId: 2, name: null }, ['role 2']],
    ['the holder of the auditor role itself', { personId: 3, name: null }, []],
    ['a term that ended the day it began, on 1 January', { personId: 4, name: null }, []],
    ['someone who joined the year after', { personId: 5, name: null }, []],
    ['someone outside the record’s ties', { personId: 99, name: null }, []],
    ['a typed name matching a member, any case and accents', { personId: null, name: ' PER   odegard ' }, ['member 1']],
    ['a typed name matching a role holder', { personId: null, name: 'kari nordmann' }, ['role 2']],
    ['a typed name of an outsider', { personId: null, name: 'Grete Revisor' }, []],
    ['no auditor', { personId: null, name: null }, []],
    ['a blank name', { personId: null, name: '   ' }, []],
    ['a person id wins over a typed name', { personId: 99, name: 'Per Ødegård' }, []],
  ])('%s', (_name, auditor, expected) => {
    expect(auditorTies(auditor, ties, 2025).map((tie) => `${tie.kind} ${tie.personId}`)).toEqual(expected)
  })

  it('names a role held before a membership', () => {
    const both = [member(7, 'Siri', '2020-01-01'), role(7, 'Siri', 'deputy', '2025-02-01')]
    expect(auditorTies({ personId: 7, name: null }, both, 2025)[0]!.kind).toBe('role')
  })
})

describe('auditorRefusal says why, in the UI language of the role', () => {
  it.each([
    [member(1, 'Per', '2024-09-01'), 'finance.errors.auditorIsMember', { name: 'Per', from: '2024-09-01' }],
    [
      member(1, 'Per', '2024-09-01', '2025-06-30'),
      'finance.errors.auditorWasMember',
      { name: 'Per', from: '2024-09-01', to: '2025-06-30' },
    ],
    [role(2, 'Kari', 'treasurer', '2023-03-01'), 'finance.errors.auditorHoldsRole', { role: 'treasurer-sv' }],
    [role(2, 'Kari', 'treasurer', '2023-03-01', '2025-03-01'), 'finance.errors.auditorHeldRole', { to: '2025-03-01' }],
  ])('%j', (tie, messageKey, params) => {
    const refusal = auditorRefusal(tie, 'sv')
    expect(refusal.messageKey).toBe(messageKey)
    expect(refusal.params).toMatchObject(params)
    const key = messageKey.replace('finance.errors.', '') as keyof typeof financeText.en.errors
    expect(financeText.en.errors[key]).toContain('outside the group')
  })
})

describe('auditStatusProblems', () => {
  const facts = (more: Partial<AuditFacts>): AuditFacts => ({
    auditStatus: 'not_assigned',
    auditorPersonId: null,
    auditorName: null,
    auditAssignedOn: null,
    auditDecidedOn: null,
    auditRemarks: null,
    ...more,
  })
  const withAuditor = { auditorPersonId: 3 }
  it.each([
    ['not assigned needs nothing', facts({}), []],
    ['assigned needs an auditor', facts({ auditStatus: 'assigned' }), ['auditorPersonId statusNeedsAuditor']],
    ['a typed name is an auditor', facts({ auditStatus: 'in_review', auditorName: 'Grete' }), []],
    [
      'approved needs an auditor and the decision date',
      facts({ auditStatus: 'approved' }),
      ['auditorPersonId statusNeedsAuditor', 'auditDecidedOn statusNeedsDecidedOn'],
    ],
    ['approved with both', facts({ auditStatus: 'approved', ...withAuditor, auditDecidedOn: '2026-03-01' }), []],
    [
      'approved with remarks needs remarks',
      facts({ auditStatus: 'approved_with_remarks', ...withAuditor, auditDecidedOn: '2026-03-01', auditRemarks: ' ' }),
      ['auditRemarks statusNeedsRemarks'],
    ],
    [
      'rejected needs remarks and a date',
      facts({ auditStatus: 'rejected', ...withAuditor }),
      ['auditDecidedOn statusNeedsDecidedOn', 'auditRemarks statusNeedsRemarks'],
    ],
    [
      'rejected with everything',
      facts({ auditStatus: 'rejected', ...withAuditor, auditDecidedOn: '2026-03-01', auditRemarks: 'No receipts' }),
      [],
    ],
    [
      'decided before assigned',
      facts({ auditStatus: 'approved', ...withAuditor, auditAssignedOn: '2026-03-02', auditDecidedOn: '2026-03-01' }),
      ['auditDecidedOn decidedBeforeAssigned'],
    ],
    [
      'decided the day it was assigned',
      facts({ auditStatus: 'approved', ...withAuditor, auditAssignedOn: '2026-03-01', auditDecidedOn: '2026-03-01' }),
      [],
    ],
  ])('%s', (_name, input, expected) => {
    expect(
      auditStatusProblems(input).map(
        (problem) => `${problem.field} ${problem.messageKey.replace('finance.errors.', '')}`,
      ),
    ).toEqual(expected)
  })
})

describe('financeFlags', () => {
  const complete = {
    treasurerCount: 1,
    cashBookReceivedOn: '2026-01-01',
    annualReportReceivedOn: '2026-01-01',
    activityReportReceivedOn: '2026-01-01',
    auditorPersonId: 3,
    auditorName: null,
    auditStatus: 'approved' as const,
    auditorTieCount: 0,
    auditorOverrideReason: null,
  }
  it.each([
    ['everything in place', {}, []],
    ['approved with remarks counts as approved', { auditStatus: 'approved_with_remarks' as const }, []],
    ['in review is not approved', { auditStatus: 'in_review' as const }, ['auditNotApproved']],
    ['rejected is not approved', { auditStatus: 'rejected' as const }, ['auditNotApproved']],
    ['no treasurer', { treasurerCount: 0 }, ['treasurerMissing']],
    [
      'reports missing',
      { cashBookReceivedOn: null, activityReportReceivedOn: null },
      ['cashBookMissing', 'activityReportMissing'],
    ],
    ['no auditor', { auditorPersonId: null }, ['auditorMissing']],
    ['a typed auditor name', { auditorPersonId: null, auditorName: 'Grete' }, []],
    ['a tied auditor', { auditorTieCount: 1 }, ['auditorNotIndependent']],
    ['a tied auditor with a reason', { auditorTieCount: 1, auditorOverrideReason: 'Only one' }, []],
  ])('%s', (_name, more, expected) => {
    expect(financeFlags({ ...complete, ...more })).toEqual(expected)
  })
})

describe('finance texts', () => {
  type Tree = { [key: string]: string | Tree }
  const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
    )
  it.each(['nb', 'sv'] as const)('%s has exactly the keys of en', (language) => {
    expect(keys(financeText[language]).sort()).toEqual(keys(financeText.en).sort())
  })
})
