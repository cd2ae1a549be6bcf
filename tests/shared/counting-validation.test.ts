import { describe, expect, it } from 'vitest'
import {
  countContest,
  countingMessages,
  validateContest,
  type CandidateId,
  type ContestInput,
  type CountingProblem,
  type VotesRoundInput,
  type YesNoRoundInput,
} from '../../shared/elections/counting'

const [A, B, C] = [11, 12, 13]

const votes = (counts: Record<CandidateId, number>, more: Partial<VotesRoundInput> = {}): VotesRoundInput => ({
  kind: 'votes',
  votes: counts,
  blank: 0,
  invalid: 0,
  ...more,
})
const yesNo = (yes: number, no: number, more: Partial<YesNoRoundInput> = {}): YesNoRoundInput => ({
  kind: 'yesNo',
  yes,
  no,
  abstain: 0,
  invalid: 0,
  ...more,
})
const lot = (roundNumber: number, winners: CandidateId[], drawnBy = 'Kari') => ({
  roundNumber,
  method: 'lot' as const,
  drawnBy,
  winners,
})

const contest = (more: Partial<ContestInput>): ContestInput => ({
  rule: 'absoluteMajority',
  seats: 1,
  candidates: [A, B, C],
  rounds: [],
  ...more,
})
const twoSeats = (round: VotesRoundInput, rule: ContestInput['rule'] = 'absoluteMajority') =>
  contest({ rule, seats: 2, rounds: [round] })
const decided = votes({ [A]: 11, [B]: 5, [C]: 2 })
const tied = votes({ [A]: 5, [B]: 5, [C]: 1 })

type Case = { name: string; input: ContestInput; problems: Partial<CountingProblem>[] }

