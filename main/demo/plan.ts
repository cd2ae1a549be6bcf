import type { Input } from '../../shared/api'
import type { GroupStatus } from '../../shared/api/groups'
import { addDays } from './dates'
import { planPeople } from './people'
import { createRandom, type Random } from './random'
import { demoGroups, demoSettings, type DemoGroup } from './region'

/** Fixed so the demo is the same everywhere; only the dates move with "today". */
export const demoSeed = 20_240_517

export type PlannedGroup = {
  fields: Input<'group-create'>
  founded: string
  /** Applied in order after the members are in, as the group's history went. */
  statusChanges: { status: GroupStatus; since: string }[]
}

/** `group` is an index into the plan's groups: ids exist only once the dispatcher has made them. */
export type PlannedMembership = { group: number; from: string; to: string | null }

export type PlannedPerson = { fields: Input<'person-create'>; memberships: PlannedMembership[] }

export type DemoPlan = { settings: Input<'settings-update'>; groups: PlannedGroup[]; people: PlannedPerson[] }

/** When a group could gain and lose members, derived from its story. */
export type Timeline = PlannedGroup & { joinFrom: string; joinUntil: string; lastLeave: string }

/** The whole demo region as data, before anything touches a database: pure, so it is easy to test. */
export function planDemoRegion(today: string, seed: number = demoSeed): DemoPlan {
  const random = createRandom(seed)
  const groups = demoGroups.map((group) => timeline(group, today, random))
  const people = planPeople(groups, random)
  return {
    settings: demoSettings,
    groups: groups.map(({ fields, founded, statusChanges }) => ({ fields, founded, statusChanges })),
    people,
  }
}

function timeline(group: DemoGroup, today: string, random: Random): Timeline {
  const { story, members: _members, former: _former, swedish: _swedish, ...fields } = group
  const back = (min: number, max: number, from = today) => addDays(from, -random.int(min, max))
  const base = { fields, lastLeave: addDays(today, -1), joinUntil: addDays(today, -3) }
  switch (story) {
    case 'active':
    case 'new': {
      const founded = story === 'new' ? back(90, 180) : back(550, 2200)
      return { ...base, founded, statusChanges: [], joinFrom: founded }
    }
    case 'revived': {
      const dormant = back(520, 760)
      const activeAgain = back(120, 300)
      const founded = back(700, 1400, dormant)
      const statusChanges = [
        { status: 'dormant' as const, since: dormant },
        { status: 'active' as const, since: activeAgain },
      ]
      // Those still listed joined the new board; those who left did so as it fell asleep.
      return { ...base, founded, statusChanges, joinFrom: activeAgain, lastLeave: dormant }
    }
    case 'dormant': {
      const dormant = back(150, 600)
      const founded = back(500, 1500, dormant)
      return {
        fields,
        founded,
        statusChanges: [{ status: 'dormant', since: dormant }],
        joinFrom: founded,
        joinUntil: addDays(dormant, -30),
        lastLeave: dormant,
      }
    }
    case 'closed': {
      const closed = back(90, 700)
      const dormant = back(120, 300, closed)
      const founded = back(500, 1200, dormant)
      return {
        fields,
        founded,
        statusChanges: [
          { status: 'dormant', since: dormant },
          { status: 'closed', since: closed },
        ],
        joinFrom: founded,
        joinUntil: dormant,
        lastLeave: closed,
      }
    }
  }
}
