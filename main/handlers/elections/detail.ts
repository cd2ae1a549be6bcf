import type {
  CandidateRecord,
  ContestRecord,
  ElectionDetail,
  PersonRef,
  RoundRecord,
} from '../../../shared/api/elections'
import type { MeetingPlatform } from '../../../shared/api/groups'
import { notFound } from '../../../shared/errors'
import type {
  ContestInput,
  CountingBase,
  CountingRule,
  FurtherRoundMode,
  RoundInput,
  TieSettlement,
} from '../../../shared/elections/counting-types'
import { countContest } from '../../../shared/elections/counting'
import type { ElectionState, NoticeChannel, VotingMethod } from '../../../shared/elections/lifecycle'
import type { Ctx } from '../../context'
import { namesOf } from './people'
import { readSeason } from './seasons'
import { raisedFlags } from './flags'

type ElectionRow = Omit<
  ElectionDetail,
  'chair' | 'minuteTaker' | 'approver1' | 'approver2' | 'events' | 'contests' | 'flags' | 'groupName'
> & {
  groupName: string
  chairId: number | null
  minuteTakerId: number | null
  approver1Id: number | null
  approver2Id: number | null
  platform: MeetingPlatform | null
  noticeChannel: NoticeChannel | null
  state: ElectionState
}

type ContestRow = {
  id: number
  roleId: number
  nameNb: string
  nameSv: string
  nameEn: string
  position: number
  seats: number
  method: VotingMethod
  rule: CountingRule
  base: CountingBase
  further: FurtherRoundMode
  loneCandidateNeedsVote: number
  status: 'open' | 'confirmed'
  settlements: string | null
  confirmedAt: string | null
}

