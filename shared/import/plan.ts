import { combinationClash, seatProblem, type HeldRole, type Holding, type Period } from '../stewardship/terms'
import { fold } from '../text'
import type { ImportRow, RowProblem } from './rows'
import { createNameFolder } from './values'

export const duplicateActions = ['merge', 'skip', 'create'] as const
export type DuplicateAction = (typeof duplicateActions)[number]

/** What the record holds that an import must not contradict or repeat. */
export type RecordSnapshot = {
  groups: readonly { id: number; name: string }[]
  people: readonly { id: number; name: string; email: string | null; phone: string | null }[]
  memberships: readonly { personId: number; groupId: number; from: string; to: string | null }[]
  terms: readonly { groupId: number; roleId: number; personId: number; from: string; to: string | null }[]
  /** `label`: the role's name for messages, in the record's language. */
  roles: readonly {
    id: number
    seats: number
    combinable: boolean
    selection: 'elected' | 'appointed'
    label: string
  }[]
}

export type Decisions = { all: DuplicateAction | null; byLine: ReadonlyMap<number, DuplicateAction> }

/** A row that may be a person already in the record or earlier in the file. */
export type Duplicate = {
  line: number
  name: string
  email: string | null
  group: string | null
  reason: 'email' | 'nameInGroup'
  /** The person in the record (personId), or the earlier row of the file (line). */
  match: { personId: number | null; line: number | null; name: string; email: string | null }
  action: DuplicateAction | null
}

/**
 * People and groups are referred to by number: a record id (> 0) or a new one of this import
 * (< 0, -1 for the first), so the rules in shared/stewardship/terms can compare them alike.
 */
export type Ref = number

export type ImportPlan = {
  newGroups: { ref: Ref; name: string; town: string | null }[]
  newPeople: { ref: Ref; line: number; name: string; email: string | null; phone: string | null }[]
  /** Existing people given an email or phone they did not have, by merging. */
  fills: { personId: number; email: string | null; phone: string | null }[]
  memberships: { person: Ref; group: Ref; from: string; to: string | null }[]
  terms: { person: Ref; group: Ref; roleId: number; from: string; startKind: 'elected' | 'appointed' }[]
  /** Rows refused by the record's rules (seats, roles held alone). */
  problems: RowProblem[]
  duplicates: Duplicate[]
  counts: {
    applied: number
    merged: number
    skipped: number
    unresolved: number
    alreadyMember: number
    alreadyHolder: number
  }
}

type Known = { ref: Ref; line: number | null; name: string; email: string | null; phone: string | null }

const overlapsInclusive = (a: Period, b: Period) =>
  (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to)

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/**
 * Decides, row by row in file order, what the import writes: which group and person each row
 * means, which memberships and role terms are new, which rows are duplicates (by email, or by name
 * in the same group, against the record and earlier rows) and what the user chose for them, and
 * which rows the record's rules refuse. Pure: the same rows, record and decisions give the same plan,
 * so the preview shows exactly what the commit will do.
 */
