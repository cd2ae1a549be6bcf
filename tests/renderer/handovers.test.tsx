import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { HandoverDetail } from '../../shared/api/roles'
import { HandoverDrawer } from '../../renderer/src/pages/handovers/HandoverDrawer'
import { HandoverTable } from '../../renderer/src/pages/handovers/HandoverTable'
import { fakeBridge, ok, renderWithApp } from './render'

// Picking from Mantine's comboboxes in jsdom takes seconds when the whole suite runs at once.
vi.setConfig({ testTimeout: 20_000 })

const names = { nb: 'Økonomiansvarlig', sv: 'Kassör', en: 'Treasurer' }

function handover(): HandoverDetail {
  return {
    id: 5,
    groupId: 1,
    groupName: 'Amnesty Tromsø',
    roleId: 3,
    roleNames: names,
    fromPersonId: 10,
    fromPersonName: 'Per Ødegård',
    toPersonId: 11,
    toPersonName: 'Liv Berg',
    dueOn: '2026-04-09',
    status: 'open',
    statusReason: null,
    completedOn: null,
    notes: null,
    manual: false,
    sourceContestId: 7,
    itemsDone: 0,
    itemsTotal: 2,
    overdue: false,
    items: [
      { id: 51, position: 1, label: 'Cash book handed over', doneOn: null },
      { id: 52, position: 2, label: 'Bank access changed', doneOn: null },
    ],
  }
}

/** A main side that keeps one handover and answers like the real handlers. */
function fakeMain() {
  const state = handover()
  const detail = () => ({ ...state, itemsDone: state.items.filter((item) => item.doneOn).length })
  return fakeBridge({
    'handover-get': () => ok(detail()),
    'handover-item-set': (input) => {
      const { id, done } = input as { id: number; done: boolean }
      state.items = state.items.map((item) =>
        item.id === id ? { ...item, doneOn: done ? (item.doneOn ?? '2026-03-15') : null } : item,
      )
      return ok(detail())
    },
    'handover-update': (input) => {
      const { status } = input as { status: HandoverDetail['status'] }
      Object.assign(state, { status, completedOn: status === 'done' ? '2026-03-15' : null })
      return ok(detail())
    },
  })
}

describe('HandoverDrawer', () => {
  it('ticks items with today’s date, suggests done when all are ticked, and marks done only when asked', async () => {
    const { calls } = fakeMain()
    renderWithApp(<HandoverDrawer id={5} onClose={() => {}} />)
    const drawer = await screen.findByRole('dialog')
    expect(await within(drawer).findByText('Treasurer, Amnesty Tromsø')).toBeInTheDocument()
    expect(within(drawer).getByText('0 of 2')).toBeInTheDocument()

    await userEvent.click(within(drawer).getByRole('checkbox', { name: 'Cash book handed over' }))
    expect(await within(drawer).findByText('done 2026-03-15')).toBeInTheDocument()
    expect(within(drawer).getByText('1 of 2')).toBeInTheDocument()
    expect(within(drawer).getByRole('checkbox', { name: 'Cash book handed over' })).toBeChecked()
    expect(within(drawer).queryByText(/Every item is ticked/)).not.toBeInTheDocument()

    await userEvent.click(within(drawer).getByRole('checkbox', { name: 'Bank access changed' }))
    expect(await within(drawer).findByText('Every item is ticked. Mark the handover as done?')).toBeInTheDocument()
    // Not automatic: nothing changed the status yet.
    expect(calls.filter((call) => call.method === 'handover-update')).toEqual([])

    await userEvent.click(within(drawer).getByRole('button', { name: 'Mark as done' }))
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'handover-update')?.input).toEqual({
        id: 5,
        status: 'done',
        statusReason: null,
        dueOn: '2026-04-09',
        notes: null,
      }),
    )
    expect(await within(drawer).findAllByText('Done')).not.toHaveLength(0)
    expect(within(drawer).queryByText(/Every item is ticked/)).not.toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'handover-item-set').map((call) => call.input)).toEqual([
      { id: 51, done: true },
      { id: 52, done: true },
    ])
  })

  it('un-ticking clears the date', async () => {
    const { calls } = fakeMain()
    renderWithApp(<HandoverDrawer id={5} onClose={() => {}} />, { language: 'nb' })
    const drawer = await screen.findByRole('dialog')
    const box = await within(drawer).findByRole('checkbox', { name: 'Cash book handed over' })
    await userEvent.click(box)
    expect(await within(drawer).findByText('utført 2026-03-15')).toBeInTheDocument()
    await userEvent.click(within(drawer).getByRole('checkbox', { name: 'Cash book handed over' }))
    await waitFor(() => expect(within(drawer).queryByText('utført 2026-03-15')).not.toBeInTheDocument())
    expect(calls.filter((call) => call.method === 'handover-item-set').at(-1)?.input).toEqual({ id: 51, done: false })
  })

  it('asks for a reason before waiving', async () => {
    const { calls } = fakeMain()
    renderWithApp(<HandoverDrawer id={5} onClose={() => {}} />)
    const drawer = await screen.findByRole('dialog')
    await within(drawer).findByText('Treasurer, Amnesty Tromsø')
    await userEvent.click(within(drawer).getByLabelText('Status'))
    await userEvent.click(await screen.findByRole('option', { name: 'Waived', hidden: true }))
    await userEvent.click(within(drawer).getByRole('button', { name: 'Save' }))
    expect(await within(drawer).findByText('Say why the handover is waived.')).toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'handover-update')).toEqual([])
  })
})

describe('HandoverTable', () => {
  it('flags an overdue handover in words, not by colour alone', () => {
    fakeBridge({})
    const { items: _items, ...row } = handover()
    renderWithApp(
      <HandoverTable rows={[{ ...row, overdue: true, dueOn: '2026-03-01', itemsDone: 1 }]} onOpen={() => {}} />,
    )
    expect(screen.getByText('Overdue')).toBeInTheDocument()
    expect(screen.getByText('1 of 2')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Open handover Treasurer, Amnesty Tromsø' })).toBeInTheDocument()
  })
})
