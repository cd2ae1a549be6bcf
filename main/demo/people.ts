import { asciiHandle, fictionPhone, fictionPhoneCount } from './contact'
import { addDays, daysBetween, laterOf } from './dates'
import {
  famousNames,
  internationalPeople,
  norwegianFamilyNames,
  norwegianGivenNames,
  personNotes,
  swedishFamilyNames,
  swedishGivenNames,
} from './names'
import type { PlannedMembership, PlannedPerson, Timeline } from './plan'
import type { Random } from './random'
import { demoGroups } from './region'

/** People who made contact (e.g. at a stand) but have not joined a group yet. */
const unattachedPeople = 4
/** Share of current memberships held by someone already in another group. */
const inTwoGroupsShare = 0.1
/**
 * Share of ended memberships held by someone who is in another group today: most who leave a
 * group move to another; the rest are the few people on record with no group now.
 */
const movedShare = 0.85

const dateBetween = (random: Random, from: string, to: string) =>
  addDays(from, random.int(0, Math.max(0, daysBetween(from, to))))

function membershipDates(group: Timeline, current: boolean, random: Random): Omit<PlannedMembership, 'group'> {
  if (current) return { from: dateBetween(random, group.joinFrom, group.joinUntil), to: null }
  const to = dateBetween(random, laterOf(addDays(group.founded, 60), addDays(group.lastLeave, -500)), group.lastLeave)
  const latestStart = addDays(to, -60)
  return { from: latestStart < group.founded ? group.founded : dateBetween(random, group.founded, latestStart), to }
}

type Draft = {
  name: string
  handle: string
  swedish: boolean
  /** Named as the group's contact: the leader always has a way to reach them. */
  contact: boolean
  memberships: PlannedMembership[]
}

/** Fills each group's current and former places with invented people, some holding two. */
export function planPeople(groups: Timeline[], random: Random): PlannedPerson[] {
  const slotsOf = (current: boolean) =>
    random.shuffle(
      demoGroups.flatMap((group, index) =>
        Array.from({ length: current ? group.members : group.former }, () => ({ group: index, current })),
      ),
    )
  // Today's members first, so most who left a group can be given another one they moved to.
  const slots = [...slotsOf(true), ...slotsOf(false)]
  const names = createNamer(random)
  const drafts: Draft[] = []
  const contactChosen = new Set<number>()
  for (const slot of slots) {
    const dates = membershipDates(groups[slot.group]!, slot.current, random)
    const membership = { group: slot.group, ...dates }
    const joiner = random.chance(slot.current ? inTwoGroupsShare : movedShare)
      ? findSecondGroupJoiner(drafts, slot.group, random)
      : undefined
    const draft = joiner ?? names.next(demoGroups[slot.group]!.swedish === true, drafts.length)
    if (!joiner) drafts.push(draft)
    draft.memberships.push(membership)
    if (slot.current && !contactChosen.has(slot.group)) {
      contactChosen.add(slot.group)
      draft.contact = true
    }
  }
  for (let i = 0; i < unattachedPeople; i++) drafts.push(names.next(false, drafts.length))
  // Anyone from the international list not yet drawn still appears, without a group.
  for (const left of names.internationalLeft()) drafts.push(left)
  return withContactDetails(drafts, random)
}

function findSecondGroupJoiner(drafts: Draft[], group: number, random: Random): Draft | undefined {
  for (let attempt = 0; attempt < 10 && drafts.length > 0; attempt++) {
    const candidate = random.pick(drafts)
    if (candidate.memberships.length === 1 && candidate.memberships[0]!.group !== group) return candidate
  }
  return undefined
}

/** Unique names, Swedish for the border groups, with the international volunteers spread through the list. */
function createNamer(random: Random) {
  const used = new Set<string>()
  const international = [...internationalPeople]
  const draft = (name: string, handle: string, swedish: boolean): Draft => {
    used.add(name)
    return { name, handle, swedish, contact: false, memberships: [] }
  }
  const next = (swedishGroup: boolean, count: number): Draft => {
    const person = count % 15 === 7 ? international.shift() : undefined
    if (person) return draft(person.name, person.handle, false)
    const swedish = random.chance(swedishGroup ? 0.75 : 0.1)
    for (;;) {
      const given = random.pick(swedish ? swedishGivenNames : norwegianGivenNames)
      const family = random.pick(swedish ? swedishFamilyNames : norwegianFamilyNames)
      const name = `${given} ${family}`
      if (!used.has(name) && !famousNames.has(name)) return draft(name, asciiHandle(name), swedish)
    }
  }
  const internationalLeft = () => international.splice(0).map((person) => draft(person.name, person.handle, false))
  return { next, internationalLeft }
}

function withContactDetails(drafts: Draft[], random: Random): PlannedPerson[] {
  const takenEmails = new Set<string>()
  const phones = random.shuffle(Array.from({ length: fictionPhoneCount }, (_, index) => index))
  const email = (draft: Draft) => {
    const [first = draft.handle, ...rest] = draft.handle.split('.')
    const last = rest.at(-1) ?? ''
    const local = random.pick([
      draft.handle,
      draft.handle,
      `${first}${last}`,
      `${first.charAt(0)}${last}`,
      `${draft.handle}${random.int(2, 99)}`,
    ])
    const domain = random.chance(0.55) ? 'example.org' : 'example.net'
    let address = `${local}@${domain}`
    for (let n = 2; takenEmails.has(address); n++) address = `${local}${n}@${domain}`
    takenEmails.add(address)
    return address
  }
  // Contacts first, so the fiction block's 95 numbers go to those the leader rings most.
  const phoneOrder = [...drafts.filter((d) => d.contact), ...random.shuffle(drafts.filter((d) => !d.contact))]
  const phoneOf = new Map<Draft, string>()
  for (const draft of phoneOrder) {
    const index = phones[0]
    if (index === undefined) break
    if (draft.contact || random.chance(0.4)) {
      phones.shift()
      phoneOf.set(draft, fictionPhone(index, draft.swedish ? 'domestic' : 'international'))
    }
  }
  return drafts.map((draft) => {
    const unattached = draft.memberships.length === 0
    const notes = unattached
      ? 'Meldte interesse på stand; ikke med i en gruppe ennå.'
      : random.chance(0.04)
        ? random.pick(personNotes)
        : null
    return {
      fields: {
        name: draft.name,
        email: draft.contact || random.chance(0.88) ? email(draft) : null,
        phone: phoneOf.get(draft) ?? null,
        notes,
      },
      memberships: [...draft.memberships].sort((a, b) => a.from.localeCompare(b.from) || a.group - b.group),
    }
  })
}
