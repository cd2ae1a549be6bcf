import { z } from 'zod'
import { read, write, writeOwnTransaction } from './contract'
import type { HistoryEntry } from './history'
import { id } from '../validation'

/** Everything the record holds about one person, for a request to see their data. */
export type PersonExport = {
  exportedAt: string
  person: Record<string, unknown>
  /** Every table with a foreign key to people: the rows that refer to this person, by table. */
  related: Record<string, Record<string, unknown>[]>
  history: HistoryEntry[]
}

export type ErasedPerson = {
  id: number
  /** The name the person's historical rows now show. */
  placeholder: string
  /** False when another connection kept the write-ahead log from being emptied (close other windows and erase again). */
  checkpointed: boolean
}

export type RetentionCandidate = {
  id: number
  name: string
  createdAt: string
  /** The last day of a membership, role or training; null if there never was one. */
  lastActivity: string | null
}

export const privacyApi = {
  'person-export': read(z.object({ id })).returns<{ fileName: string; data: PersonExport }>(),
  /**
   * Removes a person's contact data and replaces their name by a placeholder; elections, terms and
   * memberships keep their shape. Earlier history is scrubbed, and the file and its WAL are rewritten.
   */
  'person-erase': writeOwnTransaction(z.object({ id, confirm: z.literal(true) }), [
    'people',
    'memberships',
    'elections',
    'roles',
    'trainings',
    'finance',
  ]).returns<ErasedPerson>(),
  'privacy-retention-list': read(z.object({ years: z.number().int().min(1).max(100).optional() }).optional()).returns<{
    years: number
    cutoff: string
    rows: RetentionCandidate[]
  }>(),
  'privacy-settings-update': write(z.object({ retentionYears: z.number().int().min(1).max(100) }), [
    'settings',
  ]).returns<{ retentionYears: number }>(),
}
