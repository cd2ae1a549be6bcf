import { describe, expect, it } from 'vitest'
import {
  countContest,
  type CandidateId,
  type ContestInput,
  type ContestOutcome,
  type ContestResult,
  type RoundResult,
  type VotesRoundInput,
  type YesNoRoundInput,
} from '../../shared/elections/counting'

// Worked examples: each row is a contest as a meeting records it, the rounds as the minutes would
// list them, and the outcome. Candidates are people 11-15, written A-E in the round lines.
const [A, B, C, D] = [11, 12, 13, 14]
const letter = (candidate: CandidateId) => 'ABCDE'[candidate - 11] ?? String(candidate)

const votes = (
  counts: Record<CandidateId, number>,
  blank = 0,
  more: Partial<VotesRoundInput> = {},
): VotesRoundInput => ({
  kind: 'votes',
  votes: counts,
  blank,
  invalid: 0,
  ...more,
})
const yesNo = (yes: number, no: number, abstain = 0): YesNoRoundInput => ({
  kind: 'yesNo',
  yes,
  no,
  abstain,
  invalid: 0,
})
const lot = (roundNumber: number, winners: CandidateId[]) => ({
  roundNumber,
  method: 'lot' as const,
  drawnBy: 'Kari (chair)',
  winners,
})

function count(input: ContestInput): ContestResult {
  const report = countContest(input)
  if (!report.ok) throw new Error(`unexpected problems: ${JSON.stringify(report.problems)}`)
  return report.result
}

/** "3 run-off | base 20 needs - | A 9 elected, B 8 notElected" */
function line(round: RoundResult): string {
  const needs = round.threshold.votesNeeded ?? '-'
  const tally = round.tally.map((row) => `${letter(row.candidate)} ${row.votes} ${row.status}`).join(', ')
  return `${round.roundNumber}${round.runoff ? ' run-off' : ''} | base ${round.base ?? '?'} needs ${needs} | ${tally}`
}

type Example = { name: string; input: ContestInput; rounds: string[]; outcome: Partial<ContestOutcome> }

