import {
  checkBallots,
  checkContest,
  checkRoundNumbers,
  checkSettlements,
  checkStanding,
  problem,
} from './counting-checks'
import { evaluateRound, type CountState } from './counting-round'
import type { SettlementRef } from './counting-tie'
import {
  defaultCountingOptions,
  type AppliedSettlement,
  type CandidateId,
  type ContestInput,
  type ContestOutcome,
  type CountingOptions,
  type CountingProblem,
  type CountingReport,
  type NextRoundReason,
  type RoundResult,
  type Tie,
  type VacancyReason,
} from './counting-types'

export * from './counting-types'
export { countingMessages, type CountingMessageKey } from './counting-messages'

/**
 * The counting engine: from a contest as the meeting recorded it to who was elected, round by round.
 *
 * Pure and total: it never throws, and it returns either the result or every problem it found, each
 * naming the input field (`rounds.1.votes.17`) with an i18n key. It never settles a tie: a tie is
 * an outcome until the meeting's settlement (a drawing of lots) is given as input, and then the
 * settlement is part of the result so the minutes can print it.
 *
 * Decisions the organisations' rules leave open, and where they are made:
 * - absolute majority is more than half, two thirds is at least two thirds (counting-ranking.ts);
 * - a yes/no vote needs more yes than no, or the rule's majority of the base (counting-ranking.ts);
 * - the last two for a seat meet in a run-off decided by simple majority (counting-round.ts);
 * - an all-blank round is a tie among all under plurality, and vacant under a majority rule
 *   (counting-round.ts);
 * - with several seats a ballot names up to that many candidates (counting-checks.ts).
 */
export function countContest(input: ContestInput): CountingReport {
  const options = resolveCountingOptions(input.options)
  const settlements = input.settlements ?? []
  const contestProblems = checkContest(input, options)
  const numberProblems = input.rounds.map(checkRoundNumbers)
  const problems = [...contestProblems, ...numberProblems.flat(), ...checkSettlements(settlements, input.rounds.length)]
  if (contestProblems.length > 0) return { ok: false, problems }

  const counted = countRounds(
    input,
    options,
    numberProblems.map((list) => list.length > 0),
  )
  problems.push(...counted.problems)
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    result: { rule: input.rule, seats: input.seats, options, rounds: counted.rounds, outcome: counted.outcome },
  }
}

/** The problems alone, for a form that shows them under its fields. */
export function validateContest(input: ContestInput): CountingProblem[] {
  const report = countContest(input)
  return report.ok ? [] : report.problems
}

export function resolveCountingOptions(options: Partial<CountingOptions> | undefined): CountingOptions {
  return { ...defaultCountingOptions, ...options }
}

type Progress =
  | { kind: 'open'; reason: NextRoundReason }
  | { kind: 'done'; roundNumber: number; vacancyReason: VacancyReason | null }
  | { kind: 'tie'; roundNumber: number; tie: Tie }
  // A round with problems: later rounds cannot be checked against an outcome that is not known.
  | { kind: 'broken' }

