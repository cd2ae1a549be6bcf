import type { FieldProblem } from '../validation'
import { fold } from '../text'

/**
 * The rules of a group's fiscal year (a calendar year): who may audit it, and what each audit
 * status needs. Pure, so the form shows the same refusal the save handler gives.
 */

export const auditStatuses = [
  'not_assigned',
  'assigned',
  'in_review',
  'approved',
  'approved_with_remarks',
  'rejected',
] as const
export type AuditStatus = (typeof auditStatuses)[number]

const decided: readonly AuditStatus[] = ['approved', 'approved_with_remarks', 'rejected']
const needsRemarks: readonly AuditStatus[] = ['approved_with_remarks', 'rejected']
export const isAuditDecided = (status: AuditStatus) => decided.includes(status)
export const isAuditApproved = (status: AuditStatus) => status === 'approved' || status === 'approved_with_remarks'

export const fiscalYear = (year: number) => ({ first: `${year}-01-01`, last: `${year}-12-31` })

/** Memberships include their last day. */
export const membershipOverlapsYear = (period: { from: string; to: string | null }, year: number) => {
  const { first, last } = fiscalYear(year)
  return period.from <= last && (period.to === null || period.to >= first)
}

/** Role terms cover [from, to): a term ending on 1 January was over before the year began. */
export const termOverlapsYear = (period: { from: string; to: string | null }, year: number) => {
  const { first, last } = fiscalYear(year)
  return period.from <= last && (period.to === null || period.to > first)
}

/** A tie to the group: a membership, or a term in one of its roles. */
export type GroupTie = {
  kind: 'member' | 'role'
  personId: number
  personName: string
  from: string
  to: string | null
  /** For role terms: the role's key and names. */
  roleKey?: string | null
  roleNames?: { nb: string; sv: string; en: string } | null
}

export type AuditorChoice = { personId: number | null; name: string | null }

/** The auditor role is the external auditor's own appointment, so holding it is no tie to the group. */
export const auditorRoleKey = 'auditor'

const sameName = (a: string, b: string) => fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim()

/**
 * The ties that make this auditor not independent of the group in that year: being a member of
 * the group, or holding one of its roles, at any time in the year. A name typed for someone not
 * in the record counts when it matches such a person's name (ignoring case and accents).
 */
export function auditorTies(auditor: AuditorChoice, ties: readonly GroupTie[], year: number): GroupTie[] {
  const name = auditor.name?.trim() ?? ''
  if (auditor.personId === null && name === '') return []
  return ties
    .filter((tie) => (tie.kind === 'member' ? membershipOverlapsYear(tie, year) : termOverlapsYear(tie, year)))
    .filter((tie) => tie.kind === 'member' || tie.roleKey !== auditorRoleKey)
    .filter((tie) => (auditor.personId !== null ? tie.personId === auditor.personId : sameName(tie.personName, name)))
    .sort((a, b) => (a.kind === b.kind ? a.from.localeCompare(b.from) : a.kind === 'role' ? -1 : 1))
}

export type Language = 'nb' | 'sv' | 'en'

/**
 * Why the auditor is refused, as a message key and parameters naming the tie (a role held is
 * named before a membership, since it is the stronger tie). The role is named in `language`.
 */
export function auditorRefusal(
  tie: GroupTie,
  language: Language,
): { messageKey: string; params: Record<string, string> } {
  const base = { name: tie.personName, from: tie.from, to: tie.to ?? '' }
  if (tie.kind === 'role') {
    const role = tie.roleNames?.[language] ?? tie.roleKey ?? ''
    return {
      messageKey: tie.to ? 'finance.errors.auditorHeldRole' : 'finance.errors.auditorHoldsRole',
      params: { ...base, role },
    }
  }
  return { messageKey: tie.to ? 'finance.errors.auditorWasMember' : 'finance.errors.auditorIsMember', params: base }
}

export type AuditorField = 'auditorPersonId' | 'auditorName'
export const auditorField = (auditor: AuditorChoice): AuditorField =>
  auditor.personId !== null ? 'auditorPersonId' : 'auditorName'

export type AuditFacts = {
  auditStatus: AuditStatus
  auditorPersonId: number | null
  auditorName: string | null
  auditAssignedOn: string | null
  auditDecidedOn: string | null
  auditRemarks: string | null
}

const blank = (value: string | null | undefined) => !value || value.trim() === ''

/**
 * What the chosen audit status needs: an auditor for every status past "not assigned", a decision
 * date for a decision, remarks for "approved with remarks" and "rejected"; and no decision before
 * the assignment.
 */
export function auditStatusProblems(facts: AuditFacts): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: string, messageKey: string) => problems.push({ field, messageKey, params: {} })
  const status = facts.auditStatus
  if (status !== 'not_assigned' && facts.auditorPersonId === null && blank(facts.auditorName))
    add('auditorPersonId', 'finance.errors.statusNeedsAuditor')
  if (isAuditDecided(status) && blank(facts.auditDecidedOn))
    add('auditDecidedOn', 'finance.errors.statusNeedsDecidedOn')
  if (needsRemarks.includes(status) && blank(facts.auditRemarks))
    add('auditRemarks', 'finance.errors.statusNeedsRemarks')
  if (facts.auditAssignedOn && facts.auditDecidedOn && facts.auditDecidedOn < facts.auditAssignedOn)
    add('auditDecidedOn', 'finance.errors.decidedBeforeAssigned')
  return problems
}

export const financeFlagKeys = [
  'treasurerMissing',
  'cashBookMissing',
  'annualReportMissing',
  'activityReportMissing',
  'auditorMissing',
  'auditorNotIndependent',
  'auditNotApproved',
] as const
export type FinanceFlag = (typeof financeFlagKeys)[number]

export type FinanceYearFacts = {
  treasurerCount: number
  cashBookReceivedOn: string | null
  annualReportReceivedOn: string | null
  activityReportReceivedOn: string | null
  auditorPersonId: number | null
  auditorName: string | null
  auditStatus: AuditStatus
  /** Ties of the auditor to the group (auditorTies); an override reason accepts them. */
  auditorTieCount: number
  auditorOverrideReason: string | null
}

/** The raised flags, in the order of financeFlagKeys: what the leader still has to chase. */
export function financeFlags(facts: FinanceYearFacts): FinanceFlag[] {
  const raised: Record<FinanceFlag, boolean> = {
    treasurerMissing: facts.treasurerCount === 0,
    cashBookMissing: !facts.cashBookReceivedOn,
    annualReportMissing: !facts.annualReportReceivedOn,
    activityReportMissing: !facts.activityReportReceivedOn,
    auditorMissing: facts.auditorPersonId === null && blank(facts.auditorName),
    auditorNotIndependent: facts.auditorTieCount > 0 && blank(facts.auditorOverrideReason),
    auditNotApproved: !isAuditApproved(facts.auditStatus),
  }
  return financeFlagKeys.filter((key) => raised[key])
}