// Each problem names the field a form would show it under, and an i18n key with its parameters.
const cases: Case[] = [
  {
    name: 'unknown rule',
    input: contest({ rule: 'lottery' as never }),
    problems: [{ field: 'rule', messageKey: 'counting.choice' }],
  },
  {
    name: 'unknown base',
    input: contest({ options: { base: 'everything' as never } }),
    problems: [{ field: 'options.base', messageKey: 'counting.choice' }],
  },
  {
    name: 'unknown further-round mode',
    input: contest({ options: { further: 'coinFlip' as never } }),
    problems: [{ field: 'options.further', messageKey: 'counting.choice' }],
  },
  {
    name: 'lone-candidate option not a yes or no',
    input: contest({ options: { loneCandidateNeedsVote: 'yes' as never } }),
    problems: [{ field: 'options.loneCandidateNeedsVote', messageKey: 'counting.choice' }],
  },
  {
    name: 'no seats',
    input: contest({ seats: 0 }),
    problems: [{ field: 'seats', messageKey: 'counting.seatsAtLeastOne' }],
  },
  {
    name: 'half a seat',
    input: contest({ seats: 1.5 }),
    problems: [{ field: 'seats', messageKey: 'counting.seatsAtLeastOne' }],
  },
  {
    name: 'a candidate listed twice',
    input: contest({ candidates: [A, B, A] }),
    problems: [{ field: 'candidates.2', messageKey: 'counting.duplicateCandidate', params: { candidate: A } }],
  },
  {
    name: 'a candidate id that is no id',
    input: contest({ candidates: [A, -3] }),
    problems: [{ field: 'candidates.1', messageKey: 'counting.candidateInvalid' }],
  },
  {
    name: 'more candidates than seats under acclamation',
    input: contest({ rule: 'acclamation', candidates: [A, B] }),
    problems: [
      { field: 'candidates', messageKey: 'counting.tooManyForAcclamation', params: { candidates: 2, seats: 1 } },
    ],
  },
  {
    name: 'a required acclamation vote with two candidates',
    input: contest({ rule: 'acclamation', seats: 2, options: { loneCandidateNeedsVote: true }, candidates: [A, B] }),
    problems: [{ field: 'candidates', messageKey: 'counting.voteNeedsOneCandidate', params: { candidates: 2 } }],
  },
  {
    name: 'a vote recorded under acclamation without a required vote',
    input: contest({ rule: 'acclamation', candidates: [A], rounds: [yesNo(5, 1)] }),
    problems: [{ field: 'rounds', messageKey: 'counting.noVoteUnderAcclamation' }],
  },
  {
    name: 'a round with no candidates',
    input: contest({ candidates: [], rounds: [votes({})] }),
    problems: [{ field: 'rounds', messageKey: 'counting.noCandidatesNoRounds' }],
  },
  {
    name: 'negative votes',
    input: contest({ rounds: [votes({ [A]: -1, [B]: 3, [C]: 2 })] }),
    problems: [{ field: 'rounds.0.votes.11', messageKey: 'counting.wholeNumber' }],
  },
  {
    name: 'half a blank ballot',
    input: contest({ rounds: [votes({ [A]: 1, [B]: 3, [C]: 2 }, { blank: 2.5 })] }),
    problems: [{ field: 'rounds.0.blank', messageKey: 'counting.wholeNumber' }],
  },
  {
    name: 'ballots cast not a number',
    input: contest({ rounds: [votes({ [A]: 1, [B]: 3, [C]: 2 }, { ballotsCast: Number.NaN })] }),
    problems: [{ field: 'rounds.0.ballotsCast', messageKey: 'counting.wholeNumber' }],
  },
  {
    name: 'negative voters present',
    input: contest({ rounds: [votes({ [A]: 1, [B]: 3, [C]: 2 }, { votersPresent: -2 })] }),
    problems: [{ field: 'rounds.0.votersPresent', messageKey: 'counting.wholeNumber' }],
  },
  {
    name: 'negative yes votes',
    input: contest({ candidates: [A], rounds: [yesNo(-1, 2)] }),
    problems: [{ field: 'rounds.0.yes', messageKey: 'counting.wholeNumber' }],
  },
  {
    name: 'more ballots than voters present',
    input: contest({ rounds: [votes({ [A]: 5, [B]: 3, [C]: 2 }, { ballotsCast: 10, votersPresent: 9 })] }),
    problems: [
      {
        field: 'rounds.0.ballotsCast',
        messageKey: 'counting.ballotsAboveVoters',
        params: { ballotsCast: 10, votersPresent: 9 },
      },
    ],
  },
  {
    name: 'votes, blank and invalid not adding up to the ballots cast',
    input: contest({ rounds: [votes({ [A]: 5, [B]: 3, [C]: 2 }, { blank: 1, invalid: 1, ballotsCast: 11 })] }),
    problems: [
      { field: 'rounds.0.ballotsCast', messageKey: 'counting.sumMismatch', params: { counted: 12, ballotsCast: 11 } },
    ],
  },
  {
    name: 'a yes/no vote not adding up to the ballots cast',
    input: contest({ candidates: [A], rounds: [yesNo(5, 2, { abstain: 1, ballotsCast: 7 })] }),
    problems: [
      { field: 'rounds.0.ballotsCast', messageKey: 'counting.sumMismatch', params: { counted: 8, ballotsCast: 7 } },
    ],
  },
  {
    name: 'more votes than voters present, ballots cast not given',
    input: contest({ rounds: [votes({ [A]: 5, [B]: 3, [C]: 2 }, { votersPresent: 8 })] }),
    problems: [
      {
        field: 'rounds.0.votersPresent',
        messageKey: 'counting.countedAboveVoters',
        params: { counted: 10, votersPresent: 8 },
      },
    ],
  },
  {
    name: 'votes for somebody who is not a candidate',
    input: contest({ rounds: [votes({ [A]: 5, [B]: 3, [C]: 2, 99: 1 })] }),
    problems: [{ field: 'rounds.0.votes.99', messageKey: 'counting.candidateNotStanding' }],
  },
  {
    name: 'votes in round 2 for the candidate eliminated in round 1',
    input: contest({ rounds: [votes({ [A]: 8, [B]: 6, [C]: 4 }), votes({ [A]: 9, [B]: 8, [C]: 1 })] }),
    problems: [{ field: 'rounds.1.votes.13', messageKey: 'counting.candidateNotStanding' }],
  },
  {
    name: 'a standing candidate left out of the round',
    input: contest({ rounds: [votes({ [A]: 8, [B]: 6 })] }),
    problems: [{ field: 'rounds.0.votes.13', messageKey: 'counting.votesMissing', params: { candidate: C } }],
  },
  {
    name: 'a yes/no vote with three candidates standing',
    input: contest({ rounds: [yesNo(5, 2)] }),
    problems: [{ field: 'rounds.0.kind', messageKey: 'counting.yesNoNeedsOneCandidate', params: { standing: 3 } }],
  },
  {
    name: 'a required acclamation vote recorded as votes by name',
    input: contest({
      rule: 'acclamation',
      options: { loneCandidateNeedsVote: true },
      candidates: [A],
      rounds: [votes({ [A]: 5 })],
    }),
    problems: [{ field: 'rounds.0.kind', messageKey: 'counting.yesNoRequired' }],
  },
  {
    name: 'a round after the contest was decided',
    input: contest({ rounds: [decided, votes({ [A]: 1, [B]: 1, [C]: 1 })] }),
    problems: [{ field: 'rounds.1', messageKey: 'counting.roundAfterDecision', params: { decidedIn: 1 } }],
  },
  {
    name: 'a round after an unsettled tie',
    input: contest({ rule: 'plurality', rounds: [tied, votes({ [A]: 6, [B]: 5 })] }),
    problems: [{ field: 'rounds.1', messageKey: 'counting.roundAfterTie', params: { roundNumber: 1 } }],
  },
  {
    name: 'several seats by majority without the ballots cast',
    input: twoSeats(votes({ [A]: 8, [B]: 7, [C]: 5 })),
    problems: [{ field: 'rounds.0.ballotsCast', messageKey: 'counting.ballotsCastRequired' }],
  },
  {
    name: 'several seats: more names than the ballots can hold',
    input: twoSeats(votes({ [A]: 9, [B]: 8, [C]: 5 }, { ballotsCast: 10 })),
    problems: [
      {
        field: 'rounds.0.votes',
        messageKey: 'counting.tooManyVotesForBallots',
        params: { votes: 22, ballots: 10, perBallot: 2 },
      },
    ],
  },
  {
    name: 'several seats: fewer names than ballots that are not blank',
    input: twoSeats(votes({ [A]: 3, [B]: 2, [C]: 1 }, { blank: 1, ballotsCast: 10 })),
    problems: [
      { field: 'rounds.0.votes', messageKey: 'counting.tooFewVotesForBallots', params: { votes: 6, ballots: 9 } },
    ],
  },
  {
    name: 'several seats: a candidate named on more ballots than there are',
    input: twoSeats(votes({ [A]: 8, [B]: 4, [C]: 2 }, { blank: 2, invalid: 1, ballotsCast: 10 })),
    problems: [
      { field: 'rounds.0.votes.11', messageKey: 'counting.candidateAboveBallots', params: { votes: 8, ballots: 7 } },
    ],
  },
  {
    name: 'several seats: more blank and invalid ballots than ballots',
    input: twoSeats(votes({ [A]: 0, [B]: 0, [C]: 0 }, { blank: 4, invalid: 2, ballotsCast: 5 })),
    problems: [
      {
        field: 'rounds.0.ballotsCast',
        messageKey: 'counting.blankInvalidAboveBallots',
        params: { count: 6, ballotsCast: 5 },
      },
    ],
  },
  {
    name: 'several seats by plurality: a candidate with more votes than voters',
    input: twoSeats(votes({ [A]: 7, [B]: 3, [C]: 2 }, { votersPresent: 6 }), 'plurality'),
    problems: [
      {
        field: 'rounds.0.votes.11',
        messageKey: 'counting.candidateAboveVoters',
        params: { votes: 7, votersPresent: 6 },
      },
    ],
  },
  {
    name: 'a settlement for a round that does not exist',
    input: contest({ rounds: [decided], settlements: [lot(3, [A])] }),
    problems: [
      { field: 'settlements.0.roundNumber', messageKey: 'counting.settlementNoSuchRound', params: { roundNumber: 3 } },
    ],
  },
  {
    name: 'a settlement for a round without a tie',
    input: contest({ rounds: [decided], settlements: [lot(1, [A])] }),
    problems: [
      { field: 'settlements.0.roundNumber', messageKey: 'counting.settlementWithoutTie', params: { roundNumber: 1 } },
    ],
  },
  {
    name: 'two settlements for one tie',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [lot(1, [A]), lot(1, [B])] }),
    problems: [
      { field: 'settlements.1.roundNumber', messageKey: 'counting.settlementDuplicate', params: { roundNumber: 1 } },
    ],
  },
  {
    name: 'a lot without who drew it',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [lot(1, [A], '  ')] }),
    problems: [{ field: 'settlements.0.drawnBy', messageKey: 'counting.drawnByRequired' }],
  },
  {
    name: 'a settlement by an unknown method',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [{ ...lot(1, [A]), method: 'coin' as never }] }),
    problems: [{ field: 'settlements.0.method', messageKey: 'counting.choice' }],
  },
  {
    name: 'a lot won by a candidate who was not tied',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [lot(1, [C])] }),
    problems: [
      { field: 'settlements.0.winners.0', messageKey: 'counting.settlementNotTied', params: { candidate: C } },
    ],
  },
  {
    name: 'a lot naming more winners than there are seats to settle',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [lot(1, [A, B])] }),
    problems: [
      { field: 'settlements.0.winners', messageKey: 'counting.settlementWinnerCount', params: { places: 1, count: 2 } },
    ],
  },
  {
    name: 'a lot naming the same winner twice',
    input: contest({ rule: 'plurality', rounds: [tied], settlements: [lot(1, [A, A])] }),
    problems: [
      { field: 'settlements.0.winners.1', messageKey: 'counting.duplicateCandidate', params: { candidate: A } },
      { field: 'settlements.0.winners', messageKey: 'counting.settlementWinnerCount', params: { places: 1, count: 2 } },
    ],
  },
]

