import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

/** A group with people, and an election held on 2026-03-10 with the three preset contests leader, deputy, treasurer. */
function heldElection() {
  const harness = createHarness('2026-03-15')
  const { call } = harness
  const group = call('group-create', { name: 'Amnesty Tromsø' })
  const person = (name: string) => call('person-create', { name }).id
  const people = {
    kari: person('Kari Nordmann'),
    ola: person('Ola Åsen'),
    anna: person('Анна Петрова'),
    per: person('Per Ødegård'),
    liv: person('Liv Berg'),
  }
  let election = call('election-create', { groupId: group.id, season: 2026 })
  election = call('election-update', {
    id: election.id,
    meetingAt: '2026-03-10T18:00',
    platform: 'zoom',
    noticeChannel: 'email',
    candidacyDeadline: '2026-03-09',
    chairId: people.liv,
    minuteTakerId: people.per,
    approver1Id: people.ola,
    approver2Id: people.anna,
    votersPresent: 9,
  })
  call('election-set-state', { id: election.id, state: 'planned', on: '2026-02-01' })
  call('election-set-state', { id: election.id, state: 'notice_sent', on: '2026-02-10' })
  election = call('election-set-state', { id: election.id, state: 'held', on: '2026-03-10' })
  const contest = (key: string) => election.contests.find((candidate) => candidate.roleNames.en.startsWith(key))!
  return { ...harness, group, people, election, contest }
}

describe('election-create', () => {
  it('puts the elected roles of the preset on the agenda in order, without the appointed auditor', () => {
    const { election } = heldElection()
    expect(election.contests.map((contest) => contest.roleNames.nb)).toEqual([
      'Leder',
      'Nestleder',
      'Økonomiansvarlig',
      'Ansvarlig for sosiale medier (SoMe)',
    ])
  })

  it('refuses a second regular election for the group in a season but allows a by-election', () => {
    const { send, call, group } = heldElection()
    expect(send('election-create', { groupId: group.id, season: 2026 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'errors.electionExists' },
    })
    expect(call('election-create', { groupId: group.id, season: 2026, kind: 'extra' }).contests).toEqual([])
  })
})

describe('election-set-state', () => {
  it('will not plan without a meeting time, and records moves back', () => {
    const { call, send, group } = heldElection()
    const extra = call('election-create', { groupId: group.id, season: 2026, kind: 'extra' })
    expect(send('election-set-state', { id: extra.id, state: 'planned', on: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'meetingAt' },
    })
    call('election-update', { id: extra.id, meetingAt: '2026-04-01T19:00' })
    call('election-set-state', { id: extra.id, state: 'planned', on: '2026-03-01' })
    call('election-set-state', { id: extra.id, state: 'held', on: '2026-04-01' })
    const back = call('election-set-state', { id: extra.id, state: 'planned', on: '2026-04-02' })
    expect(back).toMatchObject({ state: 'planned', heldOn: null, plannedOn: '2026-03-01' })
    expect(back.events.map((event) => `${event.fromState}>${event.toState}`)).toEqual([
      'not_planned>planned',
      'planned>held',
      'held>planned',
    ])
  })
})

