import type { Handover, Role, RoleNames, RoleTerm } from '../../../shared/api/roles'
import { presetLanguage } from '../../../shared/stewardship/presets'
import { AppError } from '../../../shared/errors'
import type { Ctx } from '../../context'
import { getSettings } from '../settings'

/** The three names of the joined role `r`, to be folded into `roleNames` by `withRoleNames`. */
export const roleNameColumns = 'r.name_nb AS roleNameNb, r.name_sv AS roleNameSv, r.name_en AS roleNameEn'
type NameColumns = { roleNameNb: string; roleNameSv: string; roleNameEn: string }

export function withRoleNames<T extends NameColumns>(row: T): Omit<T, keyof NameColumns> & { roleNames: RoleNames } {
  const { roleNameNb, roleNameSv, roleNameEn, ...rest } = row
  return { ...rest, roleNames: { nb: roleNameNb, sv: roleNameSv, en: roleNameEn } }
}

/** Messages name a role in the language the record is shown in (the preset's until the user picks one). */
export function nameIn(ctx: Ctx, names: RoleNames): string {
  const settings = getSettings(ctx)
  return names[settings.language ?? presetLanguage[settings.orgPreset]]
}

type RoleRow = Omit<Role, 'names' | 'combinable' | 'active'> & {
  nameNb: string
  nameSv: string
  nameEn: string
  combinable: number
  active: number
}

const roleColumns = `id, key, name_nb AS nameNb, name_sv AS nameSv, name_en AS nameEn, requirement, selection,
  election_order AS electionOrder, seats, combinable, active FROM roles`

const toRole = ({ nameNb, nameSv, nameEn, combinable, active, ...rest }: RoleRow): Role => ({
  ...rest,
  names: { nb: nameNb, sv: nameSv, en: nameEn },
  combinable: combinable === 1,
  active: active === 1,
})

export function listRoles(ctx: Ctx, includeInactive = false): Role[] {
  const rows = ctx.db.sqlite
    .prepare(`SELECT ${roleColumns} WHERE active = 1 OR @includeInactive ORDER BY election_order, id`)
    .all({ includeInactive: includeInactive ? 1 : 0 }) as RoleRow[]
  return rows.map(toRole)
}

export function getRole(ctx: Ctx, id: number, field?: string): Role {
  const row = ctx.db.sqlite.prepare(`SELECT ${roleColumns} WHERE id = ?`).get(id) as RoleRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound.role', {}, field)
  return toRole(row)
}

type TermRow = Omit<RoleTerm, 'roleNames'> & NameColumns

export const termSelect = `SELECT t.id, t.group_id AS groupId, g.name AS groupName, t.role_id AS roleId, ${roleNameColumns},
  t.person_id AS personId, p.name AS personName, t.from_date AS "from", t.to_date AS "to", t.end_reason AS endReason,
  t.start_kind AS startKind, t.note, t.source_contest_id AS sourceContestId
  FROM role_terms t JOIN groups g ON g.id = t.group_id JOIN people p ON p.id = t.person_id
  JOIN roles r ON r.id = t.role_id`

export const toTerms = (rows: unknown[]) => (rows as TermRow[]).map(withRoleNames)

export function getTerm(ctx: Ctx, id: number): RoleTerm {
  const row = ctx.db.sqlite.prepare(`${termSelect} WHERE t.id = ?`).get(id)
  if (!row) throw new AppError('NOT_FOUND', 'stewardship.errors.termNotFound', {}, 'id')
  return toTerms([row])[0]!
}

type HandoverRow = Omit<Handover, 'roleNames' | 'manual' | 'overdue'> & NameColumns & { manual: number }

export const handoverSelect = `SELECT h.id, h.group_id AS groupId, g.name AS groupName, h.role_id AS roleId, ${roleNameColumns},
  h.from_person_id AS fromPersonId, f.name AS fromPersonName, h.to_person_id AS toPersonId, t.name AS toPersonName,
  h.due_on AS dueOn, h.status, h.status_reason AS statusReason, h.completed_on AS completedOn, h.notes, h.manual,
  h.source_contest_id AS sourceContestId,
  (SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id AND i.done_on IS NOT NULL) AS itemsDone,
  (SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id) AS itemsTotal
  FROM handovers h JOIN groups g ON g.id = h.group_id JOIN roles r ON r.id = h.role_id
  JOIN people t ON t.id = h.to_person_id LEFT JOIN people f ON f.id = h.from_person_id`

export const toHandovers = (rows: unknown[], overdue: (row: HandoverRow) => boolean): Handover[] =>
  (rows as HandoverRow[]).map((row) => ({
    ...withRoleNames(row),
    manual: row.manual === 1,
    overdue: overdue(row),
  }))
