import { majorityThreshold, pickHighest, pickLowest, rank, sum, yesNoThreshold, type Ranked } from './counting-ranking'
import { settleTie, type Settled, type SettlementRef } from './counting-tie'
import type {
  AppliedSettlement,
  CandidateId,
  CandidateStatus,
  CountingOptions,
  CountingProblem,
  CountingRule,
  NextRoundReason,
  RoundResult,
  Threshold,
  Tie,
  VacancyReason,
  VotesRoundInput,
  YesNoRoundInput,
} from './counting-types'

/** Where the count stands before a round: who may stand in it and for how many seats. */
export type CountState = { standing: CandidateId[]; seatsOpen: number; runoff: boolean }

export type RoundStep =
  | { next: 'round'; electedNow: CandidateId[]; state: CountState; reason: NextRoundReason }
  | { next: 'done'; electedNow: CandidateId[]; vacancyReason: VacancyReason | null }
  | { next: 'tie'; electedNow: CandidateId[]; tie: Tie }

export type RoundContext = {
  rule: CountingRule
  options: CountingOptions
  roundNumber: number
  settlement: SettlementRef | null
}

export type RoundEvaluation = { result: RoundResult; step: RoundStep; problems: CountingProblem[] }

type Decision = {
  step: RoundStep
  statuses: Map<CandidateId, CandidateStatus>
  tie: Tie | null
  applied: AppliedSettlement | null
  problems: CountingProblem[]
}

const mark = (statuses: Map<CandidateId, CandidateStatus>, candidates: CandidateId[], status: CandidateStatus) => {
  for (const candidate of candidates) statuses.set(candidate, status)
  return statuses
}

/** A tie left open: the tied wait for the meeting, the others' fate does not depend on it. */
function openTie(settled: Extract<Settled, { open: true }>, sure: CandidateStatus, below: CandidateStatus): Decision {
  const { pick, tie } = settled
  const statuses = mark(mark(mark(new Map(), pick.sure, sure), pick.tied, 'tied'), pick.below, below)
  const electedNow = tie.tiedFor === 'lastSeat' ? pick.sure : []
  return { step: { next: 'tie', electedNow, tie }, statuses, tie, applied: null, problems: settled.problems }
}

function done(elected: CandidateId[], vacancyReason: VacancyReason | null, extra?: Partial<Decision>): Decision {
  return {
    step: { next: 'done', electedNow: elected, vacancyReason },
    statuses: mark(new Map(), elected, 'elected'),
    tie: null,
    applied: null,
    problems: [],
    ...extra,
  }
}

const vacancyAfter = (seatsOpen: number, elected: number): VacancyReason | null =>
  elected < seatsOpen ? 'tooFewCandidates' : null

/**
 * Most votes wins: plurality, and every run-off. All zero votes with more candidates than seats is
 * a tie among all of them (the meeting decides); in a run-off it leaves the seats vacant instead,
 * since the meeting has turned down every candidate on a majority rule (see decideMajority).
 */
function decideMostVotes(ranked: Ranked, state: CountState, ctx: RoundContext): Decision {
  if (state.runoff && ranked.every((row) => row.votes === 0)) return done([], 'allBlank')
  const settled = settleTie(pickHighest(ranked, state.seatsOpen), 'lastSeat', ctx.roundNumber, ctx.settlement)
  if (settled.open) return openTie(settled, 'elected', 'notElected')
  return done(settled.chosen, vacancyAfter(state.seatsOpen, settled.chosen.length), {
    tie: settled.tie,
    applied: settled.applied,
  })
}

/**
 * Absolute majority and two thirds. Those at or over the threshold are elected (the most votes
 * first if more qualify than there are seats); if seats remain, the rest go on. When nobody
 * qualifies, `further` narrows the field. Whenever exactly one candidate more than the open seats
 * is left, the next round is a run-off decided by simple majority: eliminating one of the last two
 * would hand over the seat without a vote, and a run-off that still needed an absolute majority
 * could be blocked by blank ballots forever. Choose `further: 'vacant'` where the threshold must
 * hold in every round.
 */
