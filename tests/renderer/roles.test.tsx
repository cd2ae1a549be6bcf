import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { Role, RoleHolder, RoleTerm } from '../../shared/api/roles'
import { GroupRolesCard } from '../../renderer/src/pages/roles/GroupRolesCard'
import { HoldersTab } from '../../renderer/src/pages/roles/HoldersTab'
import { TermCreateModal } from '../../renderer/src/pages/roles/TermCreateModal'
import { fakeBridge, ok, renderWithApp } from './render'

// Picking from Mantine's comboboxes in jsdom takes seconds when the whole suite runs at once.
vi.setConfig({ testTimeout: 20_000 })

const role = (id: number, key: string, en: string, requirement: 'must' | 'should'): Role => ({
  id,
  key,
  names: { nb: `${en} (nb)`, sv: `${en} (sv)`, en },
  requirement,
  selection: 'elected',
  electionOrder: id,
  seats: 1,
  combinable: false,
  active: true,
})
const roles = [
  role(1, 'leader', 'Leader', 'must'),
  role(2, 'deputy', 'Deputy leader', 'should'),
  role(3, 'treasurer', 'Treasurer', 'must'),
]
const people = { rows: [{ id: 11, name: 'Liv Berg', email: null, phone: null, groups: [] }], total: 1 }
const conflict = (messageKey: string, field: string, params: Record<string, string | number>) => ({
  ok: false as const,
  error: { code: 'CONFLICT' as const, messageKey, field, params, message: '' },
})

async function fillAppointment() {
  const dialog = await screen.findByRole('dialog')
  await userEvent.click(within(dialog).getByRole('combobox', { name: /^Role/ }))
  await userEvent.click(await screen.findByRole('option', { name: 'Treasurer', hidden: true }))
  await userEvent.type(within(dialog).getByRole('combobox', { name: /^Person/ }), 'Liv')
  await userEvent.click(await screen.findByRole('option', { name: 'Liv Berg', hidden: true }))
  await userEvent.clear(within(dialog).getByLabelText(/^From/))
  await userEvent.type(within(dialog).getByLabelText(/^From/), '2026-03-10')
  return dialog
}

describe('TermCreateModal', () => {
  it('puts the overlap refusal from main under the From field', async () => {
    const { calls } = fakeBridge({
      'role-list': () => ok(roles),
      'person-list': () => ok(people),
      'role-term-create': () =>
        conflict('stewardship.errors.seatsTaken', 'from', { seats: 1, count: 2, date: '2026-03-10' }),
    })
    renderWithApp(<TermCreateModal opened onClose={() => {}} groupId={4} />)
    const dialog = await fillAppointment()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(
      await within(dialog).findByText(
        'At most 1 people can hold this role in the group at once; on 2026-03-10 there would be 2. End a term first.',
      ),
    ).toBeInTheDocument()
    expect(within(dialog).getByLabelText(/^From/)).toHaveAttribute('aria-invalid', 'true')
    expect(calls.find((call) => call.method === 'role-term-create')?.input).toMatchObject({
      groupId: 4,
      roleId: 3,
      personId: 11,
      from: '2026-03-10',
      startKind: 'appointed',
      allowCombined: false,
    })
  })

  it('offers to record a combination of roles anyway, and sends that when ticked', async () => {
    let closed = false
    const { calls } = fakeBridge({
      'role-list': () => ok(roles),
      'person-list': () => ok(people),
      'role-term-create': (input) =>
        (input as { allowCombined: boolean }).allowCombined
          ? ok({ id: 9 })
          : conflict('stewardship.errors.notCombinable', 'allowCombined', { person: 'Liv Berg', role: 'Leader' }),
    })
    renderWithApp(<TermCreateModal opened onClose={() => (closed = true)} groupId={4} />)
    const dialog = await fillAppointment()
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    expect(
      await within(dialog).findByText(
        'Liv Berg already holds the role “Leader” in this group in that period, and the roles may not be combined.',
      ),
    ).toBeInTheDocument()
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Record anyway: the person holds both roles' }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(closed).toBe(true))
    expect(calls.filter((call) => call.method === 'role-term-create').at(-1)?.input).toMatchObject({
      allowCombined: true,
    })
  })

  it('says what is missing before asking main', async () => {
    const { calls } = fakeBridge({ 'role-list': () => ok(roles), 'person-list': () => ok(people) })
    renderWithApp(<TermCreateModal opened onClose={() => {}} groupId={4} />, { language: 'sv' })
    const dialog = await screen.findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }))
    expect(await within(dialog).findAllByText('Måste fyllas i')).toHaveLength(2)
    expect(calls.filter((call) => call.method === 'role-term-create')).toEqual([])
  })
})

