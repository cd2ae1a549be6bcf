import type { TFunction } from 'i18next'
import type { Input } from '../../../../shared/api'
import { financeYearFields, type FinanceYear } from '../../../../shared/api/finance'
import type { Language } from '../../../../shared/api/settings'
import {
  auditStatusProblems,
  auditorRefusal,
  auditorTies,
  type AuditStatus,
  type GroupTie,
} from '../../../../shared/stewardship/finance'
import { validateWith } from '../../forms/validate'

export type AuditorMode = 'record' | 'outside'

export type FinanceFormValues = {
  cashBookReceivedOn: string
  annualReportReceivedOn: string
  activityReportReceivedOn: string
  auditorMode: AuditorMode
  auditorPersonId: number | null
  auditorName: string
  auditorContact: string
  auditorOverrideReason: string
  auditStatus: AuditStatus
  auditAssignedOn: string
  auditDecidedOn: string
  auditRemarks: string
  notes: string
}

export const toFormValues = (year: FinanceYear): FinanceFormValues => ({
  cashBookReceivedOn: year.cashBookReceivedOn ?? '',
  annualReportReceivedOn: year.annualReportReceivedOn ?? '',
  activityReportReceivedOn: year.activityReportReceivedOn ?? '',
  auditorMode: year.auditorName && year.auditorPersonId === null ? 'outside' : 'record',
  auditorPersonId: year.auditorPersonId,
  auditorName: year.auditorPersonId === null ? (year.auditorName ?? '') : '',
  auditorContact: year.auditorPersonId === null ? (year.auditorContact ?? '') : '',
  auditorOverrideReason: year.auditorOverrideReason ?? '',
  auditStatus: year.auditStatus,
  auditAssignedOn: year.auditAssignedOn ?? '',
  auditDecidedOn: year.auditDecidedOn ?? '',
  auditRemarks: year.auditRemarks ?? '',
  notes: year.notes ?? '',
})

/** Only the chosen kind of auditor is sent: a person in the record, or a typed name and contact. */
export function toSaveInput(values: FinanceFormValues, groupId: number, year: number): Input<'finance-year-save'> {
  const { auditorMode, ...rest } = values
  const inRecord = auditorMode === 'record'
  return {
    ...rest,
    groupId,
    year,
    auditorPersonId: inRecord ? values.auditorPersonId : null,
    auditorName: inRecord ? '' : values.auditorName,
    auditorContact: inRecord ? '' : values.auditorContact,
  }
}

export const auditorFieldOf = (values: FinanceFormValues) =>
  values.auditorMode === 'record' ? 'auditorPersonId' : 'auditorName'

/** The ties that make the chosen auditor not independent, by the same rule the save handler uses. */
export const tiesOfChoice = (values: FinanceFormValues, ties: readonly GroupTie[], year: number) =>
  auditorTies(
    values.auditorMode === 'record'
      ? { personId: values.auditorPersonId, name: null }
      : { personId: null, name: values.auditorName },
    ties,
    year,
  )

export function refusalText(tie: GroupTie, language: Language, t: TFunction) {
  const refusal = auditorRefusal(tie, language)
  return t(refusal.messageKey, refusal.params)
}

/** The contract's schema, the audit status rules and the independence rule, each message under its field. */
export function validateFinanceForm(
  t: TFunction,
  context: { groupId: number; year: number; ties: readonly GroupTie[] },
) {
  const bySchema = validateWith(financeYearFields, t)
  return (values: FinanceFormValues) => {
    const errors = bySchema(toSaveInput(values, context.groupId, context.year))
    const auditorField = auditorFieldOf(values)
    const inRecord = values.auditorMode === 'record'
    const facts = {
      ...values,
      auditorPersonId: inRecord ? values.auditorPersonId : null,
      auditorName: inRecord ? null : values.auditorName,
    }
    for (const problem of auditStatusProblems(facts)) {
      const field = problem.field === 'auditorPersonId' ? auditorField : problem.field
      errors[field] ??= t(problem.messageKey, problem.params)
    }
    // The refusal itself is shown under the auditor field as the choice is made (and gone once a
    // reason is given); here only the missing reason stops the save.
    const [tie] = tiesOfChoice(values, context.ties, context.year)
    if (tie && values.auditorOverrideReason.trim() === '') errors.auditorOverrideReason ??= t('validation.required')
    return errors
  }
}
