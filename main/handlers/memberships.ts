import { and, eq, gte, isNull, lte, ne, or } from 'drizzle-orm'
import type { Membership } from '../../shared/api/memberships'
import { conflict, notFound } from '../../shared/errors'
import { timestamp, type Ctx } from '../context'
import { groups, memberships, people } from '../db/schema'
import { getGroup } from './groups'
import { getPerson } from './people'
import type { PartialHandlers } from './registry'

const membershipColumns = {
  id: memberships.id,
  personId: memberships.personId,
  personName: people.name,
  groupId: memberships.groupId,
  groupName: groups.name,
  from: memberships.from,
  to: memberships.to,
}

const selectMemberships = (ctx: Ctx) =>
  ctx.db.orm
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(groups, eq(groups.id, memberships.groupId))

function getMembership(ctx: Ctx, id: number): Membership {
  const row = selectMemberships(ctx).where(eq(memberships.id, id)).get()
  if (!row) throw notFound('membership')
  return row
}

/** A person is a member of a group at most once at any time: periods may not overlap. */
function assertNoOverlap(
  ctx: Ctx,
  period: { personId: number; groupId: number; from: string; to: string | null },
  exceptId?: number,
) {
  const clash = ctx.db.orm
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      and(
        eq(memberships.personId, period.personId),
        eq(memberships.groupId, period.groupId),
        exceptId ? ne(memberships.id, exceptId) : undefined,
        period.to ? lte(memberships.from, period.to) : undefined,
        or(isNull(memberships.to), gte(memberships.to, period.from)),
      ),
    )
    .get()
  if (clash) throw conflict('errors.membershipOverlap', {}, 'from')
}

export const membershipHandlers: PartialHandlers = {
  'membership-list': (ctx, input) => {
    const where = 'groupId' in input ? eq(memberships.groupId, input.groupId) : eq(memberships.personId, input.personId)
    const rows = selectMemberships(ctx).where(where).all()
    // Current first, then most recent.
    return rows.sort((a, b) => Number(a.to !== null) - Number(b.to !== null) || b.from.localeCompare(a.from))
  },

  'membership-create': (ctx, input) => {
    getPerson(ctx, input.personId)
    getGroup(ctx, input.groupId)
    assertNoOverlap(ctx, input)
    const { id } = ctx.db.orm
      .insert(memberships)
      .values({ ...input, createdAt: timestamp(ctx), updatedAt: timestamp(ctx) })
      .returning({ id: memberships.id })
      .get()
    return getMembership(ctx, id)
  },

  'membership-update': (ctx, { id, from, to }) => {
    const existing = getMembership(ctx, id)
    assertNoOverlap(ctx, { ...existing, from, to }, id)
    ctx.db.orm
      .update(memberships)
      .set({ from, to, updatedAt: timestamp(ctx) })
      .where(eq(memberships.id, id))
      .run()
    return getMembership(ctx, id)
  },

  'membership-delete': (ctx, { id }) => {
    getMembership(ctx, id)
    ctx.db.orm.delete(memberships).where(eq(memberships.id, id)).run()
    return { id }
  },
}
