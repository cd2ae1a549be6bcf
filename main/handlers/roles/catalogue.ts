import type { Role } from '../../../shared/api/roles'
import { conflict } from '../../../shared/errors'
import { peakHolders } from '../../../shared/stewardship/terms'
import { timestamp, today, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { getRole, listRoles } from './rows'

/** Custom roles are keyed 'custom-1', 'custom-2', …; a number is never reused while its role exists. */
function nextCustomKey(ctx: Ctx): string {
  const { n } = ctx.db.sqlite
    .prepare(
      `SELECT coalesce(max(CAST(substr(key, 8) AS INTEGER)), 0) + 1 AS n FROM roles
       WHERE key LIKE 'custom-%' AND substr(key, 8) GLOB '[0-9]*'`,
    )
    .get() as { n: number }
  return `custom-${n}`
}

/** The most holders the role has in one group on any day from today on (ended terms are history). */
function busiestGroup(ctx: Ctx, roleId: number): { groupName: string; count: number } | null {
  const day = today(ctx)
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT t.group_id AS groupId, g.name AS groupName, t.from_date AS "from", t.to_date AS "to"
       FROM role_terms t JOIN groups g ON g.id = t.group_id
       WHERE t.role_id = ? AND (t.to_date IS NULL OR t.to_date > ?)`,
    )
    .all(roleId, day) as { groupId: number; groupName: string; from: string; to: string | null }[]
  let busiest: { groupName: string; count: number } | null = null
  for (const groupId of new Set(rows.map((row) => row.groupId))) {
    const terms = rows.filter((row) => row.groupId === groupId)
    const { count } = peakHolders(terms, { from: day, to: null })
    if (!busiest || count > busiest.count) busiest = { groupName: terms[0]!.groupName, count }
  }
  return busiest
}

const roleValues = (input: Omit<Role, 'id' | 'key'>) => ({
  nb: input.names.nb,
  sv: input.names.sv,
  en: input.names.en,
  requirement: input.requirement,
  selection: input.selection,
  electionOrder: input.electionOrder,
  seats: input.seats,
  combinable: input.combinable ? 1 : 0,
  active: input.active ? 1 : 0,
})

export const catalogueHandlers: PartialHandlers = {
  'role-list': (ctx, input) => listRoles(ctx, input?.includeInactive ?? false),

  'role-create': (ctx, input) => {
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO roles (key, name_nb, name_sv, name_en, requirement, selection, election_order, seats, combinable,
           active, created_at, updated_at)
         VALUES (@key, @nb, @sv, @en, @requirement, @selection, @electionOrder, @seats, @combinable, @active, @now, @now)`,
      )
      .run({ key: nextCustomKey(ctx), ...roleValues(input), now: timestamp(ctx) })
    return getRole(ctx, Number(lastInsertRowid))
  },

  'role-update': (ctx, { id, ...input }) => {
    const role = getRole(ctx, id, 'id')
    if (input.seats < role.seats) {
      const busiest = busiestGroup(ctx, id)
      if (busiest && busiest.count > input.seats)
        throw conflict(
          'stewardship.errors.seatsBelowHolders',
          { group: busiest.groupName, count: busiest.count },
          'seats',
        )
    }
    // The key is not in the input: a preset role keeps 'leader', 'treasurer', … for good.
    ctx.db.sqlite
      .prepare(
        `UPDATE roles SET name_nb = @nb, name_sv = @sv, name_en = @en, requirement = @requirement, selection = @selection,
           election_order = @electionOrder, seats = @seats, combinable = @combinable, active = @active, updated_at = @now
         WHERE id = @id`,
      )
      .run({ id, ...roleValues(input), now: timestamp(ctx) })
    return getRole(ctx, id)
  },
}
