import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Route, Routes } from 'react-router'
import { describe, expect, it } from 'vitest'
import type { ContestRecord, ElectionDetail, ElectionRow } from '../../shared/api/elections'
import type { ContestOutcome } from '../../shared/elections/counting-types'
import type { Reply } from '../../shared/errors'
import { ContestList } from '../../renderer/src/pages/elections/ContestList'
import { ElectionListPage } from '../../renderer/src/pages/elections/ElectionListPage'
import { ElectionProgress } from '../../renderer/src/pages/elections/ElectionProgress'
import { RoundForm } from '../../renderer/src/pages/elections/RoundForm'
import { TieForm } from '../../renderer/src/pages/elections/TieForm'
import { GroupElectionsCard } from '../../renderer/src/pages/elections/GroupElectionsCard'
import { fakeBridge, ok, renderWithApp } from './render'

/** People as the counting engine knows them: by person id. */
const ase = { personId: 11, name: 'Åse Ødegård' }
const anna = { personId: 12, name: 'Анна Петрова' }
const oystein = { personId: 13, name: 'Øystein Æsøy' }

function contestRecord(overrides: Partial<ContestRecord> = {}): ContestRecord {
  return {
    id: 5,
    roleId: 2,
    roleNames: { nb: 'Nestleder', sv: 'Vice ledare', en: 'Deputy leader' },
    position: 2,
    seats: 1,
    method: 'open',
    rule: 'absoluteMajority',
    base: 'validExcludingBlank',
    further: 'runoffTopTwo',
    loneCandidateNeedsVote: false,
    status: 'open',
    candidates: [ase, anna, oystein].map((person, index) => ({
      id: 100 + index,
      ...person,
      withdrawn: false,
      alreadyElectedTo: [],
    })),
    rounds: [],
    settlements: [],
    result: null,
    problems: [],
    confirmedAt: null,
    ...overrides,
  }
}

const firstRound: Extract<ContestOutcome, { kind: 'needsAnotherRound' }> = {
  kind: 'needsAnotherRound',
  elected: [],
  settlements: [],
  roundNumber: 1,
  candidates: [ase.personId, anna.personId, oystein.personId],
  seatsOpen: 1,
  runoff: false,
  ballot: 'votes',
  reason: 'notYetVoted',
}

function electionDetail(overrides: Partial<ElectionDetail> = {}): ElectionDetail {
  return {
    id: 1,
    groupId: 3,
    groupName: 'Amnesty Tromsø',
    season: 2026,
    kind: 'regular',
    state: 'planned',
    meetingAt: '2026-03-10T18:00',
    platform: 'zoom',
    place: null,
    noticeChannel: null,
    candidacyDeadline: null,
    plannedOn: '2026-02-01',
    noticeSentOn: null,
    heldOn: null,
    reportedOn: null,
    minutesFiledOn: null,
    chair: null,
    minuteTaker: null,
    approver1: null,
    approver2: null,
    votersPresent: null,
    notes: null,
    flags: [],
    events: [{ fromState: 'not_planned', toState: 'planned', on: '2026-02-01', at: '2026-02-01T10:00:00Z' }],
    contests: [],
    ...overrides,
  }
}

function electionRow(overrides: Partial<ElectionRow> = {}): ElectionRow {
  return {
    groupId: 3,
    groupName: 'Amnesty Tromsø',
    town: 'Tromsø',
    electionId: 1,
    kind: 'regular',
    state: 'planned',
    meetingAt: '2026-03-10T18:00',
    platform: 'zoom',
    heldOn: null,
    flags: [],
    ...overrides,
  }
}

const refused = (messageKey: string, params: Record<string, number>, field: string): Reply<unknown> => ({
  ok: false,
  error: { code: 'VALIDATION', messageKey, params, field, message: '' },
})

const name = (personId: number) => [ase, anna, oystein].find((person) => person.personId === personId)?.name ?? '?'

async function fillRound(boxes: [string, string][]) {
  for (const [label, value] of boxes) await userEvent.type(screen.getByLabelText(label, { exact: false }), value)
}

