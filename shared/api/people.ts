import { z } from 'zod'
import { read, write } from './contract'
import { id, optionalEmail, optionalPhone, optionalText, page, requiredText } from '../validation'

/** The minimum the leader needs to reach a volunteer; nothing more is collected. */
export const personFields = z.object({
  name: requiredText(160),
  email: optionalEmail,
  phone: optionalPhone,
  notes: optionalText(4000),
})

export type Person = {
  id: number
  name: string
  email: string | null
  phone: string | null
  notes: string | null
  createdAt: string
  updatedAt: string
}

export type PersonSummary = Pick<Person, 'id' | 'name' | 'email' | 'phone'> & {
  /** Names of groups the person is a member of today. */
  groups: string[]
}

export type PersonMatch = { id: number; name: string }

export const personListInput = page.extend({
  query: z.string().trim().max(200).default(''),
  sort: z.enum(['name', 'updated']).default('name'),
  dir: z.enum(['asc', 'desc']).default('asc'),
})

export const peopleApi = {
  'person-list': read(personListInput).returns<{ rows: PersonSummary[]; total: number }>(),
  'person-get': read(z.object({ id })).returns<Person>(),
  /** Other people who already use this email: the form warns, saving is still allowed. */
  'person-find-by-email': read(z.object({ email: z.string().trim().max(254), excludeId: id.optional() })).returns<
    PersonMatch[]
  >(),
  'person-create': write(personFields, ['people']).returns<Person>(),
  'person-update': write(personFields.extend({ id }), ['people']).returns<Person>(),
}
