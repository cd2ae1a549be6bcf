import { describe, expect, it } from 'vitest'
import type { ElectionRow } from '../../shared/api/elections'
import type { ContestOutcome } from '../../shared/elections/counting-types'
import { createTranslator } from '../../shared/i18n'
import { outcomeText } from '../../renderer/src/pages/elections/contestText'
import { heldTally } from '../../renderer/src/pages/elections/HeldCounter'
import { dayBefore } from '../../renderer/src/pages/elections/MeetingFactsModal'
import { stepsOf } from '../../renderer/src/pages/elections/progress'
import { rekeyErrors, roundFormField, tieFormField } from '../../renderer/src/pages/elections/roundFields'
import { toRoundInput } from '../../renderer/src/pages/elections/RoundForm'

/** The candidates as the round form sent them, in this order. */
const sent = [17, 23, 31]

describe('roundFormField', () => {
  it.each([
    ['rounds.1.votes.23', 'votes.23'],
    ['rounds.0.votes', 'votes'],
    ['rounds.0.ballotsCast', 'ballotsCast'],
    ['rounds.2.blank', 'blank'],
    ['rounds.0.abstain', 'blank'],
    ['rounds.0.yes', 'yes'],
    ['votes.0.votes', 'votes.17'],
    ['votes.2.votes', 'votes.31'],
    ['votes.1.personId', 'votes.23'],
    ['invalid', 'invalid'],
    ['ballotsCast', 'ballotsCast'],
    ['rounds.0.kind', null],
    ['rounds.0', null],
    ['rounds', null],
    ['candidates', null],
    ['contestId', null],
    [undefined, null],
  ])('%s goes under %s', (field, expected) => {
    expect(roundFormField(field, sent)).toBe(expected)
  })

  it('keeps the first message when two land on one box', () => {
    expect(rekeyErrors({ 'votes.1.votes': 'first', 'votes.1.personId': 'second', blank: 'b' }, sent)).toEqual({
      'votes.23': 'first',
      blank: 'b',
    })
  })
})

describe('tieFormField', () => {
  it.each([
    ['settlements.0.drawnBy', 'drawnBy'],
    ['drawnBy', 'drawnBy'],
    ['settlements.1.winners.0', 'winners'],
    ['winners', 'winners'],
    ['settlements.0.roundNumber', null],
    [undefined, null],
  ])('%s goes under %s', (field, expected) => {
    expect(tieFormField(field)).toBe(expected)
  })
})

describe('toRoundInput', () => {
  const empty = { kind: 'votes' as const, votes: {}, yes: '', no: '', blank: 0, invalid: 0, ballotsCast: '' }

  it('sends one entry per standing candidate, an empty box as missing and no ballots cast as null', () => {
    expect(toRoundInput(5, [17, 23], { ...empty, votes: { 17: 4, 23: '' } })).toEqual({
      contestId: 5,
      kind: 'votes',
      votes: [
        { personId: 17, votes: 4 },
        { personId: 23, votes: undefined },
      ],
      yes: null,
      no: null,
      blank: 0,
      invalid: 0,
      ballotsCast: null,
    })
  })

  it('sends no names in a yes/no round', () => {
    expect(toRoundInput(5, [17], { ...empty, kind: 'yesNo', yes: 6, no: 2, ballotsCast: 8 })).toMatchObject({
      votes: [],
      yes: 6,
      no: 2,
      ballotsCast: 8,
    })
  })
})

describe('stepsOf', () => {
  it('dates each state reached, from its column or else from the move that reached it', () => {
    const steps = stepsOf({
      state: 'held',
      plannedOn: '2026-02-01',
      noticeSentOn: null,
      heldOn: '2026-03-10',
      events: [
        { fromState: 'not_planned', toState: 'planned', on: '2026-02-01', at: '1' },
        { fromState: 'planned', toState: 'deadline_passed', on: '2026-03-09', at: '2' },
        { fromState: 'deadline_passed', toState: 'held', on: '2026-03-10', at: '3' },
      ],
    })
    expect(steps.map((step) => [step.state, step.status, step.on])).toEqual([
      ['not_planned', 'done', null],
      ['planned', 'done', '2026-02-01'],
      ['notice_sent', 'done', null],
      ['deadline_passed', 'done', '2026-03-09'],
      ['held', 'current', '2026-03-10'],
      ['reported', 'todo', null],
      ['minutes_filed', 'todo', null],
    ])
  })
})

describe('heldTally', () => {
  const row = (groupId: number, state: ElectionRow['state'], kind: ElectionRow['kind'] = 'regular'): ElectionRow => ({
    groupId,
    groupName: `Group ${groupId}`,
    town: null,
    electionId: state === 'not_planned' ? null : groupId * 10,
    kind,
    state,
    meetingAt: null,
    platform: null,
    heldOn: null,
    flags: [],
  })

  it('counts groups, not rows: a by-election neither adds a group nor counts as the regular election', () => {
    expect(
      heldTally([row(1, 'held'), row(1, 'planned', 'extra'), row(2, 'not_planned'), row(3, 'minutes_filed')]),
    ).toEqual({ held: 2, total: 3 })
    expect(heldTally([row(4, 'planned'), row(4, 'held', 'extra')])).toEqual({ held: 0, total: 1 })
  })
})

describe('dayBefore', () => {
  it.each([
    ['2026-03-10T18:00', '2026-03-09'],
    ['2026-03-01T09:30', '2026-02-28'],
    ['2024-03-01T09:30', '2024-02-29'],
    ['2026-01-01T00:00', '2025-12-31'],
    ['', null],
    ['2026-03-10', null],
  ])('%s -> %s', (meetingAt, expected) => {
    expect(dayBefore(meetingAt)).toBe(expected)
  })
})

describe('outcomeText', () => {
  const names: Record<number, string> = { 1: 'Åse Ødegård', 2: 'Анна Петрова', 3: 'Kari Nordmann' }
  const name = (id: number) => names[id] ?? '?'
  const common = { elected: [], settlements: [] }
  const cases: [ContestOutcome, 'en' | 'nb', string][] = [
    [
      { ...common, kind: 'acclaimed', elected: [1], vacantSeats: 0, vacancyReason: null },
      'en',
      'Åse Ødegård elected by acclamation',
    ],
    [
      { ...common, kind: 'elected', elected: [1, 2], vacantSeats: 0, vacancyReason: null },
      'nb',
      'Åse Ødegård og Анна Петрова valgt',
    ],
    [
      { ...common, kind: 'vacant', vacantSeats: 1, vacancyReason: 'allBlank' },
      'en',
      'not filled (every ballot was blank)',
    ],
    [
      {
        ...common,
        kind: 'needsAnotherRound',
        roundNumber: 2,
        candidates: [2, 3],
        seatsOpen: 1,
        runoff: true,
        ballot: 'votes',
        reason: 'noneReachedThreshold',
      },
      'en',
      'round 2 is a run-off between Анна Петрова and Kari Nordmann',
    ],
    [
      {
        ...common,
        kind: 'tie',
        roundNumber: 1,
        tie: { tiedFor: 'lastSeat', candidates: [1, 3], places: 1, votes: 4 },
      },
      'en',
      'tie in round 1 between Åse Ødegård and Kari Nordmann with 4 votes each, for the seat. The meeting draws lots for 1 of them.',
    ],
  ]

  it.each(cases)('%#: %j in %s', (outcome, language, expected) => {
    expect(outcomeText(outcome, name, language, createTranslator(language))).toBe(expected)
  })
})
