import type { ImportPlan, Ref } from '../../shared/import/plan'
import { timestamp, today, type Ctx } from '../context'

/**
 * Writes a plan with prepared statements, in the caller's transaction (the dispatcher's, for
 * `import-commit`). The plan has been checked against the record inside that same transaction.
 */
export function writePlan(ctx: Ctx, plan: ImportPlan) {
  const sqlite = ctx.db.sqlite
  const now = timestamp(ctx)
  const groupIds = new Map<Ref, number>()
  const personIds = new Map<Ref, number>()
  const group = (ref: Ref) => (ref > 0 ? ref : groupIds.get(ref)!)
  const person = (ref: Ref) => (ref > 0 ? ref : personIds.get(ref)!)

  const insertGroup = sqlite.prepare(
    `INSERT INTO groups (name, town, kind, status, status_since, created_at, updated_at)
     VALUES (?, ?, 'local', 'active', ?, ?, ?)`,
  )
  for (const entry of plan.newGroups)
    groupIds.set(entry.ref, Number(insertGroup.run(entry.name, entry.town, today(ctx), now, now).lastInsertRowid))

  const insertPerson = sqlite.prepare(
    'INSERT INTO people (name, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  )
  for (const entry of plan.newPeople)
    personIds.set(entry.ref, Number(insertPerson.run(entry.name, entry.email, entry.phone, now, now).lastInsertRowid))

  // Merging never overwrites: only what the person had no value for is filled in.
  const fill = sqlite.prepare(
    'UPDATE people SET email = coalesce(email, ?), phone = coalesce(phone, ?), updated_at = ? WHERE id = ?',
  )
  for (const entry of plan.fills) fill.run(entry.email, entry.phone, now, entry.personId)

  const insertMembership = sqlite.prepare(
    'INSERT INTO memberships (person_id, group_id, from_date, to_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const entry of plan.memberships)
    insertMembership.run(person(entry.person), group(entry.group), entry.from, entry.to, now, now)

  const insertTerm = sqlite.prepare(
    `INSERT INTO role_terms (group_id, role_id, person_id, from_date, start_kind, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const entry of plan.terms)
    insertTerm.run(group(entry.group), entry.roleId, person(entry.person), entry.from, entry.startKind, null, now, now)
}