function runExamples(examples: Example[]) {
  it.each(examples)('$name', ({ input, rounds, outcome }) => {
    const result = count(input)
    expect(result.rounds.map(line)).toEqual(rounds)
    expect(result.outcome).toMatchObject(outcome)
    // Plain data: it survives IPC and storage as JSON unchanged.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })
}

describe('acclamation', () => {
  runExamples([
    {
      name: 'a lone candidate is acclaimed without a vote',
      input: { rule: 'acclamation', seats: 1, candidates: [A], rounds: [] },
      rounds: [],
      outcome: { kind: 'acclaimed', elected: [A], vacantSeats: 0, vacancyReason: null },
    },
    {
      name: 'two candidates for two seats are both acclaimed',
      input: { rule: 'acclamation', seats: 2, candidates: [A, B], rounds: [] },
      rounds: [],
      outcome: { kind: 'acclaimed', elected: [A, B], vacantSeats: 0 },
    },
    {
      name: 'one candidate for two seats leaves one vacant',
      input: { rule: 'acclamation', seats: 2, candidates: [A], rounds: [] },
      rounds: [],
      outcome: { kind: 'acclaimed', elected: [A], vacantSeats: 1, vacancyReason: 'tooFewCandidates' },
    },
    {
      name: 'a required vote not yet held asks for a yes/no round',
      input: { rule: 'acclamation', seats: 1, options: { loneCandidateNeedsVote: true }, candidates: [A], rounds: [] },
      rounds: [],
      outcome: { kind: 'needsAnotherRound', roundNumber: 1, candidates: [A], ballot: 'yesNo', reason: 'notYetVoted' },
    },
    {
      name: 'a required vote passes with more yes than no (abstentions do not matter)',
      input: {
        rule: 'acclamation',
        seats: 1,
        options: { loneCandidateNeedsVote: true, base: 'validIncludingBlank' },
        candidates: [A],
        rounds: [yesNo(8, 3, 9)],
      },
      rounds: ['1 | base 20 needs 4 | A 8 elected'],
      outcome: { kind: 'elected', elected: [A], vacantSeats: 0 },
    },
    {
      name: 'a required vote fails on equal yes and no',
      input: {
        rule: 'acclamation',
        seats: 1,
        options: { loneCandidateNeedsVote: true },
        candidates: [A],
        rounds: [yesNo(4, 4, 1)],
      },
      rounds: ['1 | base 8 needs 5 | A 4 notElected'],
      outcome: { kind: 'vacant', elected: [], vacantSeats: 1, vacancyReason: 'notApproved' },
    },
    {
      name: 'a required vote where everyone abstains leaves the seat vacant',
      input: {
        rule: 'acclamation',
        seats: 1,
        options: { loneCandidateNeedsVote: true },
        candidates: [A],
        rounds: [yesNo(0, 0, 9)],
      },
      rounds: ['1 | base 0 needs 1 | A 0 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'allBlank' },
    },
    {
      name: 'no candidate at all: vacant, whatever the rule',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [], rounds: [] },
      rounds: [],
      outcome: { kind: 'vacant', elected: [], vacantSeats: 1, vacancyReason: 'noCandidates' },
    },
  ])
})

describe('yes/no vote on a lone candidate under a voting rule', () => {
  runExamples([
    {
      name: 'absolute majority, blank excluded: 5 yes of 9 is enough',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A], rounds: [yesNo(5, 4, 3)] },
      rounds: ['1 | base 9 needs 5 | A 5 elected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'absolute majority, blank included: the 3 abstentions make 5 yes of 12 too few',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { base: 'validIncludingBlank' },
        candidates: [A],
        rounds: [yesNo(5, 4, 3)],
      },
      rounds: ['1 | base 12 needs 7 | A 5 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'notApproved' },
    },
    {
      name: 'two thirds: 6 yes of 9 is exactly two thirds, enough',
      input: { rule: 'twoThirds', seats: 1, candidates: [A], rounds: [yesNo(6, 3)] },
      rounds: ['1 | base 9 needs 6 | A 6 elected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'two thirds: 5 yes of 8 is just below',
      input: { rule: 'twoThirds', seats: 1, candidates: [A], rounds: [yesNo(5, 3)] },
      rounds: ['1 | base 8 needs 6 | A 5 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'notApproved' },
    },
    {
      name: 'plurality: more yes than no, however many abstain',
      input: {
        rule: 'plurality',
        seats: 1,
        options: { base: 'validIncludingBlank' },
        candidates: [A],
        rounds: [yesNo(3, 2, 10)],
      },
      rounds: ['1 | base 15 needs 3 | A 3 elected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'before the vote, a lone candidate may be voted on by name or by yes/no',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A], rounds: [] },
      rounds: [],
      outcome: { kind: 'needsAnotherRound', roundNumber: 1, candidates: [A], ballot: 'either', reason: 'notYetVoted' },
    },
  ])
})

describe('plurality', () => {
  runExamples([
    {
      name: 'most votes wins',
      input: { rule: 'plurality', seats: 1, candidates: [A, B, C], rounds: [votes({ [A]: 10, [B]: 7, [C]: 3 })] },
      rounds: ['1 | base 20 needs - | A 10 elected, B 7 notElected, C 3 notElected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'three seats: the top three, each ballot naming up to three',
      input: {
        rule: 'plurality',
        seats: 3,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 9, [B]: 7, [C]: 5, [D]: 1 }, 0, { ballotsCast: 9 })],
      },
      rounds: ['1 | base 9 needs - | A 9 elected, B 7 elected, C 5 elected, D 1 notElected'],
      outcome: { kind: 'elected', elected: [A, B, C], vacantSeats: 0 },
    },
    {
      name: 'a tie on one seat is left to the meeting',
      input: { rule: 'plurality', seats: 1, candidates: [A, B, C], rounds: [votes({ [A]: 6, [B]: 6, [C]: 2 })] },
      rounds: ['1 | base 14 needs - | A 6 tied, B 6 tied, C 2 notElected'],
      outcome: {
        kind: 'tie',
        roundNumber: 1,
        elected: [],
        tie: { tiedFor: 'lastSeat', candidates: [A, B], places: 1, votes: 6 },
      },
    },
    {
      name: 'two seats with a tie for the last one: A is elected, B and C wait for the meeting',
      input: {
        rule: 'plurality',
        seats: 2,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 10, [B]: 8, [C]: 8, [D]: 2 }, 0, { ballotsCast: 14 })],
      },
      rounds: ['1 | base 14 needs - | A 10 elected, B 8 tied, C 8 tied, D 2 notElected'],
      outcome: { kind: 'tie', elected: [A], tie: { tiedFor: 'lastSeat', candidates: [B, C], places: 1, votes: 8 } },
    },
    {
      name: 'the same tie settled by lot: C drawn, and the lot is part of the result',
      input: {
        rule: 'plurality',
        seats: 2,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 10, [B]: 8, [C]: 8, [D]: 2 }, 0, { ballotsCast: 14 })],
        settlements: [lot(1, [C])],
      },
      rounds: ['1 | base 14 needs - | A 10 elected, B 8 notElected, C 8 elected, D 2 notElected'],
      outcome: {
        kind: 'elected',
        elected: [A, C],
        vacantSeats: 0,
        settlements: [
          {
            roundNumber: 1,
            tiedFor: 'lastSeat',
            tied: [B, C],
            method: 'lot',
            drawnBy: 'Kari (chair)',
            winners: [C],
            losers: [B],
            note: null,
          },
        ],
      },
    },
    {
      name: 'all ballots blank: everyone is tied at zero and the meeting decides',
      input: { rule: 'plurality', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 0, [B]: 0 }, 12)] },
      rounds: ['1 | base 0 needs - | A 0 tied, B 0 tied'],
      outcome: { kind: 'tie', tie: { tiedFor: 'lastSeat', candidates: [A, B], places: 1, votes: 0 } },
    },
    {
      name: 'an unopposed candidate wins even with no votes (use a yes/no vote to let the meeting say no)',
      input: { rule: 'plurality', seats: 1, candidates: [A], rounds: [votes({ [A]: 0 }, 5)] },
      rounds: ['1 | base 0 needs - | A 0 elected'],
      outcome: { kind: 'elected', elected: [A] },
    },
  ])
})

