import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { ComplianceRow, TrainingSessionDetail } from '../../shared/api/trainings'
import { AttendanceQuickEntry } from '../../renderer/src/pages/trainings/AttendanceQuickEntry'
import { GroupTrainingsCard } from '../../renderer/src/pages/trainings/GroupTrainingsCard'
import { quickEntryCandidates, quickEntryEntries } from '../../renderer/src/pages/trainings/quickEntry'
import { fakeBridge, ok, renderWithApp } from './render'

const names = (en: string, nb = en) => ({ en, nb, sv: en })

const session: TrainingSessionDetail = {
  id: 5,
  trainingTypeId: 1,
  typeNames: names('Group leader gathering', 'Gruppeledersamling'),
  date: '2026-03-14',
  place: 'Oslo',
  online: false,
  notes: null,
  registered: 1,
  attended: 0,
  noShow: 0,
  attendance: [{ personId: 3, personName: 'Ola Åsen', status: 'registered' }],
}

const need = (personId: number, personName: string, status: ComplianceRow['status'], group = 'Amnesty Tromsø') =>
  ({
    termId: personId,
    groupId: 1,
    groupName: group,
    roleId: 1,
    roleNames: names('Leader', 'Leder'),
    personId,
    personName,
    termFrom: '2025-06-01',
    trainingTypeId: 1,
    trainingNames: names('Group leader gathering', 'Gruppeledersamling'),
    withinMonths: 6,
    validityMonths: 24,
    status,
    dueOn: '2025-12-01',
    lastAttendedOn: null,
    expiresOn: null,
    expiredOn: null,
    nextSessionOn: null,
  }) satisfies ComplianceRow

const everyone = [
  { id: 1, name: 'Kari Nordmann', email: null, phone: null, groups: [] },
  { id: 2, name: 'Liv Berg', email: null, phone: null, groups: [] },
  { id: 3, name: 'Ola Åsen', email: null, phone: null, groups: [] },
  { id: 4, name: 'Per Ødegård', email: null, phone: null, groups: [] },
]

function bridge() {
  return fakeBridge({
    'training-compliance': () =>
      ok([need(4, 'Per Ødegård', 'overdue'), need(1, 'Kari Nordmann', 'due', 'Amnesty Bodø')]),
    'person-list': (input) => {
      const query = ((input as { query?: string }).query ?? '').toLowerCase()
      const rows = everyone.filter((person) => person.name.toLowerCase().includes(query))
      return ok({ rows, total: rows.length })
    },
    'attendance-set': () => ok(session),
  })
}