describe('RoundForm', () => {
  it('puts a counting error from main under the candidate it names', async () => {
    const { calls } = fakeBridge({
      'round-record': () =>
        refused('counting.candidateAboveBallots', { votes: 9, ballots: 8 }, `rounds.0.votes.${anna.personId}`),
    })
    renderWithApp(<RoundForm contest={contestRecord()} next={firstRound} name={name} />)
    await fillRound([
      ['Votes for Åse Ødegård', '0'],
      ['Votes for Анна Петрова', '9'],
      ['Votes for Øystein Æsøy', '0'],
      ['Ballots cast', '8'],
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Record round 1' }))

    const message = 'More votes (9) than ballots naming candidates (8): a ballot names a candidate only once'
    await waitFor(() =>
      expect(screen.getByLabelText('Votes for Анна Петрова', { exact: false })).toHaveAccessibleDescription(message),
    )
    expect(screen.getByLabelText('Votes for Åse Ødegård', { exact: false })).not.toHaveAccessibleDescription(message)
    expect(calls[0]).toMatchObject({
      method: 'round-record',
      input: {
        contestId: 5,
        kind: 'votes',
        votes: [
          { personId: ase.personId, votes: 0 },
          { personId: anna.personId, votes: 9 },
          { personId: oystein.personId, votes: 0 },
        ],
        ballotsCast: 8,
      },
    })
  })

  it('maps the schema’s list position (votes.2.votes) to the third candidate’s box', async () => {
    fakeBridge({ 'round-record': () => refused('validation.tooBig', { max: 5000 }, 'votes.2.votes') })
    renderWithApp(<RoundForm contest={contestRecord()} next={firstRound} name={name} />, { language: 'nb' })
    await fillRound([
      ['Stemmer på Åse Ødegård', '1'],
      ['Stemmer på Анна Петрова', '1'],
      ['Stemmer på Øystein Æsøy', '1'],
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Registrer runde 1' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Stemmer på Øystein Æsøy', { exact: false })).toHaveAccessibleDescription(
        'Må være høyst 5000',
      ),
    )
  })

  it('asks for every candidate’s votes before sending anything', async () => {
    const { calls } = fakeBridge({})
    renderWithApp(<RoundForm contest={contestRecord()} next={firstRound} name={name} />)
    await fillRound([
      ['Votes for Åse Ødegård', '3'],
      ['Votes for Øystein Æsøy', '2'],
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Record round 1' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Votes for Анна Петрова', { exact: false })).toHaveAccessibleDescription('Required'),
    )
    expect(calls).toEqual([])
  })

  it('offers yes, no and abstained for a lone candidate’s yes/no vote', async () => {
    const { calls } = fakeBridge({ 'round-record': () => ok(null) })
    const next = { ...firstRound, candidates: [ase.personId], ballot: 'yesNo' as const }
    renderWithApp(<RoundForm contest={contestRecord()} next={next} name={name} />)
    expect(screen.getByText('Yes or no to Åse Ødegård')).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('Yes', { exact: false }), '6')
    await userEvent.type(screen.getByLabelText('No', { exact: false }), '2')
    await userEvent.clear(screen.getByLabelText('Abstained'))
    await userEvent.type(screen.getByLabelText('Abstained'), '1')
    await userEvent.click(screen.getByRole('button', { name: 'Record round 1' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]!.input).toMatchObject({ kind: 'yesNo', votes: [], yes: 6, no: 2, blank: 1, ballotsCast: null })
  })
})

describe('TieForm', () => {
  const tie = { tiedFor: 'lastSeat' as const, candidates: [anna.personId, oystein.personId], places: 1, votes: 4 }

  it('requires exactly as many winners as there are places', async () => {
    const { calls } = fakeBridge({ 'contest-settle-tie': () => ok(null) })
    renderWithApp(<TieForm contestId={5} roundNumber={2} tie={tie} name={name} />)
    await userEvent.type(screen.getByLabelText('Who drew the lot', { exact: false }), 'Liv Berg')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Анна Петрова' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Øystein Æsøy' }))
    await userEvent.click(screen.getByRole('button', { name: 'Record the drawing of lots' }))
    expect(await screen.findByText('The lot picks 1 of the tied candidates, not 2')).toBeInTheDocument()
    expect(calls).toEqual([])

    await userEvent.click(screen.getByRole('checkbox', { name: 'Анна Петрова' }))
    await userEvent.click(screen.getByRole('button', { name: 'Record the drawing of lots' }))
    await waitFor(() => expect(calls).toHaveLength(1))
    expect(calls[0]).toEqual({
      method: 'contest-settle-tie',
      input: { contestId: 5, roundNumber: 2, drawnBy: 'Liv Berg', winners: [oystein.personId] },
    })
  })

  it('asks who drew the lot, and puts the engine’s message under it', async () => {
    fakeBridge({ 'contest-settle-tie': () => refused('counting.drawnByRequired', {}, 'settlements.0.drawnBy') })
    renderWithApp(<TieForm contestId={5} roundNumber={2} tie={tie} name={name} />)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Анна Петрова' }))
    await userEvent.click(screen.getByRole('button', { name: 'Record the drawing of lots' }))
    expect(await screen.findByText('Required')).toBeInTheDocument()
    // A lot drawn by someone the engine still refuses: the message lands under the same box.
    await userEvent.type(screen.getByLabelText('Who drew the lot', { exact: false }), ' x')
    await userEvent.click(screen.getByRole('button', { name: 'Record the drawing of lots' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Who drew the lot', { exact: false })).toHaveAccessibleDescription(
        'Say who drew the lot',
      ),
    )
  })
})