function decideMajority(ranked: Ranked, threshold: Threshold, state: CountState, ctx: RoundContext): Decision {
  // Everyone voted blank (or nobody voted): the meeting turned down all candidates. Eliminating or
  // drawing lots among people with no support would be a lottery, so the seats stay vacant.
  if (ranked.every((row) => row.votes === 0)) return done([], 'allBlank')

  const needed = threshold.votesNeeded ?? 1
  const qualified = ranked.filter((row) => row.votes >= needed)
  const seats = settleTie(pickHighest(qualified, state.seatsOpen), 'lastSeat', ctx.roundNumber, ctx.settlement)
  if (seats.open) return openTie(seats, 'elected', 'notElected')

  const elected = seats.chosen
  const remaining = state.standing.filter((candidate) => !elected.includes(candidate))
  const seatsOpen = state.seatsOpen - elected.length
  const settledSeats = { tie: seats.tie, applied: seats.applied }
  if (seatsOpen === 0) return done(elected, null, settledSeats)
  if (elected.length > 0) {
    if (remaining.length === 0) return done(elected, 'tooFewCandidates', settledSeats)
    const next = { standing: remaining, seatsOpen, runoff: remaining.length === seatsOpen + 1 }
    return {
      step: { next: 'round', electedNow: elected, state: next, reason: 'seatsLeft' },
      statuses: mark(mark(new Map(), elected, 'elected'), remaining, 'goesOn'),
      problems: [],
      ...settledSeats,
    }
  }

  const standing = state.standing
  if (ctx.options.further === 'vacant' || standing.length <= seatsOpen) return done([], 'noneReachedThreshold')
  if (standing.length === seatsOpen + 1) return goOn(standing, [], seatsOpen, true, null)
  if (ctx.options.further === 'runoffTopTwo') {
    // Two per open seat go to the run-off: the top two when one seat is open.
    const settled = settleTie(pickHighest(ranked, seatsOpen * 2), 'runoffPlaces', ctx.roundNumber, ctx.settlement)
    if (settled.open) return openTie(settled, 'goesOn', 'eliminated')
    return goOn(settled.chosen, settled.rest, seatsOpen, true, settled)
  }
  const settled = settleTie(pickLowest(ranked), 'elimination', ctx.roundNumber, ctx.settlement)
  if (settled.open) return openTie(settled, 'goesOn', 'goesOn')
  return goOn(settled.chosen, settled.rest, seatsOpen, settled.chosen.length === seatsOpen + 1, settled)
}

function goOn(
  standing: CandidateId[],
  eliminated: CandidateId[],
  seatsOpen: number,
  runoff: boolean,
  settled: Extract<Settled, { open: false }> | null,
): Decision {
  return {
    step: { next: 'round', electedNow: [], state: { standing, seatsOpen, runoff }, reason: 'noneReachedThreshold' },
    statuses: mark(mark(new Map(), standing, 'goesOn'), eliminated, 'eliminated'),
    tie: settled?.tie ?? null,
    applied: settled?.applied ?? null,
    problems: [],
  }
}

function evaluateVotes(round: VotesRoundInput, state: CountState, ctx: RoundContext) {
  const ranked = rank(state.standing, round.votes)
  const blankInBase = ctx.options.base === 'validIncludingBlank' ? round.blank : 0
  // With several open seats a ballot carries several votes, so the base is ballots, not votes.
  const base =
    state.seatsOpen === 1
      ? sum(ranked.map((row) => row.votes)) + blankInBase
      : round.ballotsCast != null
        ? round.ballotsCast - round.invalid - round.blank + blankInBase
        : null
  const byMostVotes = ctx.rule === 'plurality' || ctx.rule === 'acclamation' || state.runoff
  const threshold: Threshold =
    byMostVotes || base === null ? { kind: 'mostVotes', votesNeeded: null } : majorityThreshold(ctx.rule, base)
  const decision = byMostVotes ? decideMostVotes(ranked, state, ctx) : decideMajority(ranked, threshold, state, ctx)
  return { ranked, base, threshold, decision, yesNo: null }
}

function evaluateYesNo(round: YesNoRoundInput, state: CountState, ctx: RoundContext) {
  const candidate = state.standing[0]
  const { yes, no, abstain } = round
  const { threshold, base } = yesNoThreshold(ctx.rule, ctx.options.base, { yes, no, abstain })
  const approved = threshold.kind === 'moreYesThanNo' ? yes > no : yes >= (threshold.votesNeeded ?? 1)
  const ranked: Ranked = candidate === undefined ? [] : [{ candidate, votes: yes }]
  const elected = approved && candidate !== undefined ? [candidate] : []
  const vacancy = approved ? vacancyAfter(state.seatsOpen, 1) : yes === 0 && no === 0 ? 'allBlank' : 'notApproved'
  return { ranked, base, threshold, decision: done(elected, vacancy), yesNo: { yes, no, abstain } }
}

/** Counts one round that has already passed validation. */
export function evaluateRound(
  round: VotesRoundInput | YesNoRoundInput,
  state: CountState,
  ctx: RoundContext,
): RoundEvaluation {
  const { ranked, base, threshold, decision, yesNo } =
    round.kind === 'votes' ? evaluateVotes(round, state, ctx) : evaluateYesNo(round, state, ctx)
  const fallback: CandidateStatus = decision.step.next === 'round' ? 'goesOn' : 'notElected'
  const result: RoundResult = {
    roundNumber: ctx.roundNumber,
    kind: round.kind,
    runoff: state.runoff,
    seatsOpen: state.seatsOpen,
    base,
    threshold,
    tally: ranked.map((row) => ({ ...row, status: decision.statuses.get(row.candidate) ?? fallback })),
    yesNo,
    tie: decision.tie,
    settlement: decision.applied,
  }
  return { result, step: decision.step, problems: decision.problems }
}
