import type { Input, MethodName, Result } from '../../shared/api'
import type { ElectionDetail } from '../../shared/api/elections'
import type { ElectionState } from '../../shared/elections/lifecycle'
import type { Db } from '../db/open'
import { addDays } from './dates'
import type { Random } from './random'

type Call = <M extends MethodName>(method: M, input: Input<M>) => Result<M>
type Context = { db: Db; call: Call; setClock: (day: string) => void; random: Random; today: string }

/** How far each season got: last season nearly everyone finished; this season shows the gaps a leader chases. */
function pickFinalState(random: Random, season: number, thisYear: number, windowOver: boolean): ElectionState {
  const roll = random.next()
  if (season < thisYear) return roll < 0.9 ? 'minutes_filed' : 'not_planned'
  if (!windowOver) return roll < 0.35 ? 'held' : roll < 0.6 ? 'notice_sent' : roll < 0.85 ? 'planned' : 'not_planned'
  if (roll < 0.55) return 'minutes_filed'
  if (roll < 0.7) return 'reported'
  if (roll < 0.8) return 'held'
  if (roll < 0.9) return 'planned'
  return 'not_planned'
}

const reached = (final: ElectionState, step: ElectionState, order: ElectionState[]) =>
  order.indexOf(final) >= order.indexOf(step)
const order: ElectionState[] = [
  'not_planned',
  'planned',
  'notice_sent',
  'deadline_passed',
  'held',
  'reported',
  'minutes_filed',
]

function membersOn(db: Db, groupId: number, day: string): number[] {
  return db.sqlite
    .prepare(
      'SELECT person_id FROM memberships WHERE group_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date >= ?) ORDER BY person_id',
    )
    .pluck()
    .all(groupId, day, day) as number[]
}

function currentHolder(db: Db, groupId: number, roleId: number): number | null {
  return (db.sqlite
    .prepare('SELECT person_id FROM role_terms WHERE group_id = ? AND role_id = ? AND to_date IS NULL')
    .pluck()
    .get(groupId, roleId) ?? null) as number | null
}

/** Elections for last season and this one in every active group, through the real handlers. */
export function seedDemoElections(context: Context): number {
  const { db, call, setClock, random, today } = context
  const thisYear = Number(today.slice(0, 4))
  const groups = db.sqlite
    .prepare("SELECT id FROM groups WHERE status = 'active' ORDER BY id")
    .pluck()
    .all() as number[]
  let count = 0
  for (const season of [thisYear - 1, thisYear]) {
    const window = call('season-get', { year: season })
    const windowOver = today > window.windowEnd
    for (const groupId of groups) {
      const final = pickFinalState(random, season, thisYear, windowOver)
      const meeting = addDays(`${season}-02-01`, random.int(0, 100))
      if (season === thisYear && !windowOver && meeting > addDays(today, 40)) continue
      setClock(addDays(meeting, -40))
      let election = call('election-create', { groupId, season })
      count++
      if (final === 'not_planned') continue
      election = call('election-update', {
        id: election.id,
        meetingAt: `${meeting}T${random.pick(['18:00', '18:30', '19:00'])}`,
        platform: random.pick(['zoom', 'teams', 'in_person', 'hybrid'] as const),
        noticeChannel: random.pick(['email', 'social_media'] as const),
        candidacyDeadline: addDays(meeting, -1),
      })
      const move = (state: ElectionState, on: string) => {
        if (!reached(final, state, order) || on > today) return false
        setClock(on)
        election = call('election-set-state', { id: election.id, state, on })
        return true
      }
      move('planned', addDays(meeting, -random.int(25, 35)))
      // A few notices go out late: the flag the leader should see.
      move('notice_sent', addDays(meeting, -(random.chance(0.15) ? random.int(3, 9) : random.int(14, 21))))
      if (!move('held', meeting)) continue
      election = holdMeeting(context, election, groupId, meeting)
      move('reported', addDays(meeting, random.int(1, 10)))
      move('minutes_filed', addDays(meeting, random.int(11, 30)))
    }
  }
  setClock(today)
  return count
}

/** Candidates from the members present; most contests by acclamation, some by a vote, some left vacant. */
function holdMeeting(context: Context, election: ElectionDetail, groupId: number, meeting: string): ElectionDetail {
  const { db, call, random } = context
  const members = random.shuffle(membersOn(db, groupId, meeting))
  const used = new Set<number>()
  const take = (preferred: number | null) => {
    const person =
      preferred !== null && members.includes(preferred) && !used.has(preferred)
        ? preferred
        : members.find((id) => !used.has(id))
    if (person !== undefined) used.add(person)
    return person
  }
  const present = Math.max(members.length, 3)
  const facts = members.slice(0, 4)
  election = call('election-update', {
    id: election.id,
    meetingAt: election.meetingAt,
    platform: election.platform,
    noticeChannel: election.noticeChannel,
    candidacyDeadline: election.candidacyDeadline,
    chairId: facts[0] ?? null,
    minuteTakerId: facts[1] ?? null,
    approver1Id: facts[2] ?? null,
    approver2Id: facts[3] ?? null,
    votersPresent: present,
  })
  for (const contest of election.contests) {
    const incumbent = currentHolder(db, groupId, contest.roleId)
    const optional = contest.roleNames.en.startsWith('Social') || contest.roleNames.en.startsWith('Deputy')
    if (optional && random.chance(0.3)) {
      election = call('contest-confirm', { id: contest.id })
      continue
    }
    const first = take(random.chance(0.6) ? incumbent : null)
    if (first === undefined) {
      election = call('contest-confirm', { id: contest.id })
      continue
    }
    const rival = random.chance(0.25) ? take(null) : undefined
    if (rival === undefined) {
      call('contest-update', { ...settingsOf(contest), method: 'acclamation', id: contest.id })
      call('candidate-add', { contestId: contest.id, personId: first })
    } else {
      call('contest-update', {
        ...settingsOf(contest),
        method: random.pick(['open', 'secret', 'partially_open'] as const),
        rule: 'plurality',
        id: contest.id,
      })
      call('candidate-add', { contestId: contest.id, personId: first })
      call('candidate-add', { contestId: contest.id, personId: rival })
      const winner = random.int(Math.floor(present / 2) + 1, present)
      const blank = present - winner > 0 && random.chance(0.3) ? 1 : 0
      call('round-record', {
        contestId: contest.id,
        kind: 'votes',
        votes: [
          { personId: first, votes: winner },
          { personId: rival, votes: present - winner - blank },
        ],
        blank,
        invalid: 0,
        ballotsCast: present,
      })
    }
    election = call('contest-confirm', { id: contest.id })
  }
  return election
}

const settingsOf = (contest: ElectionDetail['contests'][number]) => ({
  seats: contest.seats,
  method: contest.method,
  rule: contest.rule,
  base: contest.base,
  further: contest.further,
  loneCandidateNeedsVote: contest.loneCandidateNeedsVote,
})