describe('absolute majority', () => {
  runExamples([
    {
      name: 'more than half in the first round',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 11, [B]: 9 })] },
      rounds: ['1 | base 20 needs 11 | A 11 elected, B 9 notElected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'exactly half is not a majority: the two go to a run-off',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 10, [B]: 10 })] },
      rounds: ['1 | base 20 needs 11 | A 10 goesOn, B 10 goesOn'],
      outcome: {
        kind: 'needsAnotherRound',
        roundNumber: 2,
        candidates: [A, B],
        runoff: true,
        ballot: 'votes',
        reason: 'noneReachedThreshold',
      },
    },
    {
      name: 'three rounds eliminating the lowest; the run-off between the last two is won by simple majority',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'eliminateLowest', base: 'validIncludingBlank' },
        candidates: [A, B, C, D],
        rounds: [
          votes({ [A]: 8, [B]: 6, [C]: 4, [D]: 2 }),
          votes({ [A]: 9, [B]: 7, [C]: 4 }),
          // 9 of 20 is no absolute majority, but a run-off needs only more votes than the other.
          votes({ [A]: 9, [B]: 8 }, 3),
        ],
      },
      rounds: [
        '1 | base 20 needs 11 | A 8 goesOn, B 6 goesOn, C 4 goesOn, D 2 eliminated',
        '2 | base 20 needs 11 | A 9 goesOn, B 7 goesOn, C 4 eliminated',
        '3 run-off | base 20 needs - | A 9 elected, B 8 notElected',
      ],
      outcome: { kind: 'elected', elected: [A], settlements: [] },
    },
    {
      name: 'run-off between the top two',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'runoffTopTwo' },
        candidates: [A, B, C],
        rounds: [votes({ [A]: 8, [B]: 7, [C]: 5 }), votes({ [A]: 9, [B]: 11 })],
      },
      rounds: [
        '1 | base 20 needs 11 | A 8 goesOn, B 7 goesOn, C 5 eliminated',
        '2 run-off | base 20 needs - | B 11 elected, A 9 notElected',
      ],
      outcome: { kind: 'elected', elected: [B] },
    },
    {
      name: 'a tied run-off is left to the meeting',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'runoffTopTwo' },
        candidates: [A, B, C],
        rounds: [votes({ [A]: 8, [B]: 7, [C]: 5 }), votes({ [A]: 10, [B]: 10 })],
      },
      rounds: [
        '1 | base 20 needs 11 | A 8 goesOn, B 7 goesOn, C 5 eliminated',
        '2 run-off | base 20 needs - | A 10 tied, B 10 tied',
      ],
      outcome: { kind: 'tie', roundNumber: 2, tie: { tiedFor: 'lastSeat', candidates: [A, B], places: 1, votes: 10 } },
    },
    {
      name: 'the tied run-off settled by lot',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'runoffTopTwo' },
        candidates: [A, B, C],
        rounds: [votes({ [A]: 8, [B]: 7, [C]: 5 }), votes({ [A]: 10, [B]: 10 })],
        settlements: [lot(2, [B])],
      },
      rounds: [
        '1 | base 20 needs 11 | A 8 goesOn, B 7 goesOn, C 5 eliminated',
        '2 run-off | base 20 needs - | A 10 notElected, B 10 elected',
      ],
      outcome: {
        kind: 'elected',
        elected: [B],
        settlements: [expect.objectContaining({ roundNumber: 2, winners: [B], losers: [A] })],
      },
    },
    {
      name: 'a tie for the second run-off place',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'runoffTopTwo' },
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 9, [B]: 5, [C]: 5, [D]: 1 })],
      },
      rounds: ['1 | base 20 needs 11 | A 9 goesOn, B 5 tied, C 5 tied, D 1 eliminated'],
      outcome: { kind: 'tie', tie: { tiedFor: 'runoffPlaces', candidates: [B, C], places: 1, votes: 5 } },
    },
    {
      name: 'the run-off place settled by lot: C goes to the run-off against A',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'runoffTopTwo' },
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 9, [B]: 5, [C]: 5, [D]: 1 })],
        settlements: [lot(1, [C])],
      },
      rounds: ['1 | base 20 needs 11 | A 9 goesOn, B 5 eliminated, C 5 goesOn, D 1 eliminated'],
      outcome: { kind: 'needsAnotherRound', roundNumber: 2, candidates: [A, C], runoff: true },
    },
    {
      name: 'a tie over who is eliminated',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 9, [B]: 6, [C]: 3, [D]: 3 })],
      },
      rounds: ['1 | base 21 needs 11 | A 9 goesOn, B 6 goesOn, C 3 tied, D 3 tied'],
      outcome: { kind: 'tie', tie: { tiedFor: 'elimination', candidates: [C, D], places: 1, votes: 3 } },
    },
    {
      name: 'the elimination settled by lot: C stays in, D goes',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 9, [B]: 6, [C]: 3, [D]: 3 })],
        settlements: [lot(1, [C])],
      },
      rounds: ['1 | base 21 needs 11 | A 9 goesOn, B 6 goesOn, C 3 goesOn, D 3 eliminated'],
      outcome: {
        kind: 'needsAnotherRound',
        roundNumber: 2,
        candidates: [A, B, C],
        runoff: false,
        settlements: [expect.objectContaining({ tiedFor: 'elimination', winners: [C], losers: [D] })],
      },
    },
    {
      name: "with further rounds set to 'vacant', no majority leaves the seat vacant",
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { further: 'vacant' },
        candidates: [A, B, C],
        rounds: [votes({ [A]: 9, [B]: 8, [C]: 3 })],
      },
      rounds: ['1 | base 20 needs 11 | A 9 notElected, B 8 notElected, C 3 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'noneReachedThreshold' },
    },
    {
      name: 'all ballots blank: the meeting turned everyone down, the seat is vacant',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 0, [B]: 0 }, 10)] },
      rounds: ['1 | base 0 needs 1 | A 0 notElected, B 0 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'allBlank' },
    },
    {
      name: 'an all-blank run-off is vacant too',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        candidates: [A, B],
        rounds: [votes({ [A]: 5, [B]: 5 }), votes({ [A]: 0, [B]: 0 }, 10)],
      },
      rounds: [
        '1 | base 10 needs 6 | A 5 goesOn, B 5 goesOn',
        '2 run-off | base 0 needs - | A 0 notElected, B 0 notElected',
      ],
      outcome: { kind: 'vacant', vacancyReason: 'allBlank' },
    },
  ])
})

