import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Dashboard, GridRow } from '../../shared/api/dashboard'
import { requirementKeys, type Cell } from '../../shared/dashboard/grid'
import { RequirementGrid } from '../../renderer/src/pages/dashboard/RequirementGrid'
import { fakeBridge, renderWithApp } from './render'

const ok: Cell = { status: 'ok', detail: 'allFilled', params: {} }
const problem: Cell = { status: 'problem', detail: 'auditorMissing', params: { year: 2025 } }

function nationalDashboard(groups: number): Dashboard {
  const grid: GridRow[] = Array.from({ length: groups }, (_, index) => ({
    groupId: index + 1,
    groupName: `Amnesty gruppe ${String(index + 1).padStart(4, '0')}`,
    town: null,
    contactEmail: null,
    electionId: null,
    flags: [],
    cells: Object.fromEntries(
      requirementKeys.map((key) => [key, index % 3 === 0 && key === 'auditorAssigned' ? problem : ok]),
    ) as GridRow['cells'],
    problems: index % 3 === 0 ? 1 : 0,
  }))
  return {
    season: { year: 2026, windowStart: '2026-01-01', windowEnd: '2026-06-30' },
    fiscalYear: 2025,
    today: '2026-11-21',
    tiles: {} as Dashboard['tiles'],
    grid,
    charts: {
      heldPerWeek: [],
      mustRoles: { filled: 0, total: 0 },
      trainings: { done: 0, due: 0, overdue: 0, expired: 0 },
    },
  }
}

describe('RequirementGrid', () => {
  it('renders a 1,000-group country a page of 100 at a time, with the way to the rest', () => {
    fakeBridge({})
    renderWithApp(<RequirementGrid dashboard={nationalDashboard(1000)} />, { route: '/?order=name' })
    expect(screen.getAllByRole('row')).toHaveLength(101)
    expect(screen.getByRole('link', { name: 'Amnesty gruppe 0001' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Amnesty gruppe 1000' })).not.toBeInTheDocument()
    expect(screen.getByText('Showing 1–100 of 1000')).toBeInTheDocument()
  })

  it('opens the page the address names, most problems first by default', () => {
    fakeBridge({})
    renderWithApp(<RequirementGrid dashboard={nationalDashboard(1000)} />, { route: '/?order=name&page=10' })
    expect(screen.getByRole('link', { name: 'Amnesty gruppe 1000' })).toBeInTheDocument()
  })

  it('says each cell in words, not colour alone', () => {
    fakeBridge({})
    renderWithApp(<RequirementGrid dashboard={nationalDashboard(3)} />, { route: '/?order=name' })
    expect(screen.getAllByText('Missing')).toHaveLength(1)
    expect(
      screen.getByRole('link', { name: /Amnesty gruppe 0001, Auditor assigned: No external auditor for 2025/ }),
    ).toBeInTheDocument()
  })
})
