import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { FinanceYear } from '../../shared/api/finance'
import { FinanceYearModal } from '../../renderer/src/pages/finance/FinanceYearModal'
import { GroupFinanceCard } from '../../renderer/src/pages/finance/GroupFinanceCard'
import { fakeBridge, ok, renderWithApp } from './render'

const year: FinanceYear = {
  id: null,
  groupId: 4,
  groupName: 'Amnesty Tromsø',
  groupStatus: 'active',
  year: 2025,
  treasurers: [{ personId: 2, name: 'Kari Nordmann', from: '2023-03-01', to: null }],
  cashBookReceivedOn: null,
  annualReportReceivedOn: null,
  activityReportReceivedOn: null,
  auditorPersonId: null,
  auditorName: null,
  auditorContact: null,
  auditorOverrideReason: null,
  auditStatus: 'not_assigned',
  auditAssignedOn: null,
  auditDecidedOn: null,
  auditRemarks: null,
  flags: [],
  notes: null,
  updatedAt: null,
  ties: [
    { kind: 'member', personId: 7, personName: 'Per Ødegård', from: '2024-09-01', to: null },
    {
      kind: 'role',
      personId: 2,
      personName: 'Kari Nordmann',
      from: '2023-03-01',
      to: null,
      roleKey: 'treasurer',
      roleNames: { nb: 'Økonomiansvarlig', sv: 'Kassör', en: 'Treasurer' },
    },
  ],
}

const people = ok({
  rows: [
    { id: 7, name: 'Per Ødegård', email: null, phone: null, groups: ['Amnesty Tromsø'] },
    { id: 9, name: 'Liv Berg', email: 'liv@example.org', phone: null, groups: [] },
  ],
  total: 2,
})

async function pickAuditor(name: RegExp) {
  await userEvent.click(screen.getByRole('combobox', { name: 'External auditor' }))
  await userEvent.click(await screen.findByRole('option', { name, hidden: true }))
}