describe('HoldersTab', () => {
  it('shows each group’s holders and says “Vacant” for a must-role nobody holds', async () => {
    const holder: RoleHolder = {
      termId: 1,
      groupId: 4,
      groupName: 'Amnesty Tromsø',
      roleId: 1,
      roleNames: roles[0]!.names,
      personId: 11,
      personName: 'Liv Berg',
      from: '2025-03-10',
      to: null,
      startKind: 'interim',
    }
    const { calls } = fakeBridge({
      'group-list': () =>
        ok({
          rows: [
            {
              id: 4,
              name: 'Amnesty Tromsø',
              town: null,
              kind: 'local',
              status: 'active',
              statusSince: '2020-01-01',
              memberCount: 3,
            },
          ],
          total: 1,
        }),
      'role-list': () => ok(roles),
      'role-holders-as-of': () => ok([holder]),
    })
    renderWithApp(<HoldersTab />, { route: '/roles?asOf=2025-06-01' })
    expect(await screen.findByRole('link', { name: 'Liv Berg' })).toBeInTheDocument()
    expect(screen.getByText('(interim)')).toBeInTheDocument()
    expect(screen.getByText('Vacant')).toBeInTheDocument()
    expect(screen.getByText('1 must-roles vacant in active groups on 2025-06-01')).toBeInTheDocument()
    expect(calls.find((call) => call.method === 'role-holders-as-of')?.input).toEqual({ date: '2025-06-01' })
  })
})

describe('GroupRolesCard', () => {
  const term = (id: number, personName: string, extra: Partial<RoleTerm>): RoleTerm => ({
    id,
    groupId: 4,
    groupName: 'Amnesty Tromsø',
    roleId: 3,
    roleNames: roles[2]!.names,
    personId: id + 10,
    personName,
    from: '2024-03-01',
    to: null,
    endReason: null,
    startKind: 'elected',
    note: null,
    sourceContestId: null,
    ...extra,
  })

  it('shows holders, vacancies and history, and ends an elected term with a handover to a successor', async () => {
    const { calls } = fakeBridge({
      'role-term-list': () =>
        ok([
          term(1, 'Liv Berg', { from: '2025-03-10' }),
          term(2, 'Per Ødegård', { from: '2023-03-01', to: '2025-03-10', endReason: 'successor' }),
        ]),
      'vacancy-list': () =>
        ok([
          { groupId: 4, groupName: 'Amnesty Tromsø', roleId: 1, roleNames: roles[0]!.names, vacantSince: '2026-01-31' },
        ]),
      'person-list': () =>
        ok({ rows: [{ id: 30, name: 'Kari Nordmann', email: null, phone: null, groups: [] }], total: 1 }),
      'role-term-end': () => ok(term(1, 'Liv Berg', { to: '2026-03-01' })),
    })
    renderWithApp(<GroupRolesCard groupId={4} />)
    expect(await screen.findByText('Vacant must-roles')).toBeInTheDocument()
    expect(screen.getByText('Leader: vacant')).toBeInTheDocument()
    expect(screen.getByText('Vacant since 2026-01-31')).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'Liv Berg' })).toBeInTheDocument()
    expect(screen.getByText('Earlier terms')).toBeInTheDocument()
    expect(screen.getByText('Successor took over')).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Actions for Liv Berg' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'End term' }))
    const dialog = await screen.findByRole('dialog', { name: 'End the term of Liv Berg' })
    await userEvent.clear(within(dialog).getByLabelText(/^End date/))
    await userEvent.type(within(dialog).getByLabelText(/^End date/), '2026-03-01')
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Create a handover to a successor' }))
    await userEvent.clear(within(dialog).getByLabelText(/^Handover due/))
    await userEvent.type(within(dialog).getByLabelText(/^Handover due/), '2026-03-31')
    await userEvent.click(within(dialog).getByRole('button', { name: 'End term' }))
    // A successor must be named before anything is sent.
    expect(await within(dialog).findByText('Required')).toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'role-term-end')).toEqual([])
    await userEvent.type(within(dialog).getByRole('combobox', { name: /^Successor/ }), 'Kari')
    await userEvent.click(await screen.findByRole('option', { name: 'Kari Nordmann', hidden: true }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'End term' }))
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'role-term-end')?.input).toEqual({
        id: 1,
        to: '2026-03-01',
        endReason: 'stepped_down',
        note: '',
        handover: { toPersonId: 30, dueOn: '2026-03-31' },
      }),
    )
  })
})
