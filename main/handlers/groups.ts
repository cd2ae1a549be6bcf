import { and, eq, ne, sql } from 'drizzle-orm'
import type { Group, GroupSummary } from '../../shared/api/groups'
import { conflict, notFound } from '../../shared/errors'
import { likePattern } from '../../shared/text'
import { timestamp, today, type Ctx } from '../context'
import { groups } from '../db/schema'
import { sortRows } from './sorting'
import type { PartialHandlers } from './registry'

export function getGroup(ctx: Ctx, id: number): Group {
  const row = ctx.db.orm.select().from(groups).where(eq(groups.id, id)).get()
  if (!row) throw notFound('group')
  return row
}

/** NOCASE folds only ASCII, so "TROMSØ" and "Tromsø" are compared with the app's own fold. */
function assertNameFree(ctx: Ctx, name: string, exceptId?: number) {
  const clash = ctx.db.orm
    .select({ id: groups.id })
    .from(groups)
    .where(and(sql`fold(${groups.name}) = fold(${name})`, exceptId ? ne(groups.id, exceptId) : undefined))
    .get()
  if (clash) throw conflict('errors.groupNameTaken', { name }, 'name')
}

export const groupHandlers: PartialHandlers = {
  'group-list': (ctx, input) => {
    const day = today(ctx)
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT g.id, g.name, g.town, g.kind, g.status, g.status_since AS statusSince,
           (SELECT count(*) FROM memberships m
             WHERE m.group_id = g.id AND m.from_date <= @day AND (m.to_date IS NULL OR m.to_date >= @day)) AS memberCount,
           g.updated_at AS updatedAt
         FROM groups g
         WHERE (@status = 'all' OR g.status = @status)
           AND (@query = '' OR fold(g.name) LIKE @pattern ESCAPE '\\' OR fold(coalesce(g.town, '')) LIKE @pattern ESCAPE '\\')`,
      )
      .all({ day, status: input.status, query: input.query, pattern: likePattern(input.query) }) as (GroupSummary & {
      updatedAt: string
    })[]
    const sorted = sortRows(rows, input.sort === 'updated' ? 'updatedAt' : input.sort, input.dir)
    const start = (input.page - 1) * input.pageSize
    return {
      total: rows.length,
      rows: sorted.slice(start, start + input.pageSize).map(({ updatedAt: _updatedAt, ...row }) => row),
    }
  },

  'group-get': (ctx, { id }) => getGroup(ctx, id),

  'group-create': (ctx, input) => {
    assertNameFree(ctx, input.name)
    return ctx.db.orm
      .insert(groups)
      .values({
        ...input,
        status: 'active',
        statusSince: today(ctx),
        createdAt: timestamp(ctx),
        updatedAt: timestamp(ctx),
      })
      .returning()
      .get()
  },

  'group-update': (ctx, { id, ...fields }) => {
    getGroup(ctx, id)
    assertNameFree(ctx, fields.name, id)
    return ctx.db.orm
      .update(groups)
      .set({ ...fields, updatedAt: timestamp(ctx) })
      .where(eq(groups.id, id))
      .returning()
      .get()
  },

  'group-set-status': (ctx, { id, status, since }) => {
    const group = getGroup(ctx, id)
    if (group.status === status) throw conflict('errors.statusUnchanged', { status }, 'status')
    return ctx.db.orm
      .update(groups)
      .set({ status, statusSince: since, updatedAt: timestamp(ctx) })
      .where(eq(groups.id, id))
      .returning()
      .get()
  },
}
