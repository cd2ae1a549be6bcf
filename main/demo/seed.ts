import type { Input, MethodName, Result } from '../../shared/api'
import type { Reply } from '../../shared/errors'
import { createContext } from '../context'
import type { Db } from '../db/open'
import { createDispatcher } from '../dispatch'
import { handlers } from '../handlers'
import { seedDemoElections } from './elections'
import { seedDemoStewardship } from './stewardship'
import { demoSeed, planDemoRegion } from './plan'
import { createRandom } from './random'
import { classifyRecord, clearRecord, markAsDemo } from './record'

export type DemoSummary = { groups: number; people: number; memberships: number; elections: number }

export type ReplaceOutcome =
  { ok: true; summary: DemoSummary; replaced: boolean } | { ok: false; found: 'real' | 'foreign' }

/** Fills an empty record with the demo region, in one transaction; throws on a record that has anything in it. */
export function seedDemoRegion(db: Db, today: string): DemoSummary {
  return db.sqlite.transaction(() => {
    const found = classifyRecord(db.sqlite)
    if (found !== 'empty') throw new Error(`The demo goes only into an empty record; this one is ${found}.`)
    return fill(db, today)
  })()
}

/**
 * Replaces a demo record, or fills an empty one, in one transaction. A record with real data is
 * refused as a value, checked inside the transaction so nothing can slip in between check and write.
 */
export function replaceDemoRegion(db: Db, today: string): ReplaceOutcome {
  return db.sqlite.transaction((): ReplaceOutcome => {
    const found = classifyRecord(db.sqlite)
    if (found === 'real' || found === 'foreign') return { ok: false, found }
    if (found === 'demo') clearRecord(db.sqlite)
    return { ok: true, summary: fill(db, today), replaced: found === 'demo' }
  })()
}

/**
 * Writes the plan through the real dispatcher, so every rule the user meets applies to the demo
 * too; each write becomes a savepoint inside the caller's transaction. The dispatcher gets its own
 * clock: group-create dates a group's status from "today", and a group's history should start
 * when it was founded, not when the demo was made.
 */
function fill(db: Db, today: string): DemoSummary {
  let clock = today
  let internal = ''
  const dispatch = createDispatcher(
    createContext(db, () => new Date(`${clock}T12:00:00Z`)),
    handlers,
    { logError: (line) => (internal = line) },
  )
  const call = <M extends MethodName>(method: M, input: Input<M>): Result<M> => {
    const reply = dispatch(method, input) as Reply<Result<M>>
    if (reply.ok) return reply.value
    // Codes and field names only: the message could quote the invented data, and this may reach a log.
    const { code, messageKey, field = '' } = reply.error
    throw new Error(`Demo seeding stopped at ${method}: ${code} ${messageKey} ${field} ${internal}`.trim())
  }

  const plan = planDemoRegion(today)
  call('settings-update', plan.settings)
  markAsDemo(db.sqlite)
  const groupIds = plan.groups.map((group) => {
    clock = group.founded
    return call('group-create', group.fields).id
  })
  clock = today
  const personIds = plan.people.map((person) => call('person-create', person.fields).id)
  let memberships = 0
  plan.people.forEach((person, index) => {
    for (const { group, from, to } of person.memberships) {
      call('membership-create', { personId: personIds[index]!, groupId: groupIds[group]!, from, to })
      memberships++
    }
  })
  // After the members: they joined while the group was still active.
  plan.groups.forEach((group, index) => {
    for (const change of group.statusChanges) call('group-set-status', { id: groupIds[index]!, ...change })
  })
  const elections = seedDemoElections({
    db,
    call,
    setClock: (day) => (clock = day),
    random: createRandom(demoSeed + 1),
    today,
  })
  seedDemoStewardship({ db, call, setClock: (day) => (clock = day), random: createRandom(demoSeed + 2), today })
  return { groups: groupIds.length, people: personIds.length, memberships, elections }
}