export function planImport(
  rows: readonly ImportRow[],
  record: RecordSnapshot,
  decisions: Decisions,
  today: string,
): ImportPlan {
  const foldName = createNameFolder()
  const plan: ImportPlan = {
    newGroups: [],
    newPeople: [],
    fills: [],
    memberships: [],
    terms: [],
    problems: [],
    duplicates: [],
    counts: { applied: 0, merged: 0, skipped: 0, unresolved: 0, alreadyMember: 0, alreadyHolder: 0 },
  }

  const groupByName = new Map(record.groups.map((group) => [fold(group.name), group.id]))
  /** New groups by folded name, and the same entries by ref. */
  const seenGroups = new Map<string, { ref: Ref; name: string; town: string | null; used: boolean }>()
  const newGroupByRef = new Map<Ref, { ref: Ref; name: string; town: string | null; used: boolean }>()
  const newOrExistingGroup = (name: string): Ref => {
    const key = fold(name)
    const existing = groupByName.get(key)
    if (existing !== undefined) return existing
    let seen = seenGroups.get(key)
    if (!seen) {
      seen = { ref: -(seenGroups.size + 1), name, town: null, used: false }
      seenGroups.set(key, seen)
      newGroupByRef.set(seen.ref, seen)
    }
    return seen.ref
  }
  // A file names a few groups many times over: fold each spelling once.
  const refByText = new Map<string, Ref>()
  const groupRef = (name: string): Ref => {
    let ref = refByText.get(name)
    if (ref === undefined) {
      ref = newOrExistingGroup(name)
      refByText.set(name, ref)
    }
    return ref
  }

  const people = new Map<Ref, Known>()
  const byEmail = new Map<string, Ref>()
  const byNameInGroup = new Map<string, Ref>()
  for (const person of record.people) {
    people.set(person.id, { ref: person.id, line: null, ...person })
    if (person.email && !byEmail.has(person.email)) byEmail.set(person.email, person.id)
  }
  const periods = new Map<string, Period[]>()
  for (const membership of record.memberships) {
    const person = people.get(membership.personId)
    if (person) {
      const key = `${foldName(person.name)}\u0000${membership.groupId}`
      if (!byNameInGroup.has(key)) byNameInGroup.set(key, person.ref)
    }
    push(periods, `${membership.personId}:${membership.groupId}`, membership)
  }
  const roles = new Map(record.roles.map((role) => [role.id, role]))
  const holdings = new Map<string, Holding[]>()
  const held = new Map<string, HeldRole[]>()
  for (const term of record.terms) {
    push(holdings, `${term.groupId}:${term.roleId}`, term)
    const role = roles.get(term.roleId)
    push(held, `${term.groupId}:${term.personId}`, { ...term, combinable: role?.combinable ?? true })
  }

  for (const row of rows) {
    const group = row.group === null ? null : groupRef(row.group)
    const nameKey = group === null ? null : `${foldName(row.name)}\u0000${group}`
    const byMail = row.email === null ? undefined : byEmail.get(row.email)
    const byName = nameKey === null ? undefined : byNameInGroup.get(nameKey)
    const match = byMail ?? byName
    let person: Ref = -(plan.newPeople.length + 1)
    let merging = false
    if (match !== undefined) {
      const known = people.get(match)!
      const action = decisions.byLine.get(row.line) ?? decisions.all
      plan.duplicates.push({
        line: row.line,
        name: row.name,
        email: row.email,
        group: row.group,
        reason: byMail !== undefined ? 'email' : 'nameInGroup',
        match: {
          personId: known.line === null ? known.ref : null,
          line: known.line,
          name: known.name,
          email: known.email,
        },
        action,
      })
      if (action === null) {
        plan.counts.unresolved++
        continue
      }
      if (action === 'skip') {
        plan.counts.skipped++
        continue
      }
      if (action === 'merge') {
        person = match
        merging = true
      }
    }

    const from = row.from ?? today
    const period = { from, to: row.to }
    const memberKey = group === null ? null : `${person}:${group}`
    const alreadyMember = memberKey !== null && (periods.get(memberKey) ?? []).some((p) => overlapsInclusive(p, period))

    let newTerm: ImportPlan['terms'][number] | null = null
    let alreadyHolder = false
    let refused = false
    if (row.roleId !== null && group !== null) {
      const role = roles.get(row.roleId)!
      const candidate: Holding = { personId: person, from, to: null }
      const problem = seatProblem(holdings.get(`${group}:${role.id}`) ?? [], candidate, role.seats)
      const clash = combinationClash(
        { roleId: role.id, combinable: role.combinable, from, to: null },
        held.get(`${group}:${person}`) ?? [],
      )
      const refuse = (messageKey: string, params: Record<string, string | number>) => {
        refused = true
        plan.problems.push({ line: row.line, field: 'role', value: row.roleText ?? '', messageKey, params })
      }
      if (problem?.kind === 'samePerson') alreadyHolder = true
      else if (problem?.kind === 'seats')
        refuse('importing.problems.seatsTaken', {
          role: role.label,
          group: row.group!,
          seats: problem.seats,
          count: problem.count,
          date: problem.on,
        })
      else if (clash)
        refuse('importing.problems.notCombinable', {
          role: role.label,
          other: roles.get(clash.roleId)?.label ?? '',
          group: row.group!,
        })
      else
        newTerm = {
          person,
          group,
          roleId: role.id,
          from,
          startKind: role.selection === 'appointed' ? 'appointed' : 'elected',
        }
    }
    if (refused) continue

    // The row is taken: from here on it changes what later rows are checked against.
    plan.counts.applied++
    if (merging) {
      plan.counts.merged++
      const known = people.get(person)!
      const email = known.email === null ? row.email : null
      const phone = known.phone === null ? row.phone : null
      if (email || phone) {
        if (email) known.email = email
        if (phone) known.phone = phone
        if (person > 0) plan.fills.push({ personId: person, email, phone })
      }
    } else {
      const created = { ref: person, line: row.line, name: row.name, email: row.email, phone: row.phone }
      plan.newPeople.push(created)
      people.set(person, created)
    }
    const known = people.get(person)!
    if (known.email && !byEmail.has(known.email)) byEmail.set(known.email, person)
    if (nameKey !== null && !byNameInGroup.has(nameKey)) byNameInGroup.set(nameKey, person)

    if (group !== null) {
      const seen = newGroupByRef.get(group)
      if (seen) {
        seen.used = true
        seen.town ??= row.town
      }
      if (alreadyMember) plan.counts.alreadyMember++
      else {
        plan.memberships.push({ person, group, from, to: row.to })
        push(periods, memberKey!, period)
      }
    }
    if (alreadyHolder) plan.counts.alreadyHolder++
    if (newTerm) {
      plan.terms.push(newTerm)
      push(holdings, `${newTerm.group}:${newTerm.roleId}`, { personId: person, from, to: null })
      push(held, `${newTerm.group}:${person}`, {
        roleId: newTerm.roleId,
        combinable: roles.get(newTerm.roleId)!.combinable,
        from,
        to: null,
      })
    }
  }
  plan.newGroups = [...seenGroups.values()]
    .filter((group) => group.used)
    .map(({ ref, name, town }) => ({ ref, name, town }))
  return plan
}
