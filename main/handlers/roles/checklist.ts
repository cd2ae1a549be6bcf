import type { HandoverTemplate } from '../../../shared/api/roles'
import { timestamp, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { getRole } from './rows'

/**
 * Copies the role's checklist (or the default one when the role has none) into a new handover, so
 * later edits of the template never rewrite a handover already under way. One statement: the
 * election confirmation calls this inside its own transaction.
 */
export function copyChecklist(ctx: Ctx, handoverId: number, roleId: number) {
  ctx.db.sqlite
    .prepare(
      `INSERT INTO handover_items (handover_id, position, label)
       SELECT @handoverId, row_number() OVER (ORDER BY position, id), label FROM handover_template_items
       WHERE role_id = @roleId
          OR (role_id IS NULL AND NOT EXISTS (SELECT 1 FROM handover_template_items WHERE role_id = @roleId))
       ORDER BY position, id`,
    )
    .run({ handoverId, roleId })
}

export type NewHandover = {
  groupId: number
  roleId: number
  fromPersonId: number | null
  toPersonId: number
  dueOn: string
  notes: string | null
}

/** A handover made by hand (manual), with its checklist. */
export function createHandover(ctx: Ctx, handover: NewHandover): number {
  const { lastInsertRowid } = ctx.db.sqlite
    .prepare(
      `INSERT INTO handovers (group_id, role_id, from_person_id, to_person_id, due_on, notes, manual, created_at, updated_at)
       VALUES (@groupId, @roleId, @fromPersonId, @toPersonId, @dueOn, @notes, 1, @now, @now)`,
    )
    .run({ ...handover, now: timestamp(ctx) })
  const id = Number(lastInsertRowid)
  copyChecklist(ctx, id, handover.roleId)
  return id
}

const templateItems = (ctx: Ctx, roleId: number | null) =>
  ctx.db.sqlite
    .prepare('SELECT label FROM handover_template_items WHERE role_id IS ? ORDER BY position, id')
    .pluck()
    .all(roleId) as string[]

function getTemplate(ctx: Ctx, roleId: number | null): HandoverTemplate {
  const own = templateItems(ctx, roleId)
  if (roleId === null || own.length > 0) return { roleId, items: own, usesDefault: false }
  return { roleId, items: templateItems(ctx, null), usesDefault: true }
}

export const templateHandlers: PartialHandlers = {
  'handover-template-get': (ctx, { roleId }) => {
    if (roleId !== null) getRole(ctx, roleId, 'roleId')
    return getTemplate(ctx, roleId)
  },

  'handover-template-save': (ctx, { roleId, items }) => {
    if (roleId !== null) getRole(ctx, roleId, 'roleId')
    ctx.db.sqlite.prepare('DELETE FROM handover_template_items WHERE role_id IS ?').run(roleId)
    const insert = ctx.db.sqlite.prepare(
      'INSERT INTO handover_template_items (role_id, position, label) VALUES (?, ?, ?)',
    )
    items.forEach((label, index) => insert.run(roleId, index + 1, label))
    return getTemplate(ctx, roleId)
  },
}
