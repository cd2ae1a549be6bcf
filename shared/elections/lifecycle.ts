/** The states the regional leader moves an election through, in order; moving back is allowed. */
export const electionStates = [
  'not_planned',
  'planned',
  'notice_sent',
  'deadline_passed',
  'held',
  'reported',
  'minutes_filed',
] as const
export type ElectionState = (typeof electionStates)[number]

export const stateRank = (state: ElectionState) => electionStates.indexOf(state)

/** True once the meeting has taken place (held, reported or minutes filed). */
export const isHeld = (state: ElectionState) => stateRank(state) >= stateRank('held')

export const noticeChannels = ['email', 'social_media', 'other'] as const
export type NoticeChannel = (typeof noticeChannels)[number]

export const votingMethods = ['open', 'partially_open', 'secret', 'acclamation'] as const
export type VotingMethod = (typeof votingMethods)[number]
