import type { GridRow } from '../../../../shared/api/dashboard'
import type { RequirementKey } from '../../../../shared/dashboard/grid'

/** Where the leader goes to fix a cell: the page that records that requirement, filtered to the group. */
export function cellLink(row: GridRow, key: RequirementKey, season: number, fiscalYear: number): string {
  switch (key) {
    case 'electionHeld':
    case 'minutesFiled':
      return row.electionId
        ? `/elections/${row.electionId}`
        : `/elections?season=${season}&q=${encodeURIComponent(row.groupName)}`
    case 'mustRolesFilled':
      return `/groups/${row.groupId}`
    case 'handoversDone':
      return `/handovers?group=${row.groupId}`
    case 'trainings':
      return `/trainings?group=${row.groupId}`
    default:
      return `/finance?year=${fiscalYear}&group=${row.groupId}`
  }
}