describe('the base: blank ballots excluded or included', () => {
  const round = votes({ [A]: 11, [B]: 8 }, 3)
  runExamples([
    {
      name: 'excluding blank: 11 of 19 is a majority',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A, B], rounds: [round] },
      rounds: ['1 | base 19 needs 10 | A 11 elected, B 8 notElected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'including blank: 11 of 22 is not, so a run-off follows',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { base: 'validIncludingBlank' },
        candidates: [A, B],
        rounds: [round],
      },
      rounds: ['1 | base 22 needs 12 | A 11 goesOn, B 8 goesOn'],
      outcome: { kind: 'needsAnotherRound', candidates: [A, B], runoff: true },
    },
    {
      name: 'a lone candidate voted on by name, blank excluded: elected on own votes',
      input: { rule: 'absoluteMajority', seats: 1, candidates: [A], rounds: [votes({ [A]: 4 }, 6)] },
      rounds: ['1 | base 4 needs 3 | A 4 elected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'a lone candidate voted on by name, blank included: 4 of 10 is too few',
      input: {
        rule: 'absoluteMajority',
        seats: 1,
        options: { base: 'validIncludingBlank' },
        candidates: [A],
        rounds: [votes({ [A]: 4 }, 6)],
      },
      rounds: ['1 | base 10 needs 6 | A 4 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'noneReachedThreshold' },
    },
  ])
})

