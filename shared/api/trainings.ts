import { z } from 'zod'
import { read, write } from './contract'
import { id, isoDate, missingOrInvalid, optionalText, requiredText } from '../validation'
import {
  attendanceStatuses,
  complianceStatuses,
  type AttendanceStatus,
  type ComplianceStatus,
} from '../stewardship/compliance'

export type Names = { nb: string; sv: string; en: string }

export type TrainingType = {
  id: number
  /** A preset's stable key ('group_leader_gathering', …) or 'custom-…' for the region's own. */
  key: string
  names: Names
  validityMonths: number | null
  active: boolean
  sessionCount: number
  /** The roles whose holders must attend, and within how many months of taking the role. */
  requirements: { roleId: number; withinMonths: number }[]
}

export type TrainingSession = {
  id: number
  trainingTypeId: number
  typeNames: Names
  date: string
  place: string | null
  online: boolean
  notes: string | null
  registered: number
  attended: number
  noShow: number
}

export type AttendanceEntry = { personId: number; personName: string; status: AttendanceStatus }

export type TrainingSessionDetail = TrainingSession & { attendance: AttendanceEntry[] }

export type ComplianceRow = {
  termId: number
  groupId: number
  groupName: string
  roleId: number
  roleNames: Names
  personId: number
  personName: string
  termFrom: string
  trainingTypeId: number
  trainingNames: Names
  withinMonths: number
  validityMonths: number | null
  status: ComplianceStatus
  dueOn: string
  lastAttendedOn: string | null
  expiresOn: string | null
  expiredOn: string | null
  nextSessionOn: string | null
}

const wholeMonths = z.number({ error: missingOrInvalid }).int('validation.wholeNumber')
/** Months an attendance counts; null: it never lapses. */
const validityMonths = wholeMonths
  .min(1, 'validation.tooSmall')
  .max(240, 'validation.tooBig')
  .nullish()
  .transform((value) => value ?? null)
const withinMonths = wholeMonths.min(0, 'validation.notNegative').max(120, 'validation.tooBig')
const year = z
  .number({ error: missingOrInvalid })
  .int('validation.invalid')
  .min(2000, 'validation.tooSmall')
  .max(2100, 'validation.tooBig')

export const trainingTypeFields = z.object({
  names: z.object({ nb: requiredText(120), sv: requiredText(120), en: requiredText(120) }),
  validityMonths,
})

export const trainingSessionFields = z.object({
  trainingTypeId: id,
  date: isoDate,
  place: optionalText(200),
  online: z.boolean().default(false),
  notes: optionalText(4000),
})

export const complianceFilters = ['all', 'open', ...complianceStatuses] as const
export type ComplianceFilter = (typeof complianceFilters)[number]

export const trainingsApi = {
  /** Every training type (inactive ones too, for history), with the roles that require it. */
  'training-type-list': read(z.object({ includeInactive: z.boolean().default(true) }).optional()).returns<
    TrainingType[]
  >(),
  'training-type-create': write(trainingTypeFields, ['trainings']).returns<TrainingType>(),
  /** Edits names and validity; `active: false` retires a type without losing its sessions. */
  'training-type-update': write(trainingTypeFields.extend({ id, active: z.boolean() }), [
    'trainings',
  ]).returns<TrainingType>(),
  /** Requires a training of a role's holders within some months of taking the role; null removes it. */
  'role-training-requirement-set': write(
    z.object({ roleId: id, trainingTypeId: id, withinMonths: withinMonths.nullable() }),
    ['trainings'],
  ).returns<TrainingType>(),

  /** Newest first, with attendance counts; `years` lists the years that have sessions, for the filter. */
  'training-session-list': read(
    z.object({ trainingTypeId: id.nullish(), year: year.nullish() }).default({ trainingTypeId: null, year: null }),
  ).returns<{ rows: TrainingSession[]; years: number[] }>(),
  'training-session-get': read(z.object({ id })).returns<TrainingSessionDetail>(),
  'training-session-create': write(trainingSessionFields, ['trainings']).returns<TrainingSessionDetail>(),
  'training-session-update': write(trainingSessionFields.extend({ id }), [
    'trainings',
  ]).returns<TrainingSessionDetail>(),
  /** Deletes the session and (by cascade) its attendance. */
  'training-session-delete': write(z.object({ id }), ['trainings']).returns<{
    id: number
    attendanceRemoved: number
  }>(),

  /** Records many people's attendance at one session at once (insert or change), in one transaction. */
  'attendance-set': write(
    z.object({
      sessionId: id,
      entries: z
        .array(z.object({ personId: id, status: z.enum(attendanceStatuses, { error: 'validation.choice' }) }))
        .max(5000, 'validation.tooBig'),
    }),
    ['trainings'],
  ).returns<TrainingSessionDetail>(),
  'attendance-remove': write(z.object({ sessionId: id, personId: id }), ['trainings']).returns<TrainingSessionDetail>(),

  /**
   * Each current role holder against each training the role requires, most urgent first. Groups
   * that are closed and inactive training types are left out.
   */
  'training-compliance': read(
    z
      .object({
        groupId: id.nullish(),
        trainingTypeId: id.nullish(),
        status: z.enum(complianceFilters, { error: 'validation.choice' }).default('all'),
      })
      .default({ groupId: null, trainingTypeId: null, status: 'all' }),
  ).returns<ComplianceRow[]>(),
}
