import type { CollectionBox } from '../../../shared/api/finance'
import { AppError, conflict } from '../../../shared/errors'
import { boxStaleness, kronerToMinor } from '../../../shared/stewardship/boxes'
import { timestamp, today, type Ctx } from '../../context'
import { getGroup } from '../groups'
import { sortRows } from '../sorting'
import type { PartialHandlers } from '../registry'

type BoxRecord = Omit<CollectionBox, 'staleness'>

const boxColumns = `b.id, b.group_id AS groupId, g.name AS groupName, b.label, b.status,
  b.last_counted_on AS lastCountedOn, b.last_amount_minor AS lastAmountMinor, b.notes,
  b.created_at AS createdAt, b.updated_at AS updatedAt
  FROM collection_boxes b JOIN groups g ON g.id = b.group_id`

export const staleMonths = (ctx: Ctx) =>
  (ctx.db.sqlite.prepare('SELECT box_stale_months AS months FROM settings WHERE id = 1').get() as { months: number })
    .months

const withStaleness = (ctx: Ctx, months: number) => (box: BoxRecord) => ({
  ...box,
  staleness: boxStaleness(box, today(ctx), months),
})

export function getBox(ctx: Ctx, id: number): CollectionBox {
  const row = ctx.db.sqlite.prepare(`SELECT ${boxColumns} WHERE b.id = ?`).get(id) as BoxRecord | undefined
  if (!row) throw new AppError('NOT_FOUND', 'finance.errors.boxNotFound')
  return withStaleness(ctx, staleMonths(ctx))(row)
}

/** Labels are unique per group, compared as people read them: "Bøsse 1" and "bosse 1" clash. */
function assertLabelFree(ctx: Ctx, groupId: number, label: string, exceptId?: number) {
  const clash = ctx.db.sqlite
    .prepare('SELECT id FROM collection_boxes WHERE group_id = ? AND fold(label) = fold(?) AND id IS NOT ?')
    .get(groupId, label, exceptId ?? null)
  if (clash) throw conflict('finance.errors.boxLabelTaken', { label }, 'label')
}

function assertCountDate(ctx: Ctx, date: string | null, amount: number | null, field: string) {
  if (date && date > today(ctx)) throw new AppError('VALIDATION', 'finance.errors.dateInFuture', {}, field)
  if (amount !== null && !date) throw new AppError('VALIDATION', 'finance.errors.amountNeedsDate', {}, field)
}

export const boxHandlers: PartialHandlers = {
  'box-list': (ctx, { groupId, status, staleOnly }) => {
    const months = staleMonths(ctx)
    const rows = (
      ctx.db.sqlite
        .prepare(
          `SELECT ${boxColumns}
           WHERE (@groupId IS NULL OR b.group_id = @groupId) AND (@status = 'all' OR b.status = @status)`,
        )
        .all({ groupId: groupId ?? null, status }) as BoxRecord[]
    )
      .map(withStaleness(ctx, months))
      .filter((box) => !staleOnly || box.staleness.stale)
    // Group, then label in the Nordic order with numbers as numbers (Bøsse 2 before Bøsse 10).
    const byLabel = sortRows(rows, 'label', 'asc')
    return { rows: groupId ? byLabel : sortRows(byLabel, 'groupName', 'asc'), staleMonths: months }
  },

  'box-create': (ctx, { amount, ...fields }) => {
    getGroup(ctx, fields.groupId)
    assertLabelFree(ctx, fields.groupId, fields.label)
    assertCountDate(ctx, fields.lastCountedOn, amount, 'lastCountedOn')
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO collection_boxes (group_id, label, status, last_counted_on, last_amount_minor, notes, created_at, updated_at)
         VALUES (@groupId, @label, @status, @lastCountedOn, @minor, @notes, @now, @now)`,
      )
      .run({ ...fields, minor: amount === null ? null : kronerToMinor(amount), now: timestamp(ctx) })
    return getBox(ctx, Number(lastInsertRowid))
  },

  'box-update': (ctx, { id, amount, ...fields }) => {
    getBox(ctx, id)
    getGroup(ctx, fields.groupId)
    assertLabelFree(ctx, fields.groupId, fields.label, id)
    assertCountDate(ctx, fields.lastCountedOn, amount, 'lastCountedOn')
    ctx.db.sqlite
      .prepare(
        `UPDATE collection_boxes SET group_id = @groupId, label = @label, status = @status,
           last_counted_on = @lastCountedOn, last_amount_minor = @minor, notes = @notes, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...fields, id, minor: amount === null ? null : kronerToMinor(amount), now: timestamp(ctx) })
    return getBox(ctx, id)
  },

  'box-count': (ctx, { id, countedOn, amount }) => {
    const box = getBox(ctx, id)
    if (box.status === 'lost') throw conflict('finance.errors.countLostBox', { label: box.label }, 'countedOn')
    assertCountDate(ctx, countedOn, amount, 'countedOn')
    if (box.lastCountedOn && countedOn < box.lastCountedOn)
      throw conflict('finance.errors.countBeforeLast', { date: box.lastCountedOn }, 'countedOn')
    ctx.db.sqlite
      .prepare(
        `UPDATE collection_boxes SET last_counted_on = @countedOn, last_amount_minor = @minor, updated_at = @now
         WHERE id = @id`,
      )
      .run({ id, countedOn, minor: amount === null ? null : kronerToMinor(amount), now: timestamp(ctx) })
    return getBox(ctx, id)
  },

  'box-delete': (ctx, { id }) => {
    getBox(ctx, id)
    ctx.db.sqlite.prepare('DELETE FROM collection_boxes WHERE id = ?').run(id)
    return { id }
  },
}
