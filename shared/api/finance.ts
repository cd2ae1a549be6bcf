import { z } from 'zod'
import { read, write } from './contract'
import type { GroupStatus } from './groups'
import { boxStatuses, type BoxStaleness, type BoxStatus } from '../stewardship/boxes'
import {
  auditStatuses,
  financeFlagKeys,
  type AuditStatus,
  type FinanceFlag,
  type GroupTie,
} from '../stewardship/finance'
import { id, isoDate, optionalIsoDate, optionalText, requiredText } from '../validation'

export const fiscalYearInput = z
  .number({ error: 'validation.invalid' })
  .int('validation.wholeNumber')
  .min(2000, 'validation.tooSmall')
  .max(2100, 'validation.tooBig')

export type Treasurer = { personId: number; name: string; from: string; to: string | null }

/** One group's fiscal year; `id` is null while nothing has been recorded for it. */
export type FinanceYearRow = {
  id: number | null
  groupId: number
  groupName: string
  groupStatus: GroupStatus
  year: number
  /** Everyone who held the treasurer role at some time in the year, earliest first. */
  treasurers: Treasurer[]
  cashBookReceivedOn: string | null
  annualReportReceivedOn: string | null
  activityReportReceivedOn: string | null
  auditorPersonId: number | null
  /** The record's name for auditorPersonId, or the typed name of someone not in the record. */
  auditorName: string | null
  auditorContact: string | null
  auditorOverrideReason: string | null
  auditStatus: AuditStatus
  auditAssignedOn: string | null
  auditDecidedOn: string | null
  auditRemarks: string | null
  flags: FinanceFlag[]
}

export type FinanceYear = FinanceYearRow & {
  notes: string | null
  updatedAt: string | null
  /** The group's members and role holders in the year, so the form can check an auditor as it is picked. */
  ties: GroupTie[]
}

export const financeProblems = ['any', ...financeFlagKeys] as const
export type FinanceProblem = (typeof financeProblems)[number]

const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choice' })

export const financeYearFields = z.object({
  groupId: id,
  year: fiscalYearInput,
  cashBookReceivedOn: optionalIsoDate,
  annualReportReceivedOn: optionalIsoDate,
  activityReportReceivedOn: optionalIsoDate,
  /** A person in the record; when set, the typed name and contact are not kept. */
  auditorPersonId: id.nullish().transform((value) => value ?? null),
  auditorName: optionalText(160),
  auditorContact: optionalText(200),
  /** Accepts an auditor who is tied to the group; ignored (not kept) for an independent one. */
  auditorOverrideReason: optionalText(1000),
  auditStatus: choice(auditStatuses).default('not_assigned'),
  auditAssignedOn: optionalIsoDate,
  auditDecidedOn: optionalIsoDate,
  auditRemarks: optionalText(4000),
  notes: optionalText(4000),
})

export type CollectionBox = {
  id: number
  groupId: number
  groupName: string
  label: string
  status: BoxStatus
  lastCountedOn: string | null
  /** In øre/öre. */
  lastAmountMinor: number | null
  notes: string | null
  createdAt: string
  updatedAt: string
  staleness: BoxStaleness
}

/** Kroner with at most two decimals, as typed; kept as whole øre. */
export const kronerAmount = z
  .number({ error: 'validation.invalid' })
  .min(0, 'validation.notNegative')
  .max(100_000_000, 'validation.tooBig')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, 'validation.invalid')
  .nullish()
  .transform((value) => value ?? null)

export const boxFields = z.object({
  groupId: id,
  label: requiredText(60),
  status: choice(boxStatuses).default('in_use'),
  lastCountedOn: optionalIsoDate,
  /** The last count's amount in kroner. */
  amount: kronerAmount,
  notes: optionalText(2000),
})

export const boxCountFields = z.object({ id, countedOn: isoDate, amount: kronerAmount })

export const financeApi = {
  /** One row per group active in the year (even with nothing recorded yet), by group name. */
  'finance-year-list': read(
    z.object({ year: fiscalYearInput, groupId: id.optional(), problem: choice(financeProblems).optional() }),
  ).returns<{ rows: FinanceYearRow[] }>(),
  'finance-year-get': read(z.object({ groupId: id, year: fiscalYearInput })).returns<FinanceYear>(),
  /** Creates or replaces the group's year; refuses an auditor tied to the group unless a reason is given. */
  'finance-year-save': write(financeYearFields, ['finance']).returns<FinanceYear>(),

  'box-list': read(
    z.object({
      groupId: id.optional(),
      status: choice([...boxStatuses, 'all']).default('all'),
      staleOnly: z.boolean().default(false),
    }),
  ).returns<{ rows: CollectionBox[]; staleMonths: number }>(),
  'box-create': write(boxFields, ['finance']).returns<CollectionBox>(),
  'box-update': write(boxFields.extend({ id }), ['finance']).returns<CollectionBox>(),
  /** An emptying or count: its date and, if counted, the amount. */
  'box-count': write(boxCountFields, ['finance']).returns<CollectionBox>(),
  'box-delete': write(z.object({ id }), ['finance']).returns<{ id: number }>(),
}