describe('two thirds (at least two thirds: votes × 3 ≥ base × 2)', () => {
  runExamples([
    {
      name: 'exactly two thirds is enough',
      input: { rule: 'twoThirds', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 20, [B]: 10 })] },
      rounds: ['1 | base 30 needs 20 | A 20 elected, B 10 notElected'],
      outcome: { kind: 'elected', elected: [A] },
    },
    {
      name: 'just below two thirds: the two go to a run-off',
      input: { rule: 'twoThirds', seats: 1, candidates: [A, B], rounds: [votes({ [A]: 19, [B]: 11 })] },
      rounds: ['1 | base 30 needs 20 | A 19 goesOn, B 11 goesOn'],
      outcome: { kind: 'needsAnotherRound', candidates: [A, B], runoff: true },
    },
    {
      name: "just below with further rounds set to 'vacant': a strict two thirds, the seat stays vacant",
      input: {
        rule: 'twoThirds',
        seats: 1,
        options: { further: 'vacant' },
        candidates: [A, B],
        rounds: [votes({ [A]: 19, [B]: 11 })],
      },
      rounds: ['1 | base 30 needs 20 | A 19 notElected, B 11 notElected'],
      outcome: { kind: 'vacant', vacancyReason: 'noneReachedThreshold' },
    },
    {
      name: 'just below with three candidates: the lowest goes',
      input: { rule: 'twoThirds', seats: 1, candidates: [A, B, C], rounds: [votes({ [A]: 19, [B]: 8, [C]: 3 })] },
      rounds: ['1 | base 30 needs 20 | A 19 goesOn, B 8 goesOn, C 3 eliminated'],
      outcome: { kind: 'needsAnotherRound', candidates: [A, B], runoff: true },
    },
  ])
})

describe('several seats under a majority rule', () => {
  runExamples([
    {
      name: 'two seats, both filled at once: the base is the 20 ballots, not the 40 names',
      input: {
        rule: 'absoluteMajority',
        seats: 2,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 15, [B]: 12, [C]: 8, [D]: 5 }, 0, { ballotsCast: 20 })],
      },
      rounds: ['1 | base 20 needs 11 | A 15 elected, B 12 elected, C 8 notElected, D 5 notElected'],
      outcome: { kind: 'elected', elected: [A, B], vacantSeats: 0 },
    },
    {
      name: 'one elected in round 1, the rest continue for the other seat',
      input: {
        rule: 'absoluteMajority',
        seats: 2,
        candidates: [A, B, C, D],
        rounds: [
          votes({ [A]: 14, [B]: 9, [C]: 8, [D]: 5 }, 0, { ballotsCast: 20 }),
          votes({ [B]: 10, [C]: 8, [D]: 2 }, 0, { ballotsCast: 20 }),
          votes({ [B]: 9, [C]: 11 }, 0, { ballotsCast: 20 }),
        ],
      },
      rounds: [
        '1 | base 20 needs 11 | A 14 elected, B 9 goesOn, C 8 goesOn, D 5 goesOn',
        '2 | base 20 needs 11 | B 10 goesOn, C 8 goesOn, D 2 eliminated',
        '3 run-off | base 20 needs - | C 11 elected, B 9 notElected',
      ],
      outcome: { kind: 'elected', elected: [A, C], vacantSeats: 0 },
    },
    {
      name: 'after round 1 the second seat is still open',
      input: {
        rule: 'absoluteMajority',
        seats: 2,
        candidates: [A, B, C, D],
        rounds: [votes({ [A]: 14, [B]: 9, [C]: 8, [D]: 5 }, 0, { ballotsCast: 20 })],
      },
      rounds: ['1 | base 20 needs 11 | A 14 elected, B 9 goesOn, C 8 goesOn, D 5 goesOn'],
      outcome: {
        kind: 'needsAnotherRound',
        roundNumber: 2,
        elected: [A],
        candidates: [B, C, D],
        seatsOpen: 1,
        runoff: false,
        reason: 'seatsLeft',
      },
    },
    {
      name: 'three reach the majority for two seats, and the last two of them are tied',
      input: {
        rule: 'absoluteMajority',
        seats: 2,
        candidates: [A, B, C],
        rounds: [votes({ [A]: 8, [B]: 7, [C]: 7 }, 0, { ballotsCast: 12 })],
      },
      rounds: ['1 | base 12 needs 7 | A 8 elected, B 7 tied, C 7 tied'],
      outcome: { kind: 'tie', elected: [A], tie: { tiedFor: 'lastSeat', candidates: [B, C], places: 1, votes: 7 } },
    },
  ])
})
