import type { FieldProblem } from '../validation'
import type { CountingMessageKey } from './counting-messages'

/**
 * Inputs and outputs of the counting engine. Everything here is plain data (no classes, no Dates),
 * so a result can cross IPC, be stored as JSON and be printed in the minutes.
 */

/** A yes/no vote is not a rule of its own: it is how a lone candidate is voted on, under whichever rule applies. */
export const countingRules = ['acclamation', 'plurality', 'absoluteMajority', 'twoThirds'] as const
export type CountingRule = (typeof countingRules)[number]

/** Invalid ballots never count; blank ballots count towards the base only when the organisation says so. */
export const countingBases = ['validExcludingBlank', 'validIncludingBlank'] as const
export type CountingBase = (typeof countingBases)[number]

/** What a majority rule does when nobody reaches the threshold and no seat was filled in a round. */
export const furtherRoundModes = ['eliminateLowest', 'runoffTopTwo', 'vacant'] as const
export type FurtherRoundMode = (typeof furtherRoundModes)[number]

export type CountingOptions = {
  base: CountingBase
  further: FurtherRoundMode
  /** Under acclamation: the lone candidate must still win a yes/no vote. */
  loneCandidateNeedsVote: boolean
}

export const defaultCountingOptions: CountingOptions = {
  base: 'validExcludingBlank',
  further: 'eliminateLowest',
  loneCandidateNeedsVote: false,
}

/** A person's id in the record. */
export type CandidateId = number

/** A round with candidates on the ballot. With several open seats a ballot may name up to that many candidates. */
export type VotesRoundInput = {
  kind: 'votes'
  /** Votes per standing candidate, keyed by candidate id; every standing candidate must be present (0 if none). */
  votes: Record<CandidateId, number>
  /** Ballots naming nobody. */
  blank: number
  invalid: number
  /** Unknown for a show of hands: leave it out and the sums are not checked against it. */
  ballotsCast?: number | null
  votersPresent?: number | null
}

/** A yes/no vote on the one candidate standing in this round; abstentions are blank ballots. */
export type YesNoRoundInput = {
  kind: 'yesNo'
  yes: number
  no: number
  abstain: number
  invalid: number
  ballotsCast?: number | null
  votersPresent?: number | null
}

export type RoundInput = VotesRoundInput | YesNoRoundInput

/** Methods the meeting may use to settle a tie; the engine itself never settles one. */
export const settlementMethods = ['lot'] as const
export type SettlementMethod = (typeof settlementMethods)[number]

export type TieSettlement = {
  /** 1-based, as the round is named in the minutes. */
  roundNumber: number
  method: SettlementMethod
  /** Who drew the lot. */
  drawnBy: string
  /**
   * The tied candidates the lot favoured: they take the seat (tie for the last seat), go to the
   * run-off (tie for the run-off places), or stay in (tie for elimination; the others go).
   */
  winners: CandidateId[]
  note?: string | null
}

export type ContestInput = {
  rule: CountingRule
  /** How many people the contest elects to the role, usually 1. */
  seats: number
  options?: Partial<CountingOptions>
  /** In the order the meeting presented them; order never breaks a tie. */
  candidates: CandidateId[]
  rounds: RoundInput[]
  settlements?: TieSettlement[]
}

export const tieKinds = ['lastSeat', 'elimination', 'runoffPlaces'] as const
export type TieKind = (typeof tieKinds)[number]

export type Tie = {
  tiedFor: TieKind
  /** The candidates with equal votes at the boundary. */
  candidates: CandidateId[]
  /** How many of them the meeting must pick for the favoured side (see TieSettlement.winners). */
  places: number
  votes: number
}

export type AppliedSettlement = {
  roundNumber: number
  tiedFor: TieKind
  tied: CandidateId[]
  method: SettlementMethod
  drawnBy: string
  winners: CandidateId[]
  losers: CandidateId[]
  note: string | null
}

export const candidateStatuses = ['elected', 'eliminated', 'goesOn', 'notElected', 'tied'] as const
export type CandidateStatus = (typeof candidateStatuses)[number]

export type TallyRow = { candidate: CandidateId; votes: number; status: CandidateStatus }

export const thresholdKinds = ['mostVotes', 'moreThanHalf', 'atLeastTwoThirds', 'moreYesThanNo'] as const
export type ThresholdKind = (typeof thresholdKinds)[number]

/** votesNeeded is null under "most votes", where no fixed number decides. */
export type Threshold = { kind: ThresholdKind; votesNeeded: number | null }

export type RoundResult = {
  roundNumber: number
  kind: RoundInput['kind']
  /** A run-off is decided by simple majority (most votes), whatever the rule. */
  runoff: boolean
  seatsOpen: number
  /** The votes the threshold is measured against; null when the ballots cast were not given for several seats. */
  base: number | null
  threshold: Threshold
  /** Most votes first; equal votes keep the candidates' order, which decides nothing. */
  tally: TallyRow[]
  yesNo: { yes: number; no: number; abstain: number } | null
  tie: Tie | null
  settlement: AppliedSettlement | null
}

export const vacancyReasons = [
  'noCandidates',
  'tooFewCandidates',
  'noneReachedThreshold',
  'allBlank',
  'notApproved',
] as const
export type VacancyReason = (typeof vacancyReasons)[number]

export const nextRoundReasons = ['notYetVoted', 'noneReachedThreshold', 'seatsLeft'] as const
export type NextRoundReason = (typeof nextRoundReasons)[number]

/** 'either': a lone candidate may be voted on by name or by yes/no. */
export const nextBallots = ['votes', 'yesNo', 'either'] as const
export type NextBallot = (typeof nextBallots)[number]

type OutcomeCommon = {
  /** Everybody elected so far, in the order they were elected. */
  elected: CandidateId[]
  settlements: AppliedSettlement[]
}

export type ContestOutcome =
  | (OutcomeCommon & { kind: 'acclaimed'; vacantSeats: number; vacancyReason: VacancyReason | null })
  | (OutcomeCommon & { kind: 'elected'; vacantSeats: number; vacancyReason: VacancyReason | null })
  | (OutcomeCommon & { kind: 'vacant'; vacantSeats: number; vacancyReason: VacancyReason })
  | (OutcomeCommon & {
      kind: 'needsAnotherRound'
      roundNumber: number
      candidates: CandidateId[]
      seatsOpen: number
      runoff: boolean
      ballot: NextBallot
      reason: NextRoundReason
    })
  | (OutcomeCommon & { kind: 'tie'; roundNumber: number; tie: Tie })

export type OutcomeKind = ContestOutcome['kind']

export type ContestResult = {
  rule: CountingRule
  seats: number
  options: CountingOptions
  rounds: RoundResult[]
  outcome: ContestOutcome
}

export type CountingProblem = Omit<FieldProblem, 'messageKey'> & { messageKey: CountingMessageKey }

export type CountingReport = { ok: true; result: ContestResult } | { ok: false; problems: CountingProblem[] }
