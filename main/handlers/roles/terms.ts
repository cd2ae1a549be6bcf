import type { Role, RoleHolder, Vacancy } from '../../../shared/api/roles'
import { AppError, conflict } from '../../../shared/errors'
import {
  combinationClash,
  seatProblem,
  type HeldRole,
  type Holding,
  type Period,
} from '../../../shared/stewardship/terms'
import { timestamp, today, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { createHandover } from './checklist'
import { getRole, getTerm, nameIn, roleNameColumns, termSelect, toTerms, withRoleNames } from './rows'

export function assertGroup(ctx: Ctx, groupId: number, field = 'groupId') {
  if (!ctx.db.sqlite.prepare('SELECT 1 FROM groups WHERE id = ?').get(groupId))
    throw new AppError('NOT_FOUND', 'errors.notFound.group', {}, field)
}

export function personName(ctx: Ctx, personId: number, field: string): string {
  const row = ctx.db.sqlite.prepare('SELECT name FROM people WHERE id = ?').get(personId) as
    { name: string } | undefined
  if (!row) throw new AppError('NOT_FOUND', 'errors.notFound.person', {}, field)
  return row.name
}

/** A term ends on the day the next begins, so a term that ends the day it starts covers nothing. */
function assertEndAfterStart(period: Period) {
  if (period.to !== null && period.to <= period.from)
    throw new AppError('VALIDATION', 'stewardship.errors.endOnStart', {}, 'to')
}

type Candidate = Period & { groupId: number; roleId: number; personId: number }

/**
 * The rules every change of terms keeps: nobody holds a role twice at once, a role never has more
 * holders than seats on any day, and a role that is not combinable is held alone (unless the
 * leader says to record it anyway).
 */
function assertFits(ctx: Ctx, role: Role, term: Candidate, options: { exceptId?: number; allowCombined: boolean }) {
  const exceptId = options.exceptId ?? 0
  const field = (day: string) => (day > term.from ? 'to' : 'from')
  const others = ctx.db.sqlite
    .prepare(
      `SELECT person_id AS personId, from_date AS "from", to_date AS "to" FROM role_terms
       WHERE group_id = ? AND role_id = ? AND id != ?`,
    )
    .all(term.groupId, term.roleId, exceptId) as Holding[]
  const problem = seatProblem(others, term, role.seats)
  if (problem?.kind === 'samePerson')
    throw conflict(
      'stewardship.errors.holdsAlready',
      { person: personName(ctx, term.personId, 'personId'), date: problem.on },
      field(problem.on),
    )
  if (problem?.kind === 'seats')
    throw conflict(
      'stewardship.errors.seatsTaken',
      { seats: problem.seats, count: problem.count, date: problem.on },
      field(problem.on),
    )
  if (options.allowCombined) return
  const held = ctx.db.sqlite
    .prepare(
      `SELECT t.role_id AS roleId, r.combinable, t.from_date AS "from", t.to_date AS "to", ${roleNameColumns}
       FROM role_terms t JOIN roles r ON r.id = t.role_id
       WHERE t.group_id = ? AND t.person_id = ? AND t.id != ?`,
    )
    .all(term.groupId, term.personId, exceptId) as (Omit<HeldRole, 'combinable'> & {
    combinable: number
    roleNameNb: string
    roleNameSv: string
    roleNameEn: string
  })[]
  const clash = combinationClash(
    { ...term, combinable: role.combinable },
    held.map((row) => ({ ...row, combinable: row.combinable === 1 })),
  )
  if (clash) {
    const other = withRoleNames(held.find((row) => row.roleId === clash.roleId)!)
    throw conflict(
      'stewardship.errors.notCombinable',
      { person: personName(ctx, term.personId, 'personId'), role: nameIn(ctx, other.roleNames) },
      'allowCombined',
    )
  }
}

/** Whether a confirmed election result ended this term: reopening it must still find the term. */
function endedByResult(ctx: Ctx, termId: number) {
  return Boolean(
    ctx.db.sqlite
      .prepare(
        `SELECT 1 FROM contests c, json_each(c.effects, '$.endedTerms') e
         WHERE c.status = 'confirmed' AND c.effects IS NOT NULL AND json_extract(e.value, '$.id') = ?`,
      )
      .get(termId),
  )
}

export const termHandlers: PartialHandlers = {
  'role-term-list': (ctx, input) => {
    if ('personId' in input)
      return toTerms(
        ctx.db.sqlite
          .prepare(`${termSelect} WHERE t.person_id = ? ORDER BY t.from_date DESC, t.id DESC`)
          .all(input.personId),
      )
    // "Current": not ended by today, so a holder who has announced a later end is still listed.
    return toTerms(
      ctx.db.sqlite
        .prepare(
          `${termSelect} WHERE t.group_id = @groupId AND (@currentOnly = 0 OR t.to_date IS NULL OR t.to_date > @today)
           ORDER BY t.to_date IS NOT NULL AND t.to_date <= @today, r.election_order, t.from_date DESC, t.id DESC`,
        )
        .all({ groupId: input.groupId, currentOnly: input.currentOnly ? 1 : 0, today: today(ctx) }),
    )
  },

  'role-holders-as-of': (ctx, { date, groupId }) => {
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT t.id AS termId, t.group_id AS groupId, g.name AS groupName, t.role_id AS roleId, ${roleNameColumns},
           t.person_id AS personId, p.name AS personName, t.from_date AS "from", t.to_date AS "to", t.start_kind AS startKind
         FROM role_terms t JOIN groups g ON g.id = t.group_id JOIN people p ON p.id = t.person_id
           JOIN roles r ON r.id = t.role_id
         WHERE t.from_date <= @date AND (t.to_date IS NULL OR t.to_date > @date)
           AND (@groupId IS NULL OR t.group_id = @groupId)
         ORDER BY g.name COLLATE NOCASE, g.id, r.election_order, r.id, t.from_date, t.id`,
      )
      .all({ date, groupId: groupId ?? null }) as (Omit<RoleHolder, 'roleNames'> & {
      roleNameNb: string
      roleNameSv: string
      roleNameEn: string
    })[]
    return rows.map(withRoleNames)
  },

  'vacancy-list': (ctx, { groupId }) => {
    if (groupId !== undefined) assertGroup(ctx, groupId)
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT g.id AS groupId, g.name AS groupName, r.id AS roleId, ${roleNameColumns},
           (SELECT max(e.to_date) FROM role_terms e WHERE e.group_id = g.id AND e.role_id = r.id AND e.to_date <= @today)
             AS vacantSince
         FROM groups g CROSS JOIN roles r
         WHERE g.status = 'active' AND r.active = 1 AND r.requirement = 'must' AND r.selection = 'elected'
           AND (@groupId IS NULL OR g.id = @groupId)
           AND NOT EXISTS (SELECT 1 FROM role_terms t WHERE t.group_id = g.id AND t.role_id = r.id
             AND t.from_date <= @today AND (t.to_date IS NULL OR t.to_date > @today))
         ORDER BY g.name COLLATE NOCASE, g.id, r.election_order, r.id`,
      )
      .all({ groupId: groupId ?? null, today: today(ctx) }) as (Omit<Vacancy, 'roleNames'> & {
      roleNameNb: string
      roleNameSv: string
      roleNameEn: string
    })[]
    return rows.map(withRoleNames)
  },

  'role-term-create': (ctx, { allowCombined, ...input }) => {
    assertGroup(ctx, input.groupId)
    personName(ctx, input.personId, 'personId')
    const role = getRole(ctx, input.roleId, 'roleId')
    if (!role.active) throw conflict('stewardship.errors.roleInactive', {}, 'roleId')
    assertEndAfterStart(input)
    assertFits(ctx, role, input, { allowCombined })
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO role_terms (group_id, role_id, person_id, from_date, to_date, end_reason, start_kind, note,
           created_at, updated_at)
         VALUES (@groupId, @roleId, @personId, @from, @to, @endReason, @startKind, @note, @now, @now)`,
      )
      .run({ ...input, endReason: input.to ? 'other' : null, now: timestamp(ctx) })
    return getTerm(ctx, Number(lastInsertRowid))
  },

  'role-term-end': (ctx, { id, to, endReason, note, handover }) => {
    const term = getTerm(ctx, id)
    if (term.to !== null) throw conflict('stewardship.errors.termEnded', { date: term.to }, 'to')
    if (to < term.from) throw new AppError('VALIDATION', 'validation.endBeforeStart', {}, 'to')
    assertEndAfterStart({ from: term.from, to })
    const combinedNote = note ? (term.note ? `${term.note}\n${note}` : note) : term.note
    ctx.db.sqlite
      .prepare('UPDATE role_terms SET to_date = ?, end_reason = ?, note = ?, updated_at = ? WHERE id = ?')
      .run(to, endReason, combinedNote, timestamp(ctx), id)
    if (handover) {
      if (handover.toPersonId === term.personId)
        throw new AppError('VALIDATION', 'stewardship.errors.samePerson', {}, 'handover.toPersonId')
      personName(ctx, handover.toPersonId, 'handover.toPersonId')
      createHandover(ctx, {
        groupId: term.groupId,
        roleId: term.roleId,
        fromPersonId: term.personId,
        toPersonId: handover.toPersonId,
        dueOn: handover.dueOn,
        notes: null,
      })
    }
    return getTerm(ctx, id)
  },

  'role-term-update': (ctx, { id, from, to, endReason, note, allowCombined }) => {
    const term = getTerm(ctx, id)
    assertEndAfterStart({ from, to })
    assertFits(ctx, getRole(ctx, term.roleId), { ...term, from, to }, { exceptId: id, allowCombined })
    const reason = to === null ? null : (endReason ?? term.endReason ?? 'other')
    ctx.db.sqlite
      .prepare(
        'UPDATE role_terms SET from_date = ?, to_date = ?, end_reason = ?, note = ?, updated_at = ? WHERE id = ?',
      )
      .run(from, to, reason, note, timestamp(ctx), id)
    return getTerm(ctx, id)
  },

  'role-term-delete': (ctx, { id }) => {
    const term = getTerm(ctx, id)
    if (term.sourceContestId !== null || endedByResult(ctx, id))
      throw conflict('stewardship.errors.termFromElection', {}, 'id')
    ctx.db.sqlite.prepare('DELETE FROM role_terms WHERE id = ?').run(id)
    return { id }
  },
}
