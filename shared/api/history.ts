import { z } from 'zod'
import { read } from './contract'
import { id } from '../validation'

export const historyActions = ['insert', 'update', 'delete', 'erase', 'restore'] as const
export type HistoryAction = (typeof historyActions)[number]
export type HistoryValue = string | number | null

/** One row changed by one write: which table and row, and each changed field before and after. */
export type HistoryEntry = {
  id: number
  at: string
  /** The table ('groups', 'memberships', …), or 'record' for a restore. */
  entity: string
  entityId: number | null
  action: HistoryAction
  changes: { field: string; before: HistoryValue; after: HistoryValue }[]
  /** Names for ids in the changes (people, groups, roles), so the page can show who rather than a number. */
  labels: Record<string, string>
}

export const historyListInput = z.object({
  entity: z.enum(['group', 'person'], { error: 'validation.choice' }),
  id,
  /** Entries older than this one (the last id of the previous page). */
  before: id.optional(),
  limit: z.number().int().min(1).max(200).default(50),
})

export const historyApi = {
  'history-list': read(historyListInput).returns<{ rows: HistoryEntry[]; more: boolean }>(),
}
