import { asciiHandle, fictionPhone, fictionPhoneCount } from '../../main/demo/contact'
import { addDays, daysBetween, laterOf } from '../../main/demo/dates'
import { norwegianFamilyNames, norwegianGivenNames, swedishFamilyNames, swedishGivenNames } from '../../main/demo/names'
import { createRandom, type Random } from '../../main/demo/random'
import { ElectionWriter, TermBook } from './national-elections'
import { planBoxes, planFinance, planTrainings } from './national-stewardship'

/**
 * The rows of a whole country, planned in memory before anything is written: 1,000 groups, 30,000
 * people and ten seasons of elections, role terms, handovers, audits and trainings, as they would
 * pile up over the years. Deterministic for a given year and seed. Invented names and reserved
 * addresses only (the demo's own lists).
 */

export type Row = Record<string, string | number | null>

/** Parents before children, so the foreign keys hold while the tables fill one by one. */
export const tableOrder = [
  'seasons',
  'groups',
  'people',
  'memberships',
  'elections',
  'election_events',
  'contests',
  'candidates',
  'rounds',
  'round_votes',
  'role_terms',
  'handovers',
  'handover_items',
  'finance_years',
  'collection_boxes',
  'training_sessions',
  'attendance',
] as const
export type TableName = (typeof tableOrder)[number]
export type Plan = Record<TableName, Row[]>

/** What the freshly opened file already holds: preset ids the plan refers to. */
export type Catalogue = {
  /** The elected roles in election order. */
  roles: { id: number; key: string; requirement: 'must' | 'should' }[]
  /** Which training type each role's holder must attend. */
  required: { roleId: number; trainingTypeId: number; withinMonths: number }[]
  trainingTypes: { id: number; validityMonths: number | null }[]
  checklist: string[]
  counting: { rule: string; base: string; further: string }
}

export const nationalSize = { groups: 1000, people: 30_000, seasons: 10 }

// prettier-ignore
const towns = [
  'Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø', 'Kristiansand', 'Drammen', 'Fredrikstad', 'Sandnes',
  'Ålesund', 'Bodø', 'Sarpsborg', 'Skien', 'Haugesund', 'Tønsberg', 'Moss', 'Porsgrunn', 'Arendal', 'Hamar',
  'Larvik', 'Halden', 'Lillehammer', 'Molde', 'Harstad', 'Gjøvik', 'Kongsberg', 'Horten', 'Steinkjer', 'Narvik',
  'Kristiansund', 'Mo i Rana', 'Elverum', 'Alta', 'Førde', 'Florø', 'Levanger', 'Namsos', 'Egersund', 'Vossevangen',
  'Stord', 'Honningsvåg', 'Hammerfest', 'Vadsø', 'Kirkenes', 'Lillestrøm', 'Ski', 'Asker', 'Sandvika', 'Ås',
  'Hønefoss', 'Kongsvinger', 'Notodden', 'Grimstad', 'Mandal', 'Flekkefjord', 'Sogndal', 'Ørsta', 'Volda',
  'Røros', 'Oppdal', 'Malmö', 'Göteborg', 'Uppsala', 'Västerås', 'Örebro', 'Linköping', 'Helsingborg',
  'Jönköping', 'Norrköping', 'Lund', 'Umeå', 'Gävle', 'Borås', 'Södertälje', 'Eskilstuna', 'Karlstad', 'Växjö',
  'Halmstad', 'Sundsvall', 'Luleå',
]
// prettier-ignore
const areas = ['sentrum', 'studentgruppe', 'ungdom', 'nord', 'sør', 'øst', 'vest', 'brevskrivere', 'bydel', 'seniorer', 'skolegruppe', 'havn', 'dal', 'sjø', 'fjell']
const platforms = ['zoom', 'teams', 'in_person', 'in_person', 'hybrid', 'other'] as const

const stamp = (date: string) => `${date}T12:00:00.000Z`
export function planNation(year: number, today: string, catalogue: Catalogue, seed = 20_260_515): Plan {
  const random = createRandom(seed)
  const first = year - nationalSize.seasons + 1
  const plan = Object.fromEntries(tableOrder.map((table) => [table, []])) as unknown as Plan
  const between: Between = (from, to) => (to <= from ? from : addDays(from, random.int(0, daysBetween(from, to))))

  for (let season = first; season <= year; season++)
    plan.seasons.push({
      year: season,
      window_start: `${season}-01-01`,
      // One season had its window stretched, as regions sometimes do.
      window_end: season === first + 4 ? `${season}-08-31` : `${season}-06-30`,
    })
  const groups = planGroups(plan, random, between, year, first, today)
  planPeople(plan, random, between, groups, year, today)
  const terms = new TermBook(plan, catalogue, random, between, today)
  const elections = new ElectionWriter(plan, catalogue, random, between, terms, today)
  for (const group of groups) if (group.founded < `${first}-01-01`) terms.seedInitial(group, first)
  for (let season = first; season <= year; season++)
    for (const group of groups) {
      if (takesPart(group, season)) elections.regular(group, season, season === year)
      if (season < year) elections.afterSeason(group, season)
    }
  for (const group of groups) if (group.status === 'closed') terms.closeGroup(group)
  planFinance(plan, random, between, groups, year, today)
  planBoxes(plan, random, between, groups, year, today)
  planTrainings(plan, random, between, catalogue, terms.all, year, first, today)
  return plan
}

