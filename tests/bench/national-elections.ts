import { addDays, earlierOf, laterOf } from '../../main/demo/dates'
import type { Random } from '../../main/demo/random'
import { electionStates, stateRank, type ElectionState } from '../../shared/elections/lifecycle'
import type { Between, Catalogue, Group, Plan, Row } from './national-plan'

// The national database's elections, role terms and handovers, planned season by season the way
// the app writes them: a confirmed result ends the old term the day the new one starts, and a
// changed holder gets a handover with the checklist copied in.

export type Term = Row & {
  id: number
  group_id: number
  role_id: number
  person_id: number
  from_date: string
  to_date: string | null
  updated_at: string
}

type Role = Catalogue['roles'][number]
const stamp = (date: string) => `${date}T12:00:00.000Z`
const platforms = ['zoom', 'teams', 'in_person', 'in_person', 'hybrid', 'other'] as const
const meetingTimes = ['17:30', '18:00', '18:00', '18:30', '19:00']

/** Who holds which seat in which group as the years go by. */
export class TermBook {
  readonly all: Term[] = []
  private readonly holders = new Map<string, Term>()

  constructor(
    private readonly plan: Plan,
    private readonly catalogue: Catalogue,
    private readonly random: Random,
    private readonly between: Between,
    private readonly today: string,
  ) {}

  holder(groupId: number, roleId: number): Term | null {
    return this.holders.get(`${groupId}:${roleId}`) ?? null
  }

  start(groupId: number, roleId: number, personId: number, from: string, kind: string, contestId: number | null) {
    const term: Term = {
      id: this.plan.role_terms.length + 1,
      group_id: groupId,
      role_id: roleId,
      person_id: personId,
      from_date: from,
      to_date: null,
      end_reason: null,
      start_kind: kind,
      note: kind === 'elected' ? null : 'Konstituert av styret',
      source_contest_id: contestId,
      created_at: stamp(from),
      updated_at: stamp(from),
    }
    this.plan.role_terms.push(term)
    this.all.push(term)
    this.holders.set(`${groupId}:${roleId}`, term)
    return term
  }

  end(term: Term, on: string, reason: string) {
    term.to_date = on
    term.end_reason = reason
    term.updated_at = stamp(on)
    this.holders.delete(`${term.group_id}:${term.role_id}`)
  }

  /** Holders from before the first season, for groups that existed then. */
  seedInitial(group: Group, first: number) {
    for (const role of this.catalogue.roles) {
      const odds = role.requirement === 'must' ? 0.95 : role.key === 'deputy' ? 0.8 : 0.6
      if (!this.random.chance(odds) || group.members.length === 0) continue
      const from = this.between(laterOf(group.founded, `${first - 4}-01-01`), `${first - 1}-06-01`)
      this.start(group.id, role.id, this.random.pick(group.members).personId, from, 'elected', null)
    }
  }

  /** A closed group's holders left when it closed. */
  closeGroup(group: Group) {
    for (const role of this.catalogue.roles) {
      const term = this.holder(group.id, role.id)
      if (term) this.end(term, laterOf(term.from_date, group.statusSince), 'other')
    }
  }

  /** A handover from the old holder to the new, in the state today finds it: old ones mostly done. */
  handover(term: Term, from: Term, on: string, contestId: number) {
    const { random, plan, today } = this
    const dueOn = addDays(on, 30)
    const roll = random.next()
    const settled = dueOn < addDays(today, -45)
    const status = settled
      ? roll < 0.92
        ? 'done'
        : roll < 0.95
          ? 'waived'
          : roll < 0.985
            ? 'open'
            : 'in_progress'
      : roll < 0.35
        ? 'done'
        : roll < 0.6
          ? 'in_progress'
          : 'open'
    const completedOn = status === 'done' ? earlierOf(this.between(addDays(on, 3), addDays(dueOn, 40)), today) : null
    const id = plan.handovers.length + 1
    plan.handovers.push({
      id,
      group_id: term.group_id,
      role_id: term.role_id,
      from_person_id: from.person_id,
      to_person_id: term.person_id,
      due_on: dueOn,
      status,
      status_reason: status === 'waived' ? 'Ny vervinnehaver kjente rutinene fra før' : null,
      completed_on: completedOn,
      notes: null,
      manual: 0,
      source_contest_id: contestId,
      created_at: stamp(on),
      updated_at: stamp(completedOn ?? on),
    })
    const done = status === 'done' ? this.catalogue.checklist.length : status === 'in_progress' ? random.int(1, 4) : 0
    this.catalogue.checklist.forEach((label, index) =>
      plan.handover_items.push({
        id: plan.handover_items.length + 1,
        handover_id: id,
        position: index + 1,
        label,
        done_on: index < done ? earlierOf(completedOn ?? today, this.between(on, addDays(dueOn, 20))) : null,
      }),
    )
    return id
  }
}