describe('countContest: validation', () => {
  it.each(cases)('$name', ({ input, problems }) => {
    const report = countContest(input)
    expect(report.ok).toBe(false)
    expect(report.ok ? [] : report.problems).toEqual(problems.map((problem) => expect.objectContaining(problem)))
  })

  it('reports problems in several rounds and settlements at once, and never throws', () => {
    const problems = validateContest(
      contest({
        seats: -1,
        rounds: [votes({ [A]: -1, [B]: 2, [C]: 1 }), yesNo(Number.POSITIVE_INFINITY, 1)],
        settlements: [lot(0, [])],
      }),
    )
    expect(problems.map((problem) => problem.field)).toEqual([
      'seats',
      'rounds.0.votes.11',
      'rounds.1.yes',
      'settlements.0.roundNumber',
    ])
  })

  it('gives no problems for a valid contest', () => {
    expect(validateContest(contest({ rounds: [decided] }))).toEqual([])
  })
})

describe('countingMessages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort()

  it.each(Object.entries(countingMessages))(
    '%s has English, bokmål and Swedish with the same placeholders',
    (key, texts) => {
      expect(key).toMatch(/^counting\.\w+$/)
      for (const text of [texts.en, texts.nb, texts.sv]) expect(text.trim()).not.toBe('')
      expect(placeholders(texts.nb)).toEqual(placeholders(texts.en))
      expect(placeholders(texts.sv)).toEqual(placeholders(texts.en))
    },
  )

  it('every parameter a validation case produces appears in its message', () => {
    for (const { input } of cases) {
      const report = countContest(input)
      for (const problem of report.ok ? [] : report.problems) {
        const english = placeholders(countingMessages[problem.messageKey].en)
        expect(english, problem.messageKey).toEqual(
          expect.arrayContaining(Object.keys(problem.params).filter((key) => key !== 'candidate')),
        )
      }
    }
  })
})