export type Member = { personId: number; from: string; to: string | null }
export type Group = {
  id: number
  town: string
  founded: string
  status: 'active' | 'dormant' | 'closed'
  statusSince: string
  members: Member[]
}
/** A random day from `from` to `to`, both included. */
export type Between = (from: string, to: string) => string

/** A group holds a regular election in a season once it exists, and while it is active. */
const takesPart = (group: Group, season: number) =>
  group.founded <= `${season}-03-01` && (group.status === 'active' || group.statusSince > `${season}-07-01`)

function planGroups(plan: Plan, random: Random, between: Between, year: number, first: number, today: string) {
  const groups: Group[] = []
  for (let id = 1; id <= nationalSize.groups; id++) {
    const town = towns[(id - 1) % towns.length]!
    const area = Math.floor((id - 1) / towns.length)
    const name = area === 0 ? `Amnesty ${town}` : `Amnesty ${town} ${areas[area - 1]}`
    const founded = random.chance(0.88)
      ? between(`${year - 25}-01-01`, `${first - 1}-12-31`)
      : between(`${first}-01-01`, `${year - 1}-10-31`)
    const roll = random.next()
    let status: Group['status'] = roll < 0.85 ? 'active' : roll < 0.95 ? 'dormant' : 'closed'
    const quietFrom = laterOf(addDays(founded, 400), `${first}-09-01`)
    if (quietFrom >= addDays(today, -30)) status = 'active'
    const statusSince = status === 'active' ? founded : between(quietFrom, addDays(today, -30))
    const kind =
      area === 2 ? 'youth' : area === 1 ? 'student' : area === 10 ? 'youth' : random.chance(0.05) ? 'other' : 'local'
    groups.push({ id, town, founded, status, statusSince, members: [] })
    plan.groups.push({
      id,
      name,
      town,
      kind,
      contact_email: random.chance(0.6) ? `gruppe${id}@example.org` : null,
      meeting_platform: random.chance(0.8) ? random.pick(platforms) : null,
      notes: random.chance(0.1) ? 'Møtes første tirsdag i måneden.' : null,
      status,
      status_since: statusSince,
      created_at: stamp(laterOf(founded, `${first - 1}-01-01`)),
      updated_at: stamp(status === 'active' ? laterOf(founded, `${first - 1}-01-01`) : statusSince),
    })
  }
  return groups
}

function planPeople(plan: Plan, random: Random, between: Between, groups: Group[], year: number, today: string) {
  let membershipId = 0
  const join = (group: Group, personId: number, from: string, to: string | null) => {
    // A closed group's members left when it closed.
    if (group.status === 'closed') {
      if (from >= group.statusSince) from = between(group.founded, addDays(group.statusSince, -1))
      if (to === null || to > group.statusSince) to = group.statusSince
    }
    if (from < group.founded) from = group.founded
    if (to !== null && to < from) to = from
    group.members.push({ personId, from, to })
    plan.memberships.push({
      id: ++membershipId,
      person_id: personId,
      group_id: group.id,
      from_date: from,
      to_date: to,
      created_at: stamp(from),
      updated_at: stamp(to ?? from),
    })
  }
  for (let id = 1; id <= nationalSize.people; id++) {
    const swedish = random.chance(0.2)
    const name = `${random.pick(swedish ? swedishGivenNames : norwegianGivenNames)} ${random.pick(swedish ? swedishFamilyNames : norwegianFamilyNames)}`
    const since = between(`${year - 14}-01-01`, addDays(today, -1))
    plan.people.push({
      id,
      name,
      email: random.chance(0.8) ? `${asciiHandle(name)}.${id}@example.net` : null,
      phone: random.chance(0.4)
        ? fictionPhone(id % fictionPhoneCount, random.chance(0.7) ? 'domestic' : 'international')
        : null,
      notes: null,
      created_at: stamp(since),
      updated_at: stamp(since),
    })
    const home = random.pick(groups)
    const ended = random.chance(0.2)
    const left = ended ? between(addDays(since, 60), addDays(today, -1)) : null
    join(home, id, since, left)
    if (left !== null && left < addDays(today, -30) && random.chance(0.5))
      join(random.pick(groups), id, between(left, addDays(today, -1)), null)
    if (random.chance(0.15)) join(random.pick(groups), id, between(since, addDays(today, -1)), null)
  }
}
