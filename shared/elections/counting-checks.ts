import type { CountingMessageKey } from './counting-messages'
import { sum } from './counting-ranking'
import {
  countingBases,
  countingRules,
  furtherRoundModes,
  settlementMethods,
  type CandidateId,
  type ContestInput,
  type CountingOptions,
  type CountingProblem,
  type RoundInput,
  type TieSettlement,
} from './counting-types'

export const problem = (
  field: string,
  messageKey: CountingMessageKey,
  params: Record<string, string | number> = {},
): CountingProblem => ({ field, messageKey, params })

export const isWholeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0

const isCandidateId = (value: unknown): value is CandidateId =>
  typeof value === 'number' && Number.isInteger(value) && value > 0

const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T =>
  (choices as readonly unknown[]).includes(value)

/** Problems in the contest as a whole; with any of them the rounds cannot be counted at all. */
export function checkContest(input: ContestInput, options: CountingOptions): CountingProblem[] {
  const problems: CountingProblem[] = []
  if (!isOneOf(countingRules, input.rule)) problems.push(problem('rule', 'counting.choice'))
  if (!isOneOf(countingBases, options.base)) problems.push(problem('options.base', 'counting.choice'))
  if (!isOneOf(furtherRoundModes, options.further)) problems.push(problem('options.further', 'counting.choice'))
  if (typeof options.loneCandidateNeedsVote !== 'boolean') {
    problems.push(problem('options.loneCandidateNeedsVote', 'counting.choice'))
  }
  if (!isWholeNumber(input.seats) || input.seats < 1) problems.push(problem('seats', 'counting.seatsAtLeastOne'))

  const seen = new Set<CandidateId>()
  input.candidates.forEach((candidate, index) => {
    if (!isCandidateId(candidate)) problems.push(problem(`candidates.${index}`, 'counting.candidateInvalid'))
    else if (seen.has(candidate)) {
      problems.push(problem(`candidates.${index}`, 'counting.duplicateCandidate', { candidate }))
    }
    seen.add(candidate)
  })

  const candidates = input.candidates.length
  if (candidates === 0 && input.rounds.length > 0) problems.push(problem('rounds', 'counting.noCandidatesNoRounds'))
  if (input.rule === 'acclamation' && candidates > 0) {
    if (candidates > input.seats) {
      problems.push(problem('candidates', 'counting.tooManyForAcclamation', { candidates, seats: input.seats }))
    } else if (options.loneCandidateNeedsVote && candidates > 1) {
      problems.push(problem('candidates', 'counting.voteNeedsOneCandidate', { candidates }))
    }
    if (!options.loneCandidateNeedsVote && input.rounds.length > 0) {
      problems.push(problem('rounds', 'counting.noVoteUnderAcclamation'))
    }
  }
  return problems
}

/** Every count in a round must be a whole number of ballots, 0 or more. */
export function checkRoundNumbers(round: RoundInput, index: number): CountingProblem[] {
  const at = `rounds.${index}`
  const fields: [string, unknown][] =
    round.kind === 'votes'
      ? [
          ...Object.entries(round.votes).map(([candidate, votes]): [string, unknown] => [`votes.${candidate}`, votes]),
          ['blank', round.blank],
          ['invalid', round.invalid],
        ]
      : [
          ['yes', round.yes],
          ['no', round.no],
          ['abstain', round.abstain],
          ['invalid', round.invalid],
        ]
  // Not known for a show of hands, so these two may be left out.
  if (round.ballotsCast != null) fields.push(['ballotsCast', round.ballotsCast])
  if (round.votersPresent != null) fields.push(['votersPresent', round.votersPresent])
  return fields
    .filter(([, value]) => !isWholeNumber(value))
    .map(([field]) => problem(`${at}.${field}`, 'counting.wholeNumber'))
}

/** What can be checked in a settlement without counting: the round exists, the lot is described. */
export function checkSettlements(settlements: readonly TieSettlement[], roundCount: number): CountingProblem[] {
  const problems: CountingProblem[] = []
  const rounds = new Set<number>()
  settlements.forEach((settlement, index) => {
    const at = `settlements.${index}`
    const { roundNumber } = settlement
    if (!Number.isInteger(roundNumber) || roundNumber < 1 || roundNumber > roundCount) {
      problems.push(problem(`${at}.roundNumber`, 'counting.settlementNoSuchRound', { roundNumber }))
    } else if (rounds.has(roundNumber)) {
      problems.push(problem(`${at}.roundNumber`, 'counting.settlementDuplicate', { roundNumber }))
    }
    rounds.add(roundNumber)
    if (!isOneOf(settlementMethods, settlement.method)) problems.push(problem(`${at}.method`, 'counting.choice'))
    if (typeof settlement.drawnBy !== 'string' || settlement.drawnBy.trim() === '') {
      problems.push(problem(`${at}.drawnBy`, 'counting.drawnByRequired'))
    }
    const winners = new Set<CandidateId>()
    settlement.winners.forEach((candidate, winnerIndex) => {
      const field = `${at}.winners.${winnerIndex}`
      if (!isCandidateId(candidate)) problems.push(problem(field, 'counting.candidateInvalid'))
      else if (winners.has(candidate)) problems.push(problem(field, 'counting.duplicateCandidate', { candidate }))
      winners.add(candidate)
    })
  })
  return problems
}

