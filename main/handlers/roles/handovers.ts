import type { HandoverDetail, HandoverItem } from '../../../shared/api/roles'
import { AppError, conflict } from '../../../shared/errors'
import { completedOnAfter, isOverdue, statusReasonAfter } from '../../../shared/stewardship/handovers'
import { timestamp, today, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { createHandover } from './checklist'
import { getRole, handoverSelect, toHandovers } from './rows'
import { assertGroup, personName } from './terms'

const handoverNotFound = () => new AppError('NOT_FOUND', 'stewardship.errors.handoverNotFound', {}, 'id')

export function getHandover(ctx: Ctx, id: number): HandoverDetail {
  const day = today(ctx)
  const row = ctx.db.sqlite.prepare(`${handoverSelect} WHERE h.id = ?`).get(id)
  if (!row) throw handoverNotFound()
  const [handover] = toHandovers([row], (head) => isOverdue(head, day))
  const items = ctx.db.sqlite
    .prepare(
      'SELECT id, position, label, done_on AS doneOn FROM handover_items WHERE handover_id = ? ORDER BY position, id',
    )
    .all(id) as HandoverItem[]
  return { ...handover!, items }
}

const touch = (ctx: Ctx, id: number) =>
  ctx.db.sqlite.prepare('UPDATE handovers SET updated_at = ? WHERE id = ?').run(timestamp(ctx), id)

export const handoverHandlers: PartialHandlers = {
  'handover-list': (ctx, input) => {
    const day = today(ctx)
    const rows = ctx.db.sqlite
      .prepare(
        `${handoverSelect}
         WHERE (@groupId IS NULL OR h.group_id = @groupId)
           AND (@personId IS NULL OR h.to_person_id = @personId OR h.from_person_id = @personId)
           AND (@status = 'all' OR h.status = @status OR (@status = 'active' AND h.status IN ('open', 'in_progress')))
         ORDER BY h.due_on, h.id`,
      )
      .all({ groupId: input.groupId ?? null, personId: input.personId ?? null, status: input.status })
    const handovers = toHandovers(rows, (row) => isOverdue(row, day))
    return input.overdueOnly ? handovers.filter((handover) => handover.overdue) : handovers
  },

  'handover-get': (ctx, { id }) => getHandover(ctx, id),

  'handover-create': (ctx, input) => {
    assertGroup(ctx, input.groupId)
    getRole(ctx, input.roleId, 'roleId')
    personName(ctx, input.toPersonId, 'toPersonId')
    if (input.fromPersonId !== null) {
      personName(ctx, input.fromPersonId, 'fromPersonId')
      if (input.fromPersonId === input.toPersonId)
        throw new AppError('VALIDATION', 'stewardship.errors.samePerson', {}, 'toPersonId')
    }
    return getHandover(ctx, createHandover(ctx, input))
  },

  'handover-update': (ctx, { id, status, statusReason, dueOn, notes }) => {
    const before = getHandover(ctx, id)
    const reason = statusReasonAfter(status, statusReason)
    if (reason === 'missing') throw new AppError('VALIDATION', 'stewardship.errors.reasonRequired', {}, 'statusReason')
    ctx.db.sqlite
      .prepare(
        `UPDATE handovers SET status = ?, status_reason = ?, completed_on = ?, due_on = ?, notes = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(status, reason, completedOnAfter(before, status, today(ctx)), dueOn, notes, timestamp(ctx), id)
    return getHandover(ctx, id)
  },

  'handover-delete': (ctx, { id }) => {
    const handover = getHandover(ctx, id)
    if (!handover.manual) throw conflict('stewardship.errors.handoverFromElection', {}, 'id')
    ctx.db.sqlite.prepare('DELETE FROM handover_items WHERE handover_id = ?').run(id)
    ctx.db.sqlite.prepare('DELETE FROM handovers WHERE id = ?').run(id)
    return { id }
  },

  'handover-item-set': (ctx, { id, done }) => {
    const item = ctx.db.sqlite
      .prepare('SELECT handover_id AS handoverId, done_on AS doneOn FROM handover_items WHERE id = ?')
      .get(id) as { handoverId: number; doneOn: string | null } | undefined
    if (!item) throw new AppError('NOT_FOUND', 'stewardship.errors.itemNotFound', {}, 'id')
    // Ticking an item already ticked keeps the day it was first done.
    const doneOn = done ? (item.doneOn ?? today(ctx)) : null
    ctx.db.sqlite.prepare('UPDATE handover_items SET done_on = ? WHERE id = ?').run(doneOn, id)
    touch(ctx, item.handoverId)
    return getHandover(ctx, item.handoverId)
  },
}