describe('contests into the record', () => {
  it('acclaims a lone candidate, decides in a second round, settles a tie by lot, and changes the holders', () => {
    const { call, send, people, contest, group } = heldElection()
    // Before the election Kari held the leader role and Per the treasurer role.
    const leader = contest('Leader')
    const deputy = contest('Deputy')
    const treasurer = contest('Treasurer')

    call('contest-update', { ...pick(leader), method: 'acclamation', id: leader.id })
    call('candidate-add', { contestId: leader.id, personId: people.ola })
    call('contest-confirm', { id: leader.id })

    // Ola lost nothing but won the leader role: standing again is warned about, not refused.
    for (const personId of [people.ola, people.anna, people.kari])
      call('candidate-add', { contestId: deputy.id, personId })
    let state = call('round-record', {
      contestId: deputy.id,
      kind: 'votes',
      votes: [
        { personId: people.ola, votes: 2 },
        { personId: people.anna, votes: 4 },
        { personId: people.kari, votes: 3 },
      ],
      blank: 0,
      invalid: 0,
      ballotsCast: 9,
    })
    expect(state.contests[1]!.candidates[0]!.alreadyElectedTo).toEqual(['Leder'])
    expect(state.contests[1]!.result?.outcome.kind).toBe('needsAnotherRound')
    state = call('round-record', {
      contestId: deputy.id,
      kind: 'votes',
      votes: [
        { personId: people.anna, votes: 5 },
        { personId: people.kari, votes: 4 },
      ],
      blank: 0,
      invalid: 0,
      ballotsCast: 9,
    })
    expect(state.contests[1]!.result?.outcome).toMatchObject({ kind: 'elected', elected: [people.anna] })
    call('contest-confirm', { id: deputy.id })

    // Under plurality an even split is a tie the meeting must settle; under a majority rule it would go to another round.
    call('contest-update', { ...pick(treasurer), rule: 'plurality', id: treasurer.id })
    for (const personId of [people.per, people.kari]) call('candidate-add', { contestId: treasurer.id, personId })
    state = call('round-record', {
      contestId: treasurer.id,
      kind: 'votes',
      votes: [
        { personId: people.per, votes: 4 },
        { personId: people.kari, votes: 4 },
      ],
      blank: 1,
      invalid: 0,
      ballotsCast: 9,
    })
    expect(state.contests[2]!.result?.outcome.kind).toBe('tie')
    expect(send('contest-confirm', { id: treasurer.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    state = call('contest-settle-tie', {
      contestId: treasurer.id,
      roundNumber: 1,
      drawnBy: 'Liv Berg',
      winners: [people.kari],
    })
    expect(state.contests[2]!.result?.outcome).toMatchObject({ kind: 'elected', elected: [people.kari] })
    call('contest-confirm', { id: treasurer.id })

    const holders = call('role-term-list', { groupId: group.id, currentOnly: true })
    expect(holders.map((term) => term.personName)).toEqual(['Ola Åsen', 'Анна Петрова', 'Kari Nordmann'])
    expect(holders.every((term) => term.from === '2026-03-10')).toBe(true)
    // Nobody held these roles before: there is nobody to hand over from.
    expect(call('handover-list', { groupId: group.id })).toEqual([])
  })

  it('ends the old holder’s term, hands over from the old to the new, and restores both exactly on reopening', () => {
    const { call, people, contest, group, db } = heldElection()
    // Per has held the treasurer role since 2024.
    const treasurer = contest('Treasurer')
    db.sqlite
      .prepare("INSERT INTO role_terms (group_id, role_id, person_id, from_date) VALUES (?, ?, ?, '2024-03-01')")
      .run(group.id, treasurer.roleId, people.per)
    const before = db.sqlite.prepare('SELECT * FROM role_terms ORDER BY id').all()

    call('candidate-add', { contestId: treasurer.id, personId: people.liv })
    call('contest-update', { ...pick(treasurer), method: 'acclamation', id: treasurer.id })
    call('contest-confirm', { id: treasurer.id })
    expect(call('role-term-list', { groupId: group.id })).toMatchObject([
      { personName: 'Liv Berg', from: '2026-03-10', to: null },
      { personName: 'Per Ødegård', from: '2024-03-01', to: '2026-03-10', endReason: 'successor' },
    ])
    expect(call('handover-list', { groupId: group.id })).toMatchObject([
      { fromPersonName: 'Per Ødegård', toPersonName: 'Liv Berg', status: 'open' },
    ])

    call('contest-reopen', { id: treasurer.id })
    expect(db.sqlite.prepare('SELECT * FROM role_terms ORDER BY id').all()).toEqual(before)
    expect(call('handover-list', { groupId: group.id })).toEqual([])
  })

  it('refuses a negative vote count, naming the field, and records nothing', () => {
    const { call, send, people, contest, election } = heldElection()
    const deputy = contest('Deputy')
    call('candidate-add', { contestId: deputy.id, personId: people.ola })
    call('candidate-add', { contestId: deputy.id, personId: people.anna })
    const reply = send('round-record', {
      contestId: deputy.id,
      kind: 'votes',
      votes: [
        { personId: people.ola, votes: -1 },
        { personId: people.anna, votes: 4 },
      ],
      blank: 0,
      invalid: 0,
      ballotsCast: 3,
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'votes.0.votes' } })
    expect(call('election-get', { id: election.id }).contests[1]!.rounds).toEqual([])
  })

  it('ends as vacant with no candidate, and refuses confirming before the election is held', () => {
    const { call, send, group } = heldElection()
    const extra = call('election-create', { groupId: group.id, season: 2026, kind: 'extra' })
    const roles = call('role-list', {})
    const withContest = call('contest-add', { electionId: extra.id, roleId: roles[0]!.id })
    expect(withContest.contests[0]!.result?.outcome.kind).toBe('vacant')
    expect(send('contest-confirm', { id: withContest.contests[0]!.id })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.notHeldYet' },
    })
  })
})

const pick = (contest: {
  seats: number
  method: string
  rule: string
  base: string
  further: string
  loneCandidateNeedsVote: boolean
}) => ({
  seats: contest.seats,
  method: contest.method as 'open',
  rule: contest.rule as 'plurality' | 'absoluteMajority',
  base: contest.base as 'validExcludingBlank',
  further: contest.further as 'eliminateLowest',
  loneCandidateNeedsVote: contest.loneCandidateNeedsVote,
})

describe('round-record', () => {
  it('names the round form’s fields: more votes than voters present, a candidate left out', () => {
    const { call, send, people, contest } = heldElection()
    const deputy = contest('Deputy')
    call('candidate-add', { contestId: deputy.id, personId: people.ola })
    call('candidate-add', { contestId: deputy.id, personId: people.anna })
    const reply = send('round-record', {
      contestId: deputy.id,
      kind: 'votes',
      votes: [
        { personId: people.ola, votes: 3 },
        { personId: people.anna, votes: 12 },
      ],
      blank: 0,
      invalid: 0,
      ballotsCast: null,
    })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'votersPresent', messageKey: 'counting.countedAboveVoters' },
    })
    const missing = send('round-record', {
      contestId: deputy.id,
      kind: 'votes',
      votes: [{ personId: people.ola, votes: 3 }],
      blank: 0,
      invalid: 0,
      ballotsCast: null,
    })
    expect(missing).toMatchObject({ ok: false, error: { field: 'votes', messageKey: 'counting.votesMissing' } })
  })
})