describe('FinanceYearModal: the auditor must be outside the group', () => {
  it('refuses a member as soon as they are picked, and asks for a reason before saving', async () => {
    const { calls } = fakeBridge({
      'finance-year-get': () => ok(year),
      'person-list': () => people,
      'finance-year-save': (input) => ok({ ...year, ...(input as object) }),
    })
    let closed = false
    renderWithApp(
      <FinanceYearModal opened onClose={() => (closed = true)} groupId={4} groupName="Amnesty Tromsø" year={2025} />,
    )
    await screen.findByText('Treasurer in 2025:')
    expect(screen.queryByLabelText(/Reason for the exception/)).toBeNull()

    await pickAuditor(/Per Ødegård/)
    expect(
      await screen.findByText(
        'Per Ødegård is a member of the group (since 2024-09-01). The auditor must be someone outside the group: choose someone else, or give a reason for the exception.',
      ),
    ).toBeInTheDocument()
    const reason = screen.getByLabelText(/Reason for the exception/)

    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await within(reason.closest('.mantine-InputWrapper-root')!).findByText('Required')).toBeInTheDocument()
    expect(calls.some((call) => call.method === 'finance-year-save')).toBe(false)

    await userEvent.type(reason, 'Only bookkeeper')
    expect(screen.getByText('Accepted as an exception, with the reason below.')).toBeInTheDocument()
    // The why stays in view, no longer as an error on the field.
    expect(screen.getByRole('combobox', { name: 'External auditor' })).not.toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('status')).toHaveTextContent(/Per Ødegård is a member of the group/)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(closed).toBe(true))
    expect(calls.find((call) => call.method === 'finance-year-save')!.input).toMatchObject({
      groupId: 4,
      year: 2025,
      auditorPersonId: 7,
      auditorName: '',
      auditorOverrideReason: 'Only bookkeeper',
    })
  }, 15_000)

  it('names the role held when the auditor is the treasurer, in the UI language', async () => {
    fakeBridge({ 'finance-year-get': () => ok(year), 'person-list': () => people })
    renderWithApp(<FinanceYearModal opened onClose={() => {}} groupId={4} groupName="Amnesty Tromsø" year={2025} />, {
      language: 'sv',
    })
    await screen.findByText('Kassör under 2025:')
    await userEvent.click(screen.getByRole('radio', { name: 'Inte i registret' }))
    await userEvent.type(screen.getByLabelText('Granskarens namn'), 'kari nordmann')
    expect(
      await screen.findByText(/^Kari Nordmann har uppdraget Kassör i gruppen \(sedan 2023-03-01\)\./),
    ).toBeInTheDocument()
  })

  it('saves an outsider without asking for a reason', async () => {
    const { calls } = fakeBridge({
      'finance-year-get': () => ok(year),
      'person-list': () => people,
      'finance-year-save': (input) => ok({ ...year, ...(input as object) }),
    })
    let closed = false
    renderWithApp(
      <FinanceYearModal opened onClose={() => (closed = true)} groupId={4} groupName="Amnesty Tromsø" year={2025} />,
    )
    await screen.findByText('Treasurer in 2025:')
    await pickAuditor(/Liv Berg/)
    expect(screen.queryByLabelText(/Reason for the exception/)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(closed).toBe(true))
    expect(calls.find((call) => call.method === 'finance-year-save')!.input).toMatchObject({ auditorPersonId: 9 })
  })

  it('shows a refusal from main under the auditor field and offers the reason field', async () => {
    fakeBridge({
      'finance-year-get': () => ok(year),
      'person-list': () => people,
      'finance-year-save': () => ({
        ok: false,
        error: {
          code: 'CONFLICT',
          messageKey: 'finance.errors.auditorWasMember',
          params: { name: 'Liv Berg', from: '2025-01-01', to: '2025-02-01' },
          field: 'auditorPersonId',
          message: '',
        },
      }),
    })
    renderWithApp(<FinanceYearModal opened onClose={() => {}} groupId={4} groupName="Amnesty Tromsø" year={2025} />)
    await screen.findByText('Treasurer in 2025:')
    await pickAuditor(/Liv Berg/)
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByText(/^Liv Berg was a member of the group from 2025-01-01 to 2025-02-01\./),
    ).toBeInTheDocument()
    expect(screen.getByLabelText(/Reason for the exception/)).toBeInTheDocument()
  })

  it('asks for the decision date and remarks of a rejected audit', async () => {
    const { calls } = fakeBridge({ 'finance-year-get': () => ok(year), 'person-list': () => people })
    renderWithApp(<FinanceYearModal opened onClose={() => {}} groupId={4} groupName="Amnesty Tromsø" year={2025} />)
    await screen.findByText('Treasurer in 2025:')
    await userEvent.click(screen.getByRole('combobox', { name: 'Audit status' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Rejected', hidden: true }))
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('This audit status needs the auditor: record who audits.')).toBeInTheDocument()
    expect(screen.getByText('Give the date of the auditor’s decision.')).toBeInTheDocument()
    expect(screen.getByText('Write down the auditor’s remarks.')).toBeInTheDocument()
    expect(calls.some((call) => call.method === 'finance-year-save')).toBe(false)
  })
})

describe('GroupFinanceCard', () => {
  it('shows last year’s treasurer, what is missing in words, and the accepted exception', async () => {
    const lastYear = new Date().getFullYear() - 1
    const { calls } = fakeBridge({
      'finance-year-get': (input) =>
        ok({
          ...year,
          year: (input as { year: number }).year,
          id: 3,
          cashBookReceivedOn: `${lastYear + 1}-01-20`,
          auditorPersonId: 7,
          auditorName: 'Per Ødegård',
          auditorOverrideReason: 'Only bookkeeper',
          auditStatus: 'in_review',
        }),
    })
    renderWithApp(<GroupFinanceCard groupId={4} />, { language: 'nb' })
    expect(await screen.findByText('Kari Nordmann')).toBeInTheDocument()
    expect(screen.getByText(`${lastYear + 1}-01-20`)).toBeInTheDocument()
    expect(screen.getAllByText('Mangler')).toHaveLength(2)
    expect(screen.getByText('Unntak')).toBeInTheDocument()
    expect(screen.getByText('Under revisjon')).toBeInTheDocument()
    expect(calls[0]).toEqual({ method: 'finance-year-get', input: { groupId: 4, year: lastYear } })
  })
})
