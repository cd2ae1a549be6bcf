import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countContest,
  countingBases,
  furtherRoundModes,
  type ContestInput,
  type ContestOutcome,
  type RoundInput,
} from '../../shared/elections/counting'

/**
 * Plays whole meetings: votes are drawn at random for whoever the engine says may stand next, and
 * every tie is settled by a random lot, until the contest is decided. Whatever the votes, the engine
 * must accept its own continuations, end within a bounded number of rounds, and never elect more
 * people than seats or anyone twice.
 */
const meeting = fc.record({
  rule: fc.constantFrom('plurality' as const, 'absoluteMajority' as const, 'twoThirds' as const),
  seats: fc.integer({ min: 1, max: 3 }),
  candidateCount: fc.integer({ min: 1, max: 5 }),
  base: fc.constantFrom(...countingBases),
  further: fc.constantFrom(...furtherRoundModes),
  numbers: fc.array(fc.nat({ max: 9 }), { minLength: 64, maxLength: 64 }),
})

function nextRound(outcome: Extract<ContestOutcome, { kind: 'needsAnotherRound' }>, draw: () => number): RoundInput {
  const blank = draw() % 3
  if (outcome.ballot === 'either' && draw() % 2 === 0) {
    const [yes, no] = [draw(), draw()]
    return { kind: 'yesNo', yes, no, abstain: blank, invalid: 0, ballotsCast: yes + no + blank }
  }
  const counts = outcome.candidates.map(draw)
  const total = counts.reduce((sum, count) => sum + count, 0)
  // Enough ballots for the names on them, and no more than one name per ballot can account for.
  const naming = outcome.seatsOpen === 1 ? total : Math.max(...counts, Math.ceil(total / outcome.seatsOpen))
  return {
    kind: 'votes',
    votes: Object.fromEntries(outcome.candidates.map((candidate, index) => [candidate, counts[index] ?? 0])),
    blank,
    invalid: 0,
    ballotsCast: naming + blank,
  }
}

describe('countContest: whole meetings', () => {
  it('always ends in a decision within a few rounds, electing at most the seats, each person once', () => {
    fc.assert(
      fc.property(meeting, ({ rule, seats, candidateCount, base, further, numbers }) => {
        let position = 0
        const draw = () => numbers[position++ % numbers.length] ?? 0
        const candidates = [11, 12, 13, 14, 15].slice(0, candidateCount)
        const input: ContestInput = { rule, seats, options: { base, further }, candidates, rounds: [], settlements: [] }

        for (let step = 0; step < 3 * candidateCount + 4; step++) {
          const report = countContest(input)
          if (!report.ok) throw new Error(JSON.stringify({ input, problems: report.problems }))
          const { outcome } = report.result
          expect(new Set(outcome.elected).size).toBe(outcome.elected.length)
          expect(outcome.elected.length).toBeLessThanOrEqual(seats)
          for (const candidate of outcome.elected) expect(candidates).toContain(candidate)

          if (outcome.kind === 'needsAnotherRound') {
            input.rounds.push(nextRound(outcome, draw))
          } else if (outcome.kind === 'tie') {
            const { candidates: tied, places } = outcome.tie
            expect(places).toBeGreaterThanOrEqual(1)
            expect(places).toBeLessThan(tied.length)
            const start = draw() % tied.length
            const winners = [...tied.slice(start), ...tied.slice(0, start)].slice(0, places)
            input.settlements?.push({ roundNumber: outcome.roundNumber, method: 'lot', drawnBy: 'Kari', winners })
          } else {
            expect(outcome.elected.length + outcome.vacantSeats).toBe(seats)
            return true
          }
        }
        return false
      }),
      { numRuns: 500 },
    )
  })
})