/** One group's regular election each season, by-elections when a seat empties, and the results. */
export class ElectionWriter {
  constructor(
    private readonly plan: Plan,
    private readonly catalogue: Catalogue,
    private readonly random: Random,
    private readonly between: Between,
    private readonly terms: TermBook,
    private readonly today: string,
  ) {}

  private poolAt(group: Group, on: string) {
    const present = group.members.filter((m) => m.from <= on && (m.to === null || m.to >= on)).map((m) => m.personId)
    return present.length >= 3 ? present : group.members.map((m) => m.personId)
  }

  /** Older seasons: almost all minutes filed. The current one (mid-May): every state, a few with none yet. */
  private pickState(current: boolean): ElectionState | null {
    const roll = this.random.next()
    if (!current) return roll < 0.01 ? null : roll < 0.02 ? 'held' : roll < 0.035 ? 'reported' : 'minutes_filed'
    const shares: [ElectionState | null, number][] = [
      [null, 0.06],
      ['not_planned', 0.05],
      ['planned', 0.14],
      ['notice_sent', 0.12],
      ['deadline_passed', 0.08],
      ['held', 0.1],
      ['reported', 0.18],
    ]
    let sum = 0
    for (const [state, share] of shares) if (roll < (sum += share)) return state
    return 'minutes_filed'
  }

  regular(group: Group, season: number, current: boolean) {
    const state = this.pickState(current)
    if (state === null) return
    const rank = stateRank(state)
    const held = rank >= stateRank('held')
    const lastMeetingDay = current ? addDays(this.today, state === 'held' ? -1 : -3) : `${season}-06-25`
    const meetingDay =
      rank === 0
        ? null
        : held
          ? this.between(`${season}-02-01`, lastMeetingDay)
          : this.between(addDays(this.today, -6), `${season}-06-28`)
    this.election(group, season, 'regular', state, meetingDay, this.catalogue.roles)
  }

  /** After the season: a few holders step down; the seat is filled by a by-election, an appointment, or not at all. */
  afterSeason(group: Group, season: number) {
    if (group.status !== 'active' && group.statusSince < `${season}-12-31`) {
      if (group.status === 'closed') this.terms.closeGroup(group)
      return
    }
    for (const role of this.catalogue.roles) {
      const term = this.terms.holder(group.id, role.id)
      if (!term || !this.random.chance(0.025)) continue
      const on = this.between(laterOf(addDays(term.from_date, 30), `${season}-08-01`), `${season}-11-15`)
      this.terms.end(term, on, 'stepped_down')
      term.note = 'Flyttet fra stedet'
      const roll = this.random.next()
      if (role.requirement === 'must' && roll < 0.35)
        this.election(group, season, 'extra', 'minutes_filed', addDays(on, this.random.int(20, 40)), [role])
      else if (roll < (role.requirement === 'must' ? 0.7 : 0.2))
        this.terms.start(
          group.id,
          role.id,
          this.random.pick(this.poolAt(group, on)),
          addDays(on, this.random.int(7, 40)),
          'interim',
          null,
        )
    }
  }

