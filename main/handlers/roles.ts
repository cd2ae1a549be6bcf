import type { Handover, Role, RoleTerm } from '../../shared/api/roles'
import type { Ctx } from '../context'
import type { PartialHandlers } from './registry'

type RoleRow = Omit<Role, 'names' | 'combinable' | 'active'> & {
  nameNb: string
  nameSv: string
  nameEn: string
  combinable: number
  active: number
}

const toRole = ({ nameNb, nameSv, nameEn, combinable, active, ...rest }: RoleRow): Role => ({
  ...rest,
  names: { nb: nameNb, sv: nameSv, en: nameEn },
  combinable: combinable === 1,
  active: active === 1,
})

export function listRoles(ctx: Ctx, includeInactive = false): Role[] {
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT id, key, name_nb AS nameNb, name_sv AS nameSv, name_en AS nameEn, requirement, selection,
         election_order AS electionOrder, seats, combinable, active
       FROM roles WHERE active = 1 OR @includeInactive ORDER BY election_order, id`,
    )
    .all({ includeInactive: includeInactive ? 1 : 0 }) as RoleRow[]
  return rows.map(toRole)
}

const termColumns = `t.id, t.group_id AS groupId, g.name AS groupName, t.role_id AS roleId, t.person_id AS personId,
  p.name AS personName, t.from_date AS "from", t.to_date AS "to", t.end_reason AS endReason,
  t.source_contest_id AS sourceContestId
  FROM role_terms t JOIN groups g ON g.id = t.group_id JOIN people p ON p.id = t.person_id
  JOIN roles r ON r.id = t.role_id`

export const roleHandlers: PartialHandlers = {
  'role-list': (ctx, input) => listRoles(ctx, input?.includeInactive ?? false),

  'role-term-list': (ctx, input) => {
    if ('personId' in input)
      return ctx.db.sqlite
        .prepare(`SELECT ${termColumns} WHERE t.person_id = ? ORDER BY t.from_date DESC, t.id DESC`)
        .all(input.personId) as RoleTerm[]
    return ctx.db.sqlite
      .prepare(
        `SELECT ${termColumns} WHERE t.group_id = @groupId AND (@currentOnly = 0 OR t.to_date IS NULL)
         ORDER BY t.to_date IS NOT NULL, r.election_order, t.from_date DESC, t.id DESC`,
      )
      .all({ groupId: input.groupId, currentOnly: input.currentOnly ? 1 : 0 }) as RoleTerm[]
  },

  'handover-list': (ctx, input) =>
    ctx.db.sqlite
      .prepare(
        `SELECT h.id, h.group_id AS groupId, g.name AS groupName, h.role_id AS roleId,
           h.from_person_id AS fromPersonId, f.name AS fromPersonName, h.to_person_id AS toPersonId,
           t.name AS toPersonName, h.due_on AS dueOn, h.status, h.source_contest_id AS sourceContestId
         FROM handovers h JOIN groups g ON g.id = h.group_id JOIN people t ON t.id = h.to_person_id
           LEFT JOIN people f ON f.id = h.from_person_id
         WHERE (@groupId IS NULL OR h.group_id = @groupId) AND (@status = 'all' OR h.status = @status)
         ORDER BY h.due_on, h.id`,
      )
      .all({ groupId: input.groupId ?? null, status: input.status }) as Handover[],
}
