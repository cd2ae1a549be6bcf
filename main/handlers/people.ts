import { and, eq, ne } from 'drizzle-orm'
import type { Person, PersonSummary } from '../../shared/api/people'
import { notFound } from '../../shared/errors'
import { likePattern } from '../../shared/text'
import { timestamp, today, type Ctx } from '../context'
import { people } from '../db/schema'
import { sortRows } from './sorting'
import type { PartialHandlers } from './registry'

export function getPerson(ctx: Ctx, id: number): Person {
  const row = ctx.db.orm.select().from(people).where(eq(people.id, id)).get()
  if (!row) throw notFound('person')
  return row
}

export const peopleHandlers: PartialHandlers = {
  'person-list': (ctx, input) => {
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT p.id, p.name, p.email, p.phone, p.updated_at AS updatedAt,
           (SELECT group_concat(g.name, char(31)) FROM memberships m JOIN groups g ON g.id = m.group_id
             WHERE m.person_id = p.id AND m.from_date <= @day AND (m.to_date IS NULL OR m.to_date >= @day)) AS groupNames
         FROM people p
         WHERE @query = '' OR fold(p.name) LIKE @pattern ESCAPE '\\' OR p.email LIKE @pattern ESCAPE '\\'
           OR p.phone LIKE @pattern ESCAPE '\\'`,
      )
      .all({ day: today(ctx), query: input.query, pattern: likePattern(input.query) }) as (Omit<
      PersonSummary,
      'groups'
    > & {
      updatedAt: string
      groupNames: string | null
    })[]
    const sorted = sortRows(rows, input.sort === 'updated' ? 'updatedAt' : 'name', input.dir)
    const start = (input.page - 1) * input.pageSize
    return {
      total: rows.length,
      rows: sorted.slice(start, start + input.pageSize).map(({ groupNames, id, name, email, phone }) => ({
        id,
        name,
        email,
        phone,
        groups: groupNames ? groupNames.split('\u001f') : [],
      })),
    }
  },

  'person-get': (ctx, { id }) => getPerson(ctx, id),

  'person-find-by-email': (ctx, { email, excludeId }) => {
    const wanted = email.toLowerCase()
    if (!wanted) return []
    return ctx.db.orm
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(and(eq(people.email, wanted), excludeId ? ne(people.id, excludeId) : undefined))
      .all()
  },

  'person-create': (ctx, input) =>
    ctx.db.orm
      .insert(people)
      .values({ ...input, createdAt: timestamp(ctx), updatedAt: timestamp(ctx) })
      .returning()
      .get(),

  'person-update': (ctx, { id, ...fields }) => {
    getPerson(ctx, id)
    return ctx.db.orm
      .update(people)
      .set({ ...fields, updatedAt: timestamp(ctx) })
      .where(eq(people.id, id))
      .returning()
      .get()
  },
}
