import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CollectionBox } from '../../shared/api/finance'
import { GroupBoxesCard } from '../../renderer/src/pages/finance/GroupBoxesCard'
import { fakeBridge, ok, renderWithApp } from './render'

const box = (more: Partial<CollectionBox>): CollectionBox => ({
  id: 1,
  groupId: 4,
  groupName: 'Amnesty Tromsø',
  label: 'Bøsse 1',
  status: 'in_use',
  lastCountedOn: '2025-02-14',
  lastAmountMinor: 123450,
  notes: null,
  createdAt: '2024-01-01T10:00:00.000Z',
  updatedAt: '2024-01-01T10:00:00.000Z',
  staleness: { stale: true, since: '2025-02-14', neverCounted: false, months: 13 },
  ...more,
})

describe('GroupBoxesCard', () => {
  it('says in words which boxes are overdue, and shows amounts in kroner', async () => {
    const { calls } = fakeBridge({
      'box-list': () =>
        ok({
          staleMonths: 12,
          rows: [
            box({}),
            box({
              id: 2,
              label: 'Bøsse 2',
              lastCountedOn: null,
              lastAmountMinor: null,
              staleness: { stale: true, since: '2024-01-01', neverCounted: true, months: 26 },
            }),
            box({
              id: 3,
              label: 'Bøsse 3',
              status: 'returned',
              staleness: { stale: false, since: '2025-02-14', neverCounted: false, months: 13 },
            }),
          ],
        }),
    })
    renderWithApp(<GroupBoxesCard groupId={4} />, { language: 'nb' })
    expect(await screen.findByText('Ikke telt på 13 måneder')).toBeInTheDocument()
    expect(screen.getByText('Aldri telt (registrert 2024-01-01)')).toBeInTheDocument()
    expect(screen.getAllByText(/Ikke telt på/)).toHaveLength(1)
    expect(screen.getAllByText(/1\s234,50 kr/)).toHaveLength(2)
    expect(screen.getByRole('button', { name: 'Registrer telling: Bøsse 1' })).toBeEnabled()
    expect(calls[0]).toEqual({ method: 'box-list', input: { groupId: 4 } })
  })
})