/** The round names exactly the candidates allowed to stand in it, in the right kind of ballot. */
export function checkStanding(
  round: RoundInput,
  index: number,
  standing: readonly CandidateId[],
  yesNoOnly: boolean,
): CountingProblem[] {
  const at = `rounds.${index}`
  if (round.kind === 'yesNo') {
    return standing.length === 1
      ? []
      : [problem(`${at}.kind`, 'counting.yesNoNeedsOneCandidate', { standing: standing.length })]
  }
  if (yesNoOnly) return [problem(`${at}.kind`, 'counting.yesNoRequired')]
  const problems: CountingProblem[] = []
  const allowed = new Set(standing.map(String))
  for (const key of Object.keys(round.votes)) {
    if (!allowed.has(key)) problems.push(problem(`${at}.votes.${key}`, 'counting.candidateNotStanding'))
  }
  for (const candidate of standing) {
    if (round.votes[candidate] === undefined) {
      problems.push(problem(`${at}.votes.${candidate}`, 'counting.votesMissing', { candidate }))
    }
  }
  return problems
}

/**
 * Do the ballots add up? With one open seat (and in every yes/no vote) each ballot is one vote, one
 * blank or one invalid, so they must sum to the ballots cast. With several open seats a ballot may
 * name up to that many candidates (each at most once) and `blank` counts ballots naming nobody, so
 * the votes lie between the ballots naming someone and that many times the open seats, and no
 * candidate has more votes than there are such ballots.
 */
export function checkBallots(round: RoundInput, index: number, perBallot: number, needsBallotsCast: boolean) {
  const at = `rounds.${index}`
  const problems: CountingProblem[] = []
  const { ballotsCast, votersPresent, invalid } = round
  if (ballotsCast != null && votersPresent != null && ballotsCast > votersPresent) {
    problems.push(problem(`${at}.ballotsCast`, 'counting.ballotsAboveVoters', { ballotsCast, votersPresent }))
  }
  const votes = round.kind === 'votes' ? Object.values(round.votes) : [round.yes, round.no]
  const blank = round.kind === 'votes' ? round.blank : round.abstain
  const votesTotal = sum(votes)

  if (round.kind === 'yesNo' || perBallot <= 1) {
    const counted = votesTotal + blank + invalid
    if (ballotsCast != null && counted !== ballotsCast) {
      problems.push(problem(`${at}.ballotsCast`, 'counting.sumMismatch', { counted, ballotsCast }))
    } else if (ballotsCast == null && votersPresent != null && counted > votersPresent) {
      problems.push(problem(`${at}.votersPresent`, 'counting.countedAboveVoters', { counted, votersPresent }))
    }
    return problems
  }

  if (ballotsCast == null) {
    if (needsBallotsCast) problems.push(problem(`${at}.ballotsCast`, 'counting.ballotsCastRequired'))
    if (votersPresent != null) {
      for (const [candidate, count] of Object.entries(round.votes)) {
        if (count > votersPresent) {
          problems.push(
            problem(`${at}.votes.${candidate}`, 'counting.candidateAboveVoters', { votes: count, votersPresent }),
          )
        }
      }
    }
    return problems
  }
  if (blank + invalid > ballotsCast) {
    problems.push(
      problem(`${at}.ballotsCast`, 'counting.blankInvalidAboveBallots', { count: blank + invalid, ballotsCast }),
    )
    return problems
  }
  const ballots = ballotsCast - blank - invalid
  if (votesTotal > ballots * perBallot) {
    problems.push(problem(`${at}.votes`, 'counting.tooManyVotesForBallots', { votes: votesTotal, ballots, perBallot }))
  } else if (votesTotal < ballots) {
    problems.push(problem(`${at}.votes`, 'counting.tooFewVotesForBallots', { votes: votesTotal, ballots }))
  }
  for (const [candidate, count] of Object.entries(round.votes)) {
    if (count > ballots) {
      problems.push(problem(`${at}.votes.${candidate}`, 'counting.candidateAboveBallots', { votes: count, ballots }))
    }
  }
  return problems
}
