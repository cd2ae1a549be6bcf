import type { GroupStatus } from '../../../../shared/api/groups'
import type { Role, RoleHolder } from '../../../../shared/api/roles'
import { vacantRoleIds } from '../../../../shared/stewardship/terms'
import { fold } from '../../../../shared/text'

export type HolderCell = { role: Role; holders: RoleHolder[]; vacant: boolean }
export type HolderRow = { groupId: number; groupName: string; status: GroupStatus; cells: HolderCell[] }

type GroupLike = { id: number; name: string; status: GroupStatus }

/** Roles shown as columns: those in use, and any out of use that someone held on the day. */
export const holderColumns = (roles: readonly Role[], holders: readonly RoleHolder[]) =>
  roles.filter((role) => role.active || holders.some((holder) => holder.roleId === role.id))

/**
 * One row per group: active groups, and any other group someone held a role in on the day. A
 * must-role without a holder is vacant in an active group only (a dormant group is not chased).
 */
export function holderMatrix(
  groups: readonly GroupLike[],
  roles: readonly Role[],
  holders: readonly RoleHolder[],
  search = '',
): HolderRow[] {
  const columns = holderColumns(roles, holders)
  const wanted = fold(search.trim())
  return groups
    .filter((group) => group.status === 'active' || holders.some((holder) => holder.groupId === group.id))
    .filter((group) => !wanted || fold(group.name).includes(wanted))
    .map((group) => {
      const own = holders.filter((holder) => holder.groupId === group.id)
      const vacant = new Set(
        group.status === 'active' ? vacantRoleIds(columns, new Set(own.map((holder) => holder.roleId))) : [],
      )
      return {
        groupId: group.id,
        groupName: group.name,
        status: group.status,
        cells: columns.map((role) => ({
          role,
          holders: own.filter((holder) => holder.roleId === role.id),
          vacant: vacant.has(role.id),
        })),
      }
    })
}

export const vacancyCount = (rows: readonly HolderRow[]) =>
  rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.vacant).length, 0)
