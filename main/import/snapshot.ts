import type { RecordSnapshot } from '../../shared/import/plan'
import type { RoleChoice } from '../../shared/import/rows'
import type { Ctx } from '../context'
import { listRoles, nameIn } from '../handlers/roles/rows'

/**
 * What the planner checks an import against, read in a few whole-table queries: a region's record
 * is small next to an import file, and one pass over each table beats a query per row.
 */
export function loadSnapshot(ctx: Ctx): { record: RecordSnapshot; roleChoices: RoleChoice[] } {
  const sqlite = ctx.db.sqlite
  const roles = listRoles(ctx, true)
  return {
    record: {
      groups: sqlite.prepare('SELECT id, name FROM groups').all() as RecordSnapshot['groups'],
      people: sqlite.prepare('SELECT id, name, email, phone FROM people ORDER BY id').all() as RecordSnapshot['people'],
      memberships: sqlite
        .prepare(
          'SELECT person_id AS personId, group_id AS groupId, from_date AS "from", to_date AS "to" FROM memberships',
        )
        .all() as RecordSnapshot['memberships'],
      terms: sqlite
        .prepare(
          `SELECT group_id AS groupId, role_id AS roleId, person_id AS personId, from_date AS "from", to_date AS "to"
           FROM role_terms`,
        )
        .all() as RecordSnapshot['terms'],
      roles: roles.map((role) => ({
        id: role.id,
        seats: role.seats,
        combinable: role.combinable,
        selection: role.selection,
        label: nameIn(ctx, role.names),
      })),
    },
    // An import gives new holders, so a role taken out of use cannot be named.
    roleChoices: roles.filter((role) => role.active),
  }
}