describe('AttendanceQuickEntry', () => {
  it('lists the role holders who need the training first, then everyone else once', async () => {
    const { calls } = bridge()
    renderWithApp(<AttendanceQuickEntry session={session} />)
    await screen.findByRole('checkbox', { name: 'Liv Berg' })
    const boxes = screen.getAllByRole('checkbox').map((box) => box.getAttribute('aria-label') ?? labelOf(box))
    expect(boxes.slice(0, 4)).toEqual(['Per Ødegård', 'Kari Nordmann', 'Liv Berg', 'Ola Åsen'])
    expect(screen.getByText('Leader, Amnesty Tromsø: Overdue')).toBeInTheDocument()
    expect(screen.getByText('Leader, Amnesty Bodø: Due')).toBeInTheDocument()
    // Ola is on the session already: the list says so.
    expect(screen.getAllByText('Registered').filter((text) => text.closest('.mantine-Badge-root'))).toHaveLength(1)
    expect(calls.find((call) => call.method === 'training-compliance')?.input).toEqual({
      trainingTypeId: 1,
      status: 'open',
    })
  })

  it('records everyone ticked in one write, and the registered people not ticked as no-shows', async () => {
    const { calls } = bridge()
    renderWithApp(<AttendanceQuickEntry session={session} />)
    const save = screen.getByRole('button', { name: 'Save as attended' })
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Per Ødegård' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Liv Berg' }))
    expect(screen.getByText('2 ticked')).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: /registered person not ticked/ })).toBeChecked()
    await userEvent.click(save)
    await waitFor(() => expect(calls.filter((call) => call.method === 'attendance-set')).toHaveLength(1))
    expect(calls.find((call) => call.method === 'attendance-set')!.input).toEqual({
      sessionId: 5,
      entries: [
        { personId: 4, status: 'attended' },
        { personId: 2, status: 'attended' },
        { personId: 3, status: 'no_show' },
      ],
    })
    await waitFor(() => expect(screen.getByText('0 ticked')).toBeInTheDocument())
  })

  it('can register people instead, leaving the others as they are', async () => {
    const { calls } = bridge()
    renderWithApp(<AttendanceQuickEntry session={session} />, { language: 'nb' })
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Kari Nordmann' }))
    await userEvent.click(screen.getByRole('radio', { name: 'Påmeldt' }))
    expect(screen.queryByRole('checkbox', { name: /møtte ikke/ })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Lagre som påmeldt' }))
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'attendance-set')?.input).toEqual({
        sessionId: 5,
        entries: [{ personId: 1, status: 'registered' }],
      }),
    )
  })

  it('searches people and keeps those ticked while the list changes', async () => {
    const { calls } = bridge()
    renderWithApp(<AttendanceQuickEntry session={session} />)
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Kari Nordmann' }))
    await userEvent.click(screen.getByRole('checkbox', { name: /registered person not ticked/ }))
    await userEvent.type(screen.getByRole('textbox', { name: 'Search people' }), 'ødeg')
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Kari Nordmann' })).toBeNull())
    expect(screen.queryByRole('checkbox', { name: 'Liv Berg' })).toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Per Ødegård' }))
    await userEvent.click(screen.getByRole('button', { name: 'Save as attended' }))
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'attendance-set')?.input).toEqual({
        sessionId: 5,
        entries: [
          { personId: 1, status: 'attended' },
          { personId: 4, status: 'attended' },
        ],
      }),
    )
  })

  it('sends nothing until someone is ticked', async () => {
    bridge()
    renderWithApp(<AttendanceQuickEntry session={{ ...session, attendance: [], registered: 0 }} />)
    await screen.findByRole('checkbox', { name: 'Liv Berg' })
    expect(screen.getByRole('button', { name: 'Save as attended' })).toBeDisabled()
  })
})

describe('quickEntryCandidates and quickEntryEntries', () => {
  it('groups a holder with two roles into one candidate, and folds accents in the search', () => {
    const { needing, others } = quickEntryCandidates({
      needing: [need(4, 'Per Ødegård', 'overdue'), need(4, 'Per Ødegård', 'due', 'Amnesty Bodø')],
      everyone,
      recorded: [],
      search: 'odegard',
    })
    expect(needing.map((candidate) => [candidate.name, candidate.needs.length])).toEqual([['Per Ødegård', 2]])
    expect(others.map((candidate) => candidate.name)).toEqual(['Kari Nordmann', 'Liv Berg', 'Ola Åsen'])
  })

  it('marks no-shows only when recording attendance', () => {
    const recorded = session.attendance
    expect(quickEntryEntries({ ticked: new Set([3]), mark: 'attended', othersNoShow: true, recorded })).toEqual([
      { personId: 3, status: 'attended' },
    ])
    expect(quickEntryEntries({ ticked: new Set(), mark: 'registered', othersNoShow: true, recorded })).toEqual([])
  })
})

describe('GroupTrainingsCard', () => {
  it('shows the group’s holders with their state, linking to the person', async () => {
    const { calls } = fakeBridge({ 'training-compliance': () => ok([need(4, 'Per Ødegård', 'overdue')]) })
    renderWithApp(<GroupTrainingsCard groupId={1} />, { language: 'nb' })
    const row = (await screen.findAllByTestId('compliance-row'))[0]!
    expect(within(row).getByRole('link', { name: 'Per Ødegård' })).toHaveAttribute('href', '/people/4')
    expect(within(row).getByText('Forsinket')).toBeInTheDocument()
    expect(within(row).getByText('Gruppeledersamling')).toBeInTheDocument()
    expect(calls[0]).toEqual({ method: 'training-compliance', input: { groupId: 1 } })
  })
})

function labelOf(box: HTMLElement) {
  const id = box.getAttribute('id')
  return id ? (document.querySelector(`label[for="${id}"]`)?.textContent ?? '') : ''
}
