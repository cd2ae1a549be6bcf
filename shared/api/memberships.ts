import { z } from 'zod'
import { read, write } from './contract'
import { id, isoDate, optionalIsoDate } from '../validation'

export type Membership = {
  id: number
  personId: number
  personName: string
  groupId: number
  groupName: string
  from: string
  to: string | null
}

const period = z
  .object({ from: isoDate, to: optionalIsoDate })
  .refine((value) => !value.to || value.to >= value.from, { message: 'validation.endBeforeStart', path: ['to'] })

export const membershipsApi = {
  'membership-list': read(
    z.union([z.object({ groupId: id }), z.object({ personId: id })], { error: 'validation.invalid' }),
  ).returns<Membership[]>(),
  'membership-create': write(period.safeExtend({ personId: id, groupId: id }), ['memberships']).returns<Membership>(),
  'membership-update': write(period.safeExtend({ id }), ['memberships']).returns<Membership>(),
  /** For entries made by mistake; ending a membership is an update with a "to" date. */
  'membership-delete': write(z.object({ id }), ['memberships']).returns<{ id: number }>(),
}