export function getElectionRow(ctx: Ctx, id: number): ElectionRow {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT e.id, e.group_id AS groupId, g.name AS groupName, e.season, e.kind, e.state, e.meeting_at AS meetingAt,
         e.platform, e.place, e.notice_channel AS noticeChannel, e.candidacy_deadline AS candidacyDeadline,
         e.planned_on AS plannedOn, e.notice_sent_on AS noticeSentOn, e.held_on AS heldOn, e.reported_on AS reportedOn,
         e.minutes_filed_on AS minutesFiledOn, e.chair_id AS chairId, e.minute_taker_id AS minuteTakerId,
         e.approver1_id AS approver1Id, e.approver2_id AS approver2Id, e.voters_present AS votersPresent, e.notes
       FROM elections e JOIN groups g ON g.id = e.group_id WHERE e.id = ?`,
    )
    .get(id) as ElectionRow | undefined
  if (!row) throw notFound('election')
  return row
}

/** The whole election as the election page and the minutes need it, read in a fixed number of queries. */
export function loadElection(ctx: Ctx, id: number): ElectionDetail {
  const { chairId, minuteTakerId, approver1Id, approver2Id, ...election } = getElectionRow(ctx, id)
  const contests = loadContests(ctx, id, election.votersPresent)
  const names = namesOf(ctx, [chairId, minuteTakerId, approver1Id, approver2Id])
  const ref = (personId: number | null): PersonRef | null =>
    personId === null ? null : { id: personId, name: names.get(personId) ?? '' }
  const events = ctx.db.sqlite
    .prepare(
      'SELECT from_state AS fromState, to_state AS toState, on_date AS "on", at FROM election_events WHERE election_id = ? ORDER BY id',
    )
    .all(id) as ElectionDetail['events']
  return {
    ...election,
    chair: ref(chairId),
    minuteTaker: ref(minuteTakerId),
    approver1: ref(approver1Id),
    approver2: ref(approver2Id),
    events,
    contests,
    flags: raisedFlags(ctx, election, readSeason(ctx, election.season)),
  }
}

function loadContests(ctx: Ctx, electionId: number, votersPresent: number | null): ContestRecord[] {
  const contests = ctx.db.sqlite
    .prepare(
      `SELECT c.id, c.role_id AS roleId, r.name_nb AS nameNb, r.name_sv AS nameSv, r.name_en AS nameEn, c.position,
         c.seats, c.method, c.rule, c.base, c.further, c.lone_candidate_needs_vote AS loneCandidateNeedsVote, c.status,
         c.settlements, c.confirmed_at AS confirmedAt
       FROM contests c JOIN roles r ON r.id = c.role_id WHERE c.election_id = ? ORDER BY c.position, c.id`,
    )
    .all(electionId) as ContestRow[]
  const candidates = ctx.db.sqlite
    .prepare(
      `SELECT k.id, k.contest_id AS contestId, k.person_id AS personId, p.name, k.withdrawn
       FROM candidates k JOIN contests c ON c.id = k.contest_id JOIN people p ON p.id = k.person_id
       WHERE c.election_id = ? ORDER BY k.position, k.id`,
    )
    .all(electionId) as { id: number; contestId: number; personId: number; name: string; withdrawn: number }[]
  const rounds = ctx.db.sqlite
    .prepare(
      `SELECT o.id, o.contest_id AS contestId, o.number, o.kind, o.yes, o.no, o.blank, o.invalid, o.ballots_cast AS ballotsCast
       FROM rounds o JOIN contests c ON c.id = o.contest_id WHERE c.election_id = ? ORDER BY o.number`,
    )
    .all(electionId) as (Omit<RoundRecord, 'votes'> & { id: number; contestId: number })[]
  const votes = ctx.db.sqlite
    .prepare(
      `SELECT v.round_id AS roundId, k.person_id AS personId, v.votes
       FROM round_votes v JOIN rounds o ON o.id = v.round_id JOIN contests c ON c.id = o.contest_id
         JOIN candidates k ON k.id = v.candidate_id
       WHERE c.election_id = ? ORDER BY k.position, k.id`,
    )
    .all(electionId) as { roundId: number; personId: number; votes: number }[]

  const electedSoFar: { personId: number; roleName: string }[] = []
  return contests.map((contest) => {
    const settlements = (contest.settlements ? JSON.parse(contest.settlements) : []) as TieSettlement[]
    const contestRounds: RoundRecord[] = rounds
      .filter((round) => round.contestId === contest.id)
      .map(({ id, contestId: _contestId, ...round }) => ({
        ...round,
        votes: votes.filter((vote) => vote.roundId === id).map(({ personId, votes }) => ({ personId, votes })),
      }))
    const contestCandidates = candidates.filter((candidate) => candidate.contestId === contest.id)
    const report = countContest(toEngineInput(contest, contestCandidates, contestRounds, settlements, votersPresent))
    const records: CandidateRecord[] = contestCandidates.map((candidate) => ({
      id: candidate.id,
      personId: candidate.personId,
      name: candidate.name,
      withdrawn: candidate.withdrawn === 1,
      alreadyElectedTo: electedSoFar.filter((won) => won.personId === candidate.personId).map((won) => won.roleName),
    }))
    if (report.ok)
      for (const personId of report.result.outcome.elected) electedSoFar.push({ personId, roleName: contest.nameNb })
    return {
      id: contest.id,
      roleId: contest.roleId,
      roleNames: { nb: contest.nameNb, sv: contest.nameSv, en: contest.nameEn },
      position: contest.position,
      seats: contest.seats,
      method: contest.method,
      rule: contest.rule,
      base: contest.base,
      further: contest.further,
      loneCandidateNeedsVote: contest.loneCandidateNeedsVote === 1,
      status: contest.status,
      candidates: records,
      rounds: contestRounds,
      settlements,
      result: report.ok ? report.result : null,
      problems: report.ok ? [] : report.problems,
      confirmedAt: contest.confirmedAt,
    }
  })
}

/** Withdrawn candidates are not on the ballot; acclamation is the rule whenever the method is acclamation. */
export function toEngineInput(
  contest: Pick<ContestRecord, 'rule' | 'seats' | 'base' | 'further' | 'method'> & {
    loneCandidateNeedsVote: number | boolean
  },
  candidates: { personId: number; withdrawn: number | boolean }[],
  rounds: RoundRecord[],
  settlements: TieSettlement[],
  votersPresent: number | null,
): ContestInput {
  return {
    rule: contest.method === 'acclamation' ? 'acclamation' : contest.rule,
    seats: contest.seats,
    options: {
      base: contest.base,
      further: contest.further,
      loneCandidateNeedsVote: Boolean(contest.loneCandidateNeedsVote),
    },
    candidates: candidates.filter((candidate) => !candidate.withdrawn).map((candidate) => candidate.personId),
    rounds: rounds.map((round) => toRoundInput(round, votersPresent)),
    settlements,
  }
}

/** Voters present is the meeting's; the engine checks every round's ballots against it. */
function toRoundInput(round: RoundRecord, votersPresent: number | null): RoundInput {
  if (round.kind === 'yesNo')
    return {
      kind: 'yesNo',
      yes: round.yes ?? 0,
      no: round.no ?? 0,
      abstain: round.blank,
      invalid: round.invalid,
      ballotsCast: round.ballotsCast,
      votersPresent,
    }
  return {
    kind: 'votes',
    votes: Object.fromEntries(round.votes.map((vote) => [vote.personId, vote.votes])),
    blank: round.blank,
    invalid: round.invalid,
    ballotsCast: round.ballotsCast,
    votersPresent,
  }
}
