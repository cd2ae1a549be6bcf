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

function currentGroupNames(ctx: Ctx, personIds: number[]): Map<number, string[]> {
  const names = new Map<number, string[]>()
  if (personIds.length === 0) return names
  const rows = ctx.db.sqlite
    .prepare(
      `SELECT m.person_id AS personId, g.name FROM memberships m JOIN groups g ON g.id = m.group_id
       WHERE m.person_id IN (SELECT value FROM json_each(?)) AND m.from_date <= ? AND (m.to_date IS NULL OR m.to_date >= ?)
       ORDER BY g.name`,
    )
    .all(JSON.stringify(personIds), today(ctx), today(ctx)) as { personId: number; name: string }[]
  for (const row of rows) names.set(row.personId, [...(names.get(row.personId) ?? []), row.name])
  return names
}

export const peopleHandlers: PartialHandlers = {
  'person-list': (ctx, input) => {
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT p.id, p.name, p.email, p.phone, p.updated_at AS updatedAt FROM people p
         WHERE @query = '' OR fold(p.name) LIKE @pattern ESCAPE '\\' OR p.email LIKE @pattern ESCAPE '\\'
           OR p.phone LIKE @pattern ESCAPE '\\'`,
      )
      .all({ query: input.query, pattern: likePattern(input.query) }) as (Omit<PersonSummary, 'groups'> & {
      updatedAt: string
    })[]
    const sorted = sortRows(rows, input.sort === 'updated' ? 'updatedAt' : 'name', input.dir)
    const start = (input.page - 1) * input.pageSize
    const page = sorted.slice(start, start + input.pageSize)
    // Group names only for the page shown: a country has 30,000 people, a page 50.
    const groups = currentGroupNames(
      ctx,
      page.map((person) => person.id),
    )
    return {
      total: rows.length,
      rows: page.map(({ id, name, email, phone }) => ({ id, name, email, phone, groups: groups.get(id) ?? [] })),
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
