import type { ElectionDetail } from '../../../../shared/api/elections'
import { electionStates, stateRank, type ElectionState } from '../../../../shared/elections/lifecycle'

export type Step = { state: ElectionState; status: 'done' | 'current' | 'todo'; on: string | null }

const dateColumns: Partial<Record<ElectionState, keyof ElectionDetail>> = {
  planned: 'plannedOn',
  notice_sent: 'noticeSentOn',
  held: 'heldOn',
  reported: 'reportedOn',
  minutes_filed: 'minutesFiledOn',
}

/**
 * The seven states in order, each with the date it was reached. The record keeps a date column for
 * most states; the candidacy deadline's passing only has its move in the event log, and a state
 * skipped on the way (planned straight to held) has no date at all.
 */
export function stepsOf(election: Pick<ElectionDetail, 'state' | 'events'> & Partial<ElectionDetail>): Step[] {
  const current = stateRank(election.state)
  return electionStates.map((state) => {
    const rank = stateRank(state)
    const status = rank < current ? 'done' : rank === current ? 'current' : 'todo'
    if (status === 'todo' || state === 'not_planned') return { state, status, on: null }
    const column = dateColumns[state]
    const stored = column ? (election[column] as string | null | undefined) : null
    const moved = election.events.findLast((event) => event.toState === state)
    return { state, status, on: stored ?? moved?.on ?? null }
  })
}

/** States after the current one, the next first: the leader may skip a step the group did not report. */
export const laterStates = (state: ElectionState) => electionStates.filter((next) => stateRank(next) > stateRank(state))
export const earlierStates = (state: ElectionState) =>
  electionStates.filter((previous) => stateRank(previous) < stateRank(state)).reverse()