  private election(
    group: Group,
    season: number,
    kind: 'regular' | 'extra',
    state: ElectionState,
    meetingDay: string | null,
    roles: Role[],
  ) {
    const { random, plan, today } = this
    const rank = stateRank(state)
    const id = plan.elections.length + 1
    const day = meetingDay ?? `${season}-03-01`
    const pool = this.poolAt(group, day)
    const plannedOn = rank >= 1 ? addDays(day, -random.int(30, 70)) : null
    const noticeSentOn =
      rank >= 2 ? addDays(day, -(random.chance(0.06) ? random.int(7, 13) : random.int(14, 30))) : null
    const deadline = rank >= 1 ? addDays(day, random.chance(0.02) ? 2 : -random.int(3, 10)) : null
    const heldOn = rank >= 4 ? day : null
    const reportedOn = rank >= 5 ? earlierOf(addDays(day, random.int(1, 12)), today) : null
    const filedOn = reportedOn && rank >= 6 ? earlierOf(addDays(reportedOn, random.int(2, 25)), today) : null
    const platform = random.pick(platforms)
    const officers = heldOn ? random.shuffle(pool).slice(0, 4) : []
    const voters = heldOn ? random.int(6, 40) : null
    const created = plannedOn ?? `${season}-01-05`
    plan.elections.push({
      id,
      group_id: group.id,
      season,
      kind,
      state,
      meeting_at: meetingDay ? `${meetingDay}T${random.pick(meetingTimes)}` : null,
      platform: meetingDay ? platform : null,
      place: meetingDay && platform !== 'zoom' && platform !== 'teams' ? `${group.town} bibliotek` : null,
      notice_channel: noticeSentOn ? random.pick(['email', 'email', 'social_media', 'other']) : null,
      candidacy_deadline: deadline,
      planned_on: plannedOn,
      notice_sent_on: noticeSentOn,
      held_on: heldOn,
      reported_on: reportedOn,
      minutes_filed_on: filedOn,
      chair_id: officers[0] ?? null,
      minute_taker_id: officers[1] ?? null,
      approver1_id: officers[2] ?? null,
      approver2_id: officers[3] ?? null,
      voters_present: voters,
      notes: null,
      created_at: stamp(created),
      updated_at: stamp(filedOn ?? reportedOn ?? heldOn ?? noticeSentOn ?? created),
    })
    const reachedOn = [plannedOn, noticeSentOn, deadline && addDays(deadline, 1), heldOn, reportedOn, filedOn]
    for (let step = 1; step <= rank; step++) {
      const on = reachedOn[step - 1] ?? day
      plan.election_events.push({
        id: plan.election_events.length + 1,
        election_id: id,
        from_state: electionStates[step - 1]!,
        to_state: electionStates[step]!,
        on_date: on,
        at: `${on}T19:00:00.000Z`,
      })
    }
    const taken = new Set<number>()
    roles.forEach((role, index) =>
      this.contest({ group, electionId: id, position: index + 1, role, rank, heldOn, voters, pool, taken, created }),
    )
  }

