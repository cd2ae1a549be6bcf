/** Rules for handovers (competence transfer from the old holder of a role to the new one). */
export const handoverStatuses = ['open', 'in_progress', 'done', 'waived'] as const
export type HandoverStatus = (typeof handoverStatuses)[number]

/** Days the old and the new holder get, as for handovers made by an election result. */
export const defaultHandoverDays = 30

export const isActiveStatus = (status: HandoverStatus) => status === 'open' || status === 'in_progress'

/** Still to do and past its due date; a handover due today is not overdue yet. */
export const isOverdue = (handover: { status: HandoverStatus; dueOn: string }, today: string) =>
  isActiveStatus(handover.status) && handover.dueOn < today

/** Every item ticked (and there is at least one): the UI suggests marking the handover done. */
export const suggestsDone = (handover: { status: HandoverStatus; items: readonly { doneOn: string | null }[] }) =>
  isActiveStatus(handover.status) && handover.items.length > 0 && handover.items.every((item) => item.doneOn !== null)

/** Done keeps the day it was first completed; any other status has no completion day. */
export function completedOnAfter(
  before: { status: HandoverStatus; completedOn: string | null },
  status: HandoverStatus,
  today: string,
): string | null {
  if (status !== 'done') return null
  return before.status === 'done' && before.completedOn ? before.completedOn : today
}

/** A waived handover says why; the other statuses keep no reason. */
export function statusReasonAfter(status: HandoverStatus, reason: string | null): string | null | 'missing' {
  if (status !== 'waived') return null
  return reason && reason.trim() ? reason.trim() : 'missing'
}

export { addDays } from '../dates'
