import { daysFrom } from './calendar'
import { stateRank, type ElectionState } from './lifecycle'

// The states live in lifecycle.ts (the election handlers use them too); re-exported so the flags
// and the states they depend on can be imported together.
export { electionStates, stateRank, type ElectionState } from './lifecycle'

/**
 * Flags the regional leader chases, derived from an election's dates and state and today's date.
 * Dates are `YYYY-MM-DD` or ISO date-times and count by the calendar date written in them; a
 * missing or unreadable date raises no flag, since a flag must be something the leader can act on.
 */

export type ElectionDates = {
  state: ElectionState
  /** The meeting's date, or its local date and time. */
  meetingDate?: string | null
  noticeSentOn?: string | null
  candidacyDeadline?: string | null
  /** A recorded date counts as much as the state: either one says it happened. */
  heldOn?: string | null
  reportedOn?: string | null
}

export type ElectionFlagSettings = {
  /** Days after the meeting the leader waits for the result before flagging it missing. */
  resultMissingAfterDays: number
  /** Least number of days between the notice and the meeting. */
  noticeDaysBefore: number
}

export const electionFlagKeys = ['late', 'resultMissing', 'noticeLate', 'deadlineAfterMeeting'] as const
export type ElectionFlag = (typeof electionFlagKeys)[number]
export type ElectionFlags = Record<ElectionFlag, boolean>

const reached = (state: ElectionState, step: ElectionState) => stateRank(state) >= stateRank(step)

/** The season's window has closed (today is after its last day) and the election has not been held. */
export function isLate(election: ElectionDates, windowClosesOn: string | null | undefined, today: string): boolean {
  const sinceClose = daysFrom(windowClosesOn, today)
  const held = reached(election.state, 'held') || Boolean(election.heldOn)
  return sinceClose !== null && sinceClose > 0 && !held
}

/**
 * More than `days` days since the meeting date and no result reported. Exactly `days` days after
 * is not flagged yet: the group has the whole of that day to report.
 */
export function isResultMissing(election: ElectionDates, today: string, days: number): boolean {
  const sinceMeeting = daysFrom(election.meetingDate, today)
  const reported = reached(election.state, 'reported') || Boolean(election.reportedOn)
  return sinceMeeting !== null && sinceMeeting > days && !reported
}

/**
 * The notice went out fewer than `days` days before the meeting, or it has not gone out and the
 * meeting is fewer than `days` days away (or already past). Exactly `days` days is in time. A state
 * of notice_sent or later without a date means it went out on a day nobody wrote down: no flag.
 */
export function isNoticeLate(election: ElectionDates, today: string, days: number): boolean {
  if (election.noticeSentOn) {
    const noticeAhead = daysFrom(election.noticeSentOn, election.meetingDate)
    return noticeAhead !== null && noticeAhead < days
  }
  if (reached(election.state, 'notice_sent')) return false
  const untilMeeting = daysFrom(today, election.meetingDate)
  return untilMeeting !== null && untilMeeting < days
}

/** Candidates would have until after the vote to come forward. A deadline on the meeting day is allowed. */
export function isDeadlineAfterMeeting(election: ElectionDates): boolean {
  const deadlineAfter = daysFrom(election.meetingDate, election.candidacyDeadline)
  return deadlineAfter !== null && deadlineAfter > 0
}

export function electionFlags(input: {
  election: ElectionDates
  today: string
  /** The last day of the season's election window. */
  windowClosesOn: string | null | undefined
  settings: ElectionFlagSettings
}): ElectionFlags {
  const { election, today, windowClosesOn, settings } = input
  return {
    late: isLate(election, windowClosesOn, today),
    resultMissing: isResultMissing(election, today, settings.resultMissingAfterDays),
    noticeLate: isNoticeLate(election, today, settings.noticeDaysBefore),
    deadlineAfterMeeting: isDeadlineAfterMeeting(election),
  }
}

/** The raised flags as a list in the order of electionFlagKeys, for lists and filters. */
export const raisedFlagKeys = (flags: ElectionFlags): ElectionFlag[] => electionFlagKeys.filter((flag) => flags[flag])
