import type { MeetingPlatform } from '../../shared/api/groups'
import type { Language } from '../../shared/api/settings'

/** How the meeting voted in one contest; recorded and printed (see the Norwegian guide). */
export type VotingMethod = 'open' | 'partially_open' | 'secret' | 'acclamation'

/** Everything one election's minutes print, already resolved to names: the PDF code reads no database. */
export type MinutesData = {
  /** The region's name, printed as the issuing body; null when not set. */
  regionName: string | null
  groupName: string
  /** 'extra' is a by-election, e.g. after a resignation. */
  kind: 'regular' | 'extra'
  season: number
  /** Local date and time of the meeting, 'YYYY-MM-DDTHH:MM', or null when not planned. */
  meetingAt: string | null
  heldOn: string | null
  platform: MeetingPlatform | null
  /** Free text: the room or address when in person or hybrid. */
  place: string | null
  chair: string | null
  minuteTaker: string | null
  /** The two people who approve the minutes. */
  approvers: [string | null, string | null]
  votersPresent: number | null
  contests: MinutesContest[]
}

export type MinutesContest = {
  roleName: string
  seats: number
  method: VotingMethod
  candidates: { name: string; withdrawn: boolean }[]
  rounds: MinutesRound[]
  outcome: MinutesOutcome
}

export type MinutesRound = {
  number: number
  /** Votes per candidate in this round, in the order they are listed. */
  votes: { name: string; votes: number }[]
  blank: number
  invalid: number
  ballotsCast: number | null
}

export type MinutesOutcome =
  | { kind: 'elected'; names: string[]; settlement: LotSettlement | null }
  | { kind: 'acclaimed'; names: string[] }
  | { kind: 'vacant' }
  /** Not decided yet: the minutes are a draft. */
  | { kind: 'pending' }

/** A tie the meeting settled by drawing lots: printed with who drew and who won. */
export type LotSettlement = { drawnBy: string; winners: string[]; tiedNames: string[] }

export type MinutesOptions = {
  language: Language
  /** Printed in the footer: when this document was made. */
  generatedAt: Date
}