describe('ElectionListPage', () => {
  const rows = [
    electionRow({ groupId: 3, groupName: 'Amnesty Tromsø', state: 'held', flags: ['noticeLate'] }),
    electionRow({
      groupId: 4,
      groupName: 'Amnesty Bodø',
      town: 'Bodø',
      electionId: null,
      state: 'not_planned',
      meetingAt: null,
      platform: null,
      flags: ['late', 'deadlineAfterMeeting'],
    }),
  ]
  const list = () => ok({ season: { year: 2026, windowStart: '2026-01-01', windowEnd: '2026-06-30' }, rows })

  it('shows each flag and state as words, and counts the groups that have held their election', async () => {
    fakeBridge({ 'election-list': list })
    renderWithApp(<ElectionListPage />, { route: '/elections?season=2026' })
    expect(await screen.findByText('1 of 2 groups have held their election')).toBeInTheDocument()
    const bodo = screen.getByRole('row', { name: /Amnesty Bodø/ })
    expect(within(bodo).getByText('Late')).toBeInTheDocument()
    expect(within(bodo).getByText('Deadline after meeting')).toBeInTheDocument()
    expect(within(bodo).getByText('Not planned')).toBeInTheDocument()
    expect(within(bodo).getByRole('button', { name: 'Plan election: Amnesty Bodø' })).toBeInTheDocument()
    const tromso = screen.getByRole('row', { name: /Amnesty Tromsø/ })
    expect(within(tromso).getByText('Notice late')).toBeInTheDocument()
    expect(within(tromso).getByText('Held')).toBeInTheDocument()
    expect(within(tromso).getByText('2026-03-10 18:00')).toBeInTheDocument()
  })

  it('speaks Norwegian, and sends the filters from the address to main', async () => {
    const { calls } = fakeBridge({ 'election-list': list })
    renderWithApp(<ElectionListPage />, { language: 'nb', route: '/elections?season=2025&state=held&flagged=1' })
    expect(await screen.findByText('Sen innkalling')).toBeInTheDocument()
    expect(screen.getByText('Forsinket')).toBeInTheDocument()
    expect(calls.find((call) => (call.input as { state?: string }).state === 'held')?.input).toEqual({
      season: 2025,
      state: 'held',
      flaggedOnly: true,
      query: '',
      sort: 'group',
    })
  })

  it('explains that nothing is held instead of printing an empty season', async () => {
    const { calls } = fakeBridge({
      'election-list': () => ok({ season: { year: 2026, windowStart: '', windowEnd: '' }, rows: [rows[1]] }),
    })
    renderWithApp(<ElectionListPage />, { route: '/elections?season=2026' })
    await screen.findByText('Amnesty Bodø')
    await userEvent.click(screen.getByRole('button', { name: 'Minutes for the season (PDF)' }))
    expect(await screen.findByText(/None of the elections in view has been held yet/)).toBeInTheDocument()
    expect(calls.some((call) => call.method === 'season-minutes')).toBe(false)
  })

  it('plans an election for a group without one and opens it', async () => {
    const { calls } = fakeBridge({
      'election-list': list,
      'election-create': () => ok(electionDetail({ id: 42, groupId: 4, groupName: 'Amnesty Bodø' })),
    })
    renderWithApp(
      <Routes>
        <Route path="/elections" element={<ElectionListPage />} />
        <Route path="/elections/:id" element={<p>election page</p>} />
      </Routes>,
      { route: '/elections?season=2026' },
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Plan election: Amnesty Bodø' }))
    expect(await screen.findByText('election page')).toBeInTheDocument()
    expect(calls.find((call) => call.method === 'election-create')?.input).toEqual({
      groupId: 4,
      season: 2026,
      kind: 'regular',
    })
  })
})

describe('ElectionProgress', () => {
  it('lists the seven states with the date each was reached, and shows why a move is refused', async () => {
    fakeBridge({
      'election-set-state': () => ({
        ok: false,
        error: { code: 'VALIDATION', messageKey: 'errors.noticeChannelRequired', field: 'noticeChannel', message: '' },
      }),
    })
    let editing = false
    renderWithApp(<ElectionProgress election={electionDetail()} onEditFacts={() => (editing = true)} />)
    const steps = screen.getByRole('list', { name: 'Progress' })
    expect(within(steps).getAllByRole('listitem')).toHaveLength(7)
    expect(within(steps).getByText('Current state, since 2026-02-01')).toBeInTheDocument()
    expect(within(steps).getAllByText('Not yet')).toHaveLength(5)

    await userEvent.click(screen.getByRole('button', { name: 'Move forward' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Say how the notice was sent first.')
    await userEvent.click(within(alert).getByRole('button', { name: 'Edit meeting facts' }))
    expect(editing).toBe(true)
  })
})

describe('ContestList', () => {
  const leader = contestRecord({
    id: 4,
    roleId: 1,
    roleNames: { nb: 'Leder', sv: 'Ledare', en: 'Leader' },
    position: 1,
    method: 'acclamation',
    candidates: [{ id: 99, ...ase, withdrawn: false, alreadyElectedTo: [] }],
  })
  const deputy = contestRecord({
    candidates: [
      { id: 100, ...ase, withdrawn: false, alreadyElectedTo: ['Leder'] },
      { id: 101, ...anna, withdrawn: true, alreadyElectedTo: [] },
    ],
    result: {
      rule: 'absoluteMajority',
      seats: 1,
      options: { base: 'validExcludingBlank', further: 'runoffTopTwo', loneCandidateNeedsVote: false },
      rounds: [],
      outcome: { kind: 'elected', elected: [ase.personId], settlements: [], vacantSeats: 0, vacancyReason: null },
    },
  })

  it('warns, in the UI language, that a candidate already won a role earlier in the election', async () => {
    fakeBridge({ 'role-list': () => ok([]) })
    renderWithApp(<ContestList election={electionDetail({ contests: [leader, deputy] })} />)
    const card = screen.getByRole('region', { name: '2. Deputy leader' })
    expect(within(card).getByText('Already elected: Leader')).toBeInTheDocument()
    expect(within(card).getByText('Withdrawn')).toBeInTheDocument()
    expect(within(card).getByText('Result: Åse Ødegård elected')).toBeInTheDocument()
  })

  it('offers to confirm a decided result only once the meeting is held, and sends the contest', async () => {
    const { calls } = fakeBridge({ 'role-list': () => ok([]), 'contest-confirm': () => ok(null) })
    const { unmount } = renderWithApp(<ContestList election={electionDetail({ contests: [deputy] })} />)
    expect(screen.queryByRole('button', { name: 'Confirm result' })).not.toBeInTheDocument()
    unmount()
    renderWithApp(<ContestList election={electionDetail({ state: 'held', contests: [deputy] })} />, { language: 'sv' })
    await userEvent.click(screen.getByRole('button', { name: 'Bekräfta resultatet' }))
    await waitFor(() => expect(calls.find((call) => call.method === 'contest-confirm')?.input).toEqual({ id: 5 }))
  })

  it('shows why a move or removal was refused inside the card', async () => {
    fakeBridge({
      'role-list': () => ok([]),
      'contest-remove': () => ({
        ok: false,
        error: { code: 'CONFLICT', messageKey: 'errors.candidatesLocked', message: '' },
      }),
    })
    renderWithApp(<ContestList election={electionDetail({ contests: [leader, deputy] })} />)
    const card = screen.getByRole('region', { name: '2. Deputy leader' })
    await userEvent.click(within(card).getByRole('button', { name: 'Remove Deputy leader from the agenda' }))
    expect(await within(card).findByRole('alert')).toHaveTextContent('Voting has started')
    expect(within(card).getByRole('button', { name: 'Move Deputy leader down' })).toBeDisabled()
  })
})

describe('GroupElectionsCard', () => {
  it('lists the group’s elections by season with their state, and its role holders today', async () => {
    fakeBridge({
      'group-get': () => ok({ id: 3, name: 'Amnesty Tromsø' }),
      'election-list': (input) => {
        const { season } = input as { season: number }
        const rows =
          season === 2025
            ? [electionRow({ electionId: 7, state: 'minutes_filed' }), electionRow({ groupId: 9, electionId: 8 })]
            : []
        return ok({ season: { year: season, windowStart: '', windowEnd: '' }, rows })
      },
      'role-list': () => ok([{ id: 1, names: { nb: 'Leder', sv: 'Ledare', en: 'Leader' } }]),
      'role-term-list': () =>
        ok([
          { id: 1, roleId: 1, personId: ase.personId, personName: ase.name, from: '2025-03-10', sourceContestId: 4 },
        ]),
    })
    renderWithApp(<GroupElectionsCard groupId={3} />, { language: 'nb' })
    expect(await screen.findByRole('link', { name: '2025' })).toHaveAttribute('href', '/elections/7')
    expect(screen.getAllByRole('link', { name: /^\d{4}/ })).toHaveLength(1)
    expect(screen.getByText('Protokoll arkivert')).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Åse Ødegård' })).toBeInTheDocument()
    expect(screen.getByText('Leder')).toBeInTheDocument()
  })
})
