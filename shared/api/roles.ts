import { z } from 'zod'
import { read } from './contract'
import { id } from '../validation'

export type Role = {
  id: number
  key: string
  names: { nb: string; sv: string; en: string }
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
  personId: number
  personName: string
  from: string
  to: string | null
  endReason: 'successor' | 'not_reelected' | 'vacated' | 'stepped_down' | 'other' | null
  sourceContestId: number | null
}

export type Handover = {
  id: number
  groupId: number
  groupName: string
  roleId: number
  fromPersonId: number | null
  fromPersonName: string | null
  toPersonId: number
  toPersonName: string
  dueOn: string
  status: 'open' | 'in_progress' | 'done' | 'waived'
  sourceContestId: number | null
}

export const rolesApi = {
  /** The catalogue in election order. */
  'role-list': read(z.object({ includeInactive: z.boolean().default(false) }).optional()).returns<Role[]>(),
  /** Terms of one group (current first) or one person. */
  'role-term-list': read(
    z.union([z.object({ groupId: id, currentOnly: z.boolean().default(false) }), z.object({ personId: id })]),
  ).returns<RoleTerm[]>(),
  'handover-list': read(
    z.object({
      groupId: id.optional(),
      status: z.enum(['open', 'in_progress', 'done', 'waived', 'all']).default('all'),
    }),
  ).returns<Handover[]>(),
}
