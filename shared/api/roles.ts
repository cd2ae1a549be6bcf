import { z } from 'zod'
import { read, write } from './contract'
import { handoverStatuses, type HandoverStatus } from '../stewardship/handovers'
import { termEndReasons, termStartKinds, type TermEndReason, type TermStartKind } from '../stewardship/terms'
import { id, isoDate, optionalIsoDate, optionalText, requiredText } from '../validation'

export type RoleNames = { nb: string; sv: string; en: string }

export type Role = {
  id: number
  key: string
  names: RoleNames
  requirement: 'must' | 'should'
  selection: 'elected' | 'appointed'
  electionOrder: number
  seats: number
  combinable: boolean
  active: boolean
}

export type RoleTerm = {
  id: number
  groupId: number
  groupName: string
  roleId: number
  roleNames: RoleNames
  personId: number
  personName: string
  from: string
  to: string | null
  endReason: TermEndReason | null
  startKind: TermStartKind
  note: string | null
  sourceContestId: number | null
}

/** Who held a role on one day (a term covering that day). */
export type RoleHolder = Pick<
  RoleTerm,
  'groupId' | 'groupName' | 'roleId' | 'roleNames' | 'personId' | 'personName' | 'from' | 'to' | 'startKind'
> & { termId: number }

/** A must-role of an active group with nobody holding it today. */
export type Vacancy = {
  groupId: number
  groupName: string
  roleId: number
  roleNames: RoleNames
  /** The day the last holder's term ended; null when nobody is recorded as ever holding it. */
  vacantSince: string | null
}

export type Handover = {
  id: number
  groupId: number
  groupName: string
  roleId: number
  roleNames: RoleNames
  fromPersonId: number | null
  fromPersonName: string | null
  toPersonId: number
  toPersonName: string
  dueOn: string
  status: HandoverStatus
  statusReason: string | null
  completedOn: string | null
  notes: string | null
  manual: boolean
  sourceContestId: number | null
  itemsDone: number
  itemsTotal: number
  /** Open or in progress, and due before today. */
  overdue: boolean
}

export type HandoverItem = { id: number; position: number; label: string; doneOn: string | null }
export type HandoverDetail = Handover & { items: HandoverItem[] }

/** A role's checklist; a role without its own starts from the default (`usesDefault`). */
export type HandoverTemplate = { roleId: number | null; items: string[]; usesDefault: boolean }

const roleName = requiredText(80)
export const roleFields = z.object({
  names: z.object({ nb: roleName, sv: roleName, en: roleName }),
  requirement: z.enum(['must', 'should'], { error: 'validation.choice' }),
  selection: z.enum(['elected', 'appointed'], { error: 'validation.choice' }),
  electionOrder: z.number().int('validation.wholeNumber').min(1, 'validation.tooSmall').max(999, 'validation.tooBig'),
  seats: z.number().int('validation.wholeNumber').min(1, 'validation.tooSmall').max(20, 'validation.tooBig'),
  combinable: z.boolean(),
  active: z.boolean().default(true),
})

const endBeforeStart = { message: 'validation.endBeforeStart', path: ['to'] }
const note = optionalText(1000)
/** Set when the leader has seen that the person already holds a role this one may not be combined with. */
const allowCombined = z.boolean().default(false)

export const termCreateInput = z
  .object({
    groupId: id,
    roleId: id,
    personId: id,
    from: isoDate,
    to: optionalIsoDate,
    // 'elected' records a term from before the record was kept (no election result to confirm).
    startKind: z.enum(termStartKinds, { error: 'validation.choice' }).default('appointed'),
    note,
    allowCombined,
  })
  .refine((value) => !value.to || value.to >= value.from, endBeforeStart)

export const termEndInput = z.object({
  id,
  to: isoDate,
  endReason: z.enum(termEndReasons, { error: 'validation.choice' }).default('stepped_down'),
  note,
  /** Hand the role over to a successor in the same transaction. */
  handover: z.object({ toPersonId: id, dueOn: isoDate }).nullish(),
})