  private contest(c: {
    group: Group
    electionId: number
    position: number
    role: Role
    rank: number
    heldOn: string | null
    voters: number | null
    pool: number[]
    taken: Set<number>
    created: string
  }) {
    const { random, plan, terms } = this
    const contestId = plan.contests.length + 1
    const incumbent = terms.holder(c.group.id, c.role.id)
    const standing: number[] = []
    if (c.rank >= 2 || (c.rank === 1 && random.chance(0.3))) {
      if (incumbent && !c.taken.has(incumbent.person_id) && random.chance(0.75)) standing.push(incumbent.person_id)
      const wanted = standing.length + (random.chance(0.45) ? 0 : random.chance(0.7) ? 1 : 2)
      for (const personId of random.shuffle(c.pool)) {
        if (standing.length >= wanted) break
        if (!c.taken.has(personId) && !standing.includes(personId)) standing.push(personId)
      }
      // A must-role seat rarely stays empty: someone at the meeting usually steps up.
      if (standing.length === 0 && c.heldOn && c.role.requirement === 'must' && random.chance(0.85)) {
        const volunteer = c.pool.find((personId) => !c.taken.has(personId))
        if (volunteer !== undefined) standing.push(volunteer)
      }
    }
    const decided = c.rank >= stateRank('reported')
    const candidateIds = standing.map((personId, index) => {
      plan.candidates.push({
        id: plan.candidates.length + 1,
        contest_id: contestId,
        person_id: personId,
        position: index + 1,
        withdrawn: 0,
      })
      return plan.candidates.length
    })
    const lone = standing.length === 1
    let winner: number | null = null
    if (c.heldOn && standing.length > 0) {
      const favourite =
        standing[0] === incumbent?.person_id && random.chance(0.65) ? 0 : random.int(0, standing.length - 1)
      winner = standing[favourite]!
      if (!lone && (decided || random.chance(0.5))) this.rounds(contestId, candidateIds, favourite, c.voters ?? 10)
    }
    if (winner !== null && c.role.key !== 'social_media') c.taken.add(winner)
    const effects = { endedTerms: [] as Row[], createdTerms: [] as number[], createdHandovers: [] as number[] }
    if (decided && c.heldOn && winner !== (incumbent?.person_id ?? null)) {
      if (incumbent) {
        effects.endedTerms.push({ id: incumbent.id, to: null, endReason: null, updatedAt: incumbent.updated_at })
        terms.end(incumbent, c.heldOn, winner !== null ? 'successor' : 'not_reelected')
      }
      if (winner !== null) {
        const term = terms.start(c.group.id, c.role.id, winner, c.heldOn, 'elected', contestId)
        effects.createdTerms.push(term.id)
        if (incumbent) effects.createdHandovers.push(terms.handover(term, incumbent, c.heldOn, contestId))
      }
    }
    plan.contests.push({
      id: contestId,
      election_id: c.electionId,
      role_id: c.role.id,
      position: c.position,
      seats: 1,
      method: lone ? 'acclamation' : random.pick(['open', 'secret', 'secret', 'partially_open']),
      rule: lone ? 'acclamation' : this.catalogue.counting.rule,
      base: this.catalogue.counting.base,
      further: this.catalogue.counting.further,
      lone_candidate_needs_vote: 0,
      status: decided ? 'confirmed' : 'open',
      settlements: null,
      effects: decided ? JSON.stringify(effects) : null,
      confirmed_at: decided && c.heldOn ? stamp(c.heldOn) : null,
      created_at: stamp(c.created),
      updated_at: stamp(c.heldOn ?? c.created),
    })
  }

  /** One round when the winner has a majority of the valid votes, else a second between the top two. */
  private rounds(contestId: number, candidateIds: number[], winner: number, voters: number) {
    const { random, plan } = this
    const blank = random.int(0, 2)
    const invalid = random.int(0, 1)
    const valid = Math.max(candidateIds.length * 2, voters - blank - invalid)
    const clearWin = candidateIds.length === 2 || valid < 8 || random.chance(0.7)
    const half = Math.floor(valid / 2)
    const winnerVotes = clearWin ? half + 1 + random.int(0, Math.floor(valid / 4)) : half
    const others = share(valid - winnerVotes, candidateIds.length - 1, winnerVotes - 1, random)
    const first = candidateIds.map((_, index) => (index === winner ? winnerVotes : others.pop()!))
    const ballots = [first]
    if (!clearWin) {
      let runnerUp = winner === 0 ? 1 : 0
      first.forEach((votes, index) => {
        if (index !== winner && votes > first[runnerUp]!) runnerUp = index
      })
      ballots.push(first.map((_, index) => (index === winner ? half + 1 : index === runnerUp ? valid - half - 1 : 0)))
    }
    ballots.forEach((votes, index) => {
      const roundId = plan.rounds.length + 1
      plan.rounds.push({
        id: roundId,
        contest_id: contestId,
        number: index + 1,
        kind: 'votes',
        yes: null,
        no: null,
        ballots_cast: valid + blank + invalid,
        blank,
        invalid,
      })
      votes.forEach((count, candidate) => {
        if (index === 0 || count > 0)
          plan.round_votes.push({ round_id: roundId, candidate_id: candidateIds[candidate]!, votes: count })
      })
    })
  }
}

/** `total` votes over `parts` candidates, none above `cap` where the numbers allow it. */
function share(total: number, parts: number, cap: number, random: Random): number[] {
  const result: number[] = []
  let left = total
  for (let part = parts; part > 1; part--) {
    const least = Math.max(0, left - cap * (part - 1))
    const votes = random.int(Math.min(least, left), Math.max(least, Math.min(cap, left)))
    result.push(votes)
    left -= votes
  }
  if (parts > 0) result.push(left)
  return result
}