function countRounds(input: ContestInput, options: CountingOptions, hasNumberProblems: boolean[]) {
  const problems: CountingProblem[] = []
  const rounds: RoundResult[] = []
  const elected: CandidateId[] = []
  const applied: AppliedSettlement[] = []
  const settlementFor = new Map<number, SettlementRef>()
  ;(input.settlements ?? []).forEach((value, index) => {
    if (!settlementFor.has(value.roundNumber)) settlementFor.set(value.roundNumber, { index, value })
  })
  const withoutTie = (settlement: SettlementRef | undefined) => {
    if (settlement) {
      const { roundNumber } = settlement.value
      problems.push(
        problem(`settlements.${settlement.index}.roundNumber`, 'counting.settlementWithoutTie', { roundNumber }),
      )
    }
  }

  let state: CountState = { standing: [...input.candidates], seatsOpen: input.seats, runoff: false }
  let progress: Progress =
    input.candidates.length === 0
      ? { kind: 'done', roundNumber: 0, vacancyReason: 'noCandidates' }
      : input.rule === 'acclamation' && !options.loneCandidateNeedsVote
        ? { kind: 'done', roundNumber: 0, vacancyReason: null }
        : { kind: 'open', reason: 'notYetVoted' }
  const acclaimed = progress.kind === 'done' && input.candidates.length > 0
  if (acclaimed) elected.push(...input.candidates)
  const majorityRule = input.rule === 'absoluteMajority' || input.rule === 'twoThirds'

  for (const [index, round] of input.rounds.entries()) {
    const roundNumber = index + 1
    const settlement = settlementFor.get(roundNumber)
    if (progress.kind === 'broken') continue
    if (progress.kind === 'done') {
      // Acclamation and "no candidates" already have their own problem on `rounds`.
      if (progress.roundNumber > 0) {
        problems.push(problem(`rounds.${index}`, 'counting.roundAfterDecision', { decidedIn: progress.roundNumber }))
      }
      withoutTie(settlement)
      continue
    }
    if (progress.kind === 'tie') {
      problems.push(problem(`rounds.${index}`, 'counting.roundAfterTie', { roundNumber: progress.roundNumber }))
      withoutTie(settlement)
      continue
    }
    if (hasNumberProblems[index]) {
      progress = { kind: 'broken' }
      continue
    }
    const standingProblems = checkStanding(round, index, state.standing, input.rule === 'acclamation')
    const roundProblems =
      standingProblems.length > 0
        ? standingProblems
        : checkBallots(round, index, state.seatsOpen, majorityRule && !state.runoff)
    if (roundProblems.length > 0) {
      problems.push(...roundProblems)
      progress = { kind: 'broken' }
      continue
    }

    const evaluation = evaluateRound(round, state, {
      rule: input.rule,
      options,
      roundNumber,
      settlement: settlement ?? null,
    })
    rounds.push(evaluation.result)
    if (evaluation.problems.length > 0) {
      problems.push(...evaluation.problems)
      progress = { kind: 'broken' }
      continue
    }
    if (evaluation.result.settlement) applied.push(evaluation.result.settlement)
    else if (!evaluation.result.tie) withoutTie(settlement)
    const step = evaluation.step
    elected.push(...step.electedNow)
    if (step.next === 'round') {
      state = step.state
      progress = { kind: 'open', reason: step.reason }
    } else if (step.next === 'done') {
      progress = { kind: 'done', roundNumber, vacancyReason: step.vacancyReason }
    } else {
      progress = { kind: 'tie', roundNumber, tie: step.tie }
    }
  }

  const common = { elected, settlements: applied }
  const vacantSeats = input.seats - elected.length
  const outcome = ((): ContestOutcome => {
    switch (progress.kind) {
      case 'tie':
        return { ...common, kind: 'tie', roundNumber: progress.roundNumber, tie: progress.tie }
      case 'open':
      case 'broken':
        return {
          ...common,
          kind: 'needsAnotherRound',
          roundNumber: input.rounds.length + 1,
          candidates: state.standing,
          seatsOpen: state.seatsOpen,
          runoff: state.runoff,
          ballot: input.rule === 'acclamation' ? 'yesNo' : state.standing.length === 1 ? 'either' : 'votes',
          reason: progress.kind === 'open' ? progress.reason : 'notYetVoted',
        }
      case 'done': {
        const vacancyReason = vacantSeats > 0 ? (progress.vacancyReason ?? 'tooFewCandidates') : null
        if (elected.length === 0)
          return { ...common, kind: 'vacant', vacantSeats, vacancyReason: vacancyReason ?? 'noCandidates' }
        return { ...common, kind: acclaimed ? 'acclaimed' : 'elected', vacantSeats, vacancyReason }
      }
    }
  })()
  return { problems, rounds, outcome }
}
