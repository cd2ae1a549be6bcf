import { z } from 'zod'
import { read, write } from './contract'
import { id, isoDate, optionalEmail, optionalText, page, requiredText } from '../validation'

export const groupKinds = ['local', 'student', 'youth', 'other'] as const
export const groupStatuses = ['active', 'dormant', 'closed'] as const
export const meetingPlatforms = ['zoom', 'teams', 'skype', 'in_person', 'hybrid', 'other'] as const
export const groupSortKeys = ['name', 'town', 'status', 'updated'] as const

export type GroupKind = (typeof groupKinds)[number]
export type GroupStatus = (typeof groupStatuses)[number]
export type MeetingPlatform = (typeof meetingPlatforms)[number]

export const groupFields = z.object({
  name: requiredText(120),
  town: optionalText(120),
  kind: z.enum(groupKinds, { error: 'validation.choice' }).default('local'),
  contactEmail: optionalEmail,
  // A form's or a spreadsheet's empty choice means "not set".
  meetingPlatform: z.preprocess(
    (value) => (value === '' ? null : value),
    z
      .enum(meetingPlatforms, { error: 'validation.choice' })
      .nullish()
      .transform((value) => value ?? null),
  ),
  notes: optionalText(4000),
})

export type Group = {
  id: number
  name: string
  town: string | null
  kind: GroupKind
  contactEmail: string | null
  meetingPlatform: MeetingPlatform | null
  notes: string | null
  status: GroupStatus
  statusSince: string
  createdAt: string
  updatedAt: string
}

export type GroupSummary = Pick<Group, 'id' | 'name' | 'town' | 'kind' | 'status' | 'statusSince'> & {
  memberCount: number
}

export const groupListInput = page.extend({
  query: z.string().trim().max(200).default(''),
  status: z.enum([...groupStatuses, 'all']).default('all'),
  sort: z.enum(groupSortKeys).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
})

export const groupsApi = {
  'group-list': read(groupListInput).returns<{ rows: GroupSummary[]; total: number }>(),
  'group-get': read(z.object({ id })).returns<Group>(),
  'group-create': write(groupFields, ['groups']).returns<Group>(),
  'group-update': write(groupFields.extend({ id }), ['groups']).returns<Group>(),
  /** Archive (dormant, closed) or reactivate, from a given date. */
  'group-set-status': write(
    z.object({ id, status: z.enum(groupStatuses, { error: 'validation.choice' }), since: isoDate }),
    ['groups'],
  ).returns<Group>(),
}