export const termUpdateInput = z
  .object({
    id,
    from: isoDate,
    to: optionalIsoDate,
    endReason: z.enum(termEndReasons, { error: 'validation.choice' }).nullish(),
    note,
    allowCombined,
  })
  .refine((value) => !value.to || value.to >= value.from, endBeforeStart)

export const handoverFields = z.object({
  groupId: id,
  roleId: id,
  fromPersonId: id.nullish().transform((value) => value ?? null),
  toPersonId: id,
  dueOn: isoDate,
  notes: optionalText(4000),
})

export const handoverUpdateInput = z.object({
  id,
  status: z.enum(handoverStatuses, { error: 'validation.choice' }),
  statusReason: optionalText(1000),
  dueOn: isoDate,
  notes: optionalText(4000),
})

export const handoverListInput = z.object({
  groupId: id.optional(),
  personId: id.optional(),
  /** 'active': open or in progress. */
  status: z.enum([...handoverStatuses, 'active', 'all']).default('all'),
  overdueOnly: z.boolean().default(false),
})

const optionalRoleId = id.nullish().transform((value) => value ?? null)

export const rolesApi = {
  /** The catalogue in election order. */
  'role-list': read(z.object({ includeInactive: z.boolean().default(false) }).optional()).returns<Role[]>(),
  /** A custom role; its key is 'custom-<n>'. */
  'role-create': write(roleFields, ['roles']).returns<Role>(),
  /** Refuses fewer seats than a group has holders; a preset role's key never changes. */
  'role-update': write(roleFields.extend({ id }), ['roles']).returns<Role>(),

  /** Terms of one group (not yet ended first) or one person. */
  'role-term-list': read(
    z.union([z.object({ groupId: id, currentOnly: z.boolean().default(false) }), z.object({ personId: id })]),
  ).returns<RoleTerm[]>(),
  /** Who held which role on a given day, in every group or one. */
  'role-holders-as-of': read(z.object({ date: isoDate, groupId: id.optional() })).returns<RoleHolder[]>(),
  'vacancy-list': read(z.object({ groupId: id.optional() })).returns<Vacancy[]>(),
  /** An appointment or interim holder mid-term (or a term from before the record was kept). */
  'role-term-create': write(termCreateInput, ['roles']).returns<RoleTerm>(),
  /** A holder steps down; optionally hands over to a successor. */
  'role-term-end': write(termEndInput, ['roles']).returns<RoleTerm>(),
  /** Corrects a term's dates, reason or note. */
  'role-term-update': write(termUpdateInput, ['roles']).returns<RoleTerm>(),
  /** For terms entered by mistake; a term from an election result is undone by reopening the result. */
  'role-term-delete': write(z.object({ id }), ['roles']).returns<{ id: number }>(),

  'handover-list': read(handoverListInput).returns<Handover[]>(),
  'handover-get': read(z.object({ id })).returns<HandoverDetail>(),
  /** By hand (not from an election result); the checklist is copied from the role's template. */
  'handover-create': write(handoverFields, ['roles']).returns<HandoverDetail>(),
  'handover-update': write(handoverUpdateInput, ['roles']).returns<HandoverDetail>(),
  /** Only handovers made by hand; one from an election result goes away by reopening the result. */
  'handover-delete': write(z.object({ id }), ['roles']).returns<{ id: number }>(),
  /** Ticking records today's date; un-ticking clears it. */
  'handover-item-set': write(z.object({ id, done: z.boolean() }), ['roles']).returns<HandoverDetail>(),
  /** No roleId: the default checklist. */
  'handover-template-get': read(z.object({ roleId: optionalRoleId })).returns<HandoverTemplate>(),
  /** Replaces the checklist; an empty list makes a role use the default again. */
  'handover-template-save': write(
    z.object({ roleId: optionalRoleId, items: z.array(requiredText(200)).max(50, 'validation.tooBig') }),
    ['roles'],
  ).returns<HandoverTemplate>(),
}
