import type { ElectionState } from '../../../shared/elections/lifecycle'
import { electionStates, isHeld, stateRank } from '../../../shared/elections/lifecycle'
import { AppError, conflict } from '../../../shared/errors'
import { timestamp, type Ctx } from '../../context'
import { getGroup } from '../groups'
import type { PartialHandlers } from '../registry'
import { getElectionRow, loadElection } from './detail'
import { assertPeopleExist } from './people'
import { ensureSeason, readSeason } from './seasons'

/** The date column each state fills when the election reaches it. */
const stateDateColumn: Partial<Record<ElectionState, string>> = {
  planned: 'planned_on',
  notice_sent: 'notice_sent_on',
  held: 'held_on',
  reported: 'reported_on',
  minutes_filed: 'minutes_filed_on',
}

/** What must be known before an election can be said to be in a state. */
const stateNeeds: Partial<
  Record<ElectionState, { column: 'meetingAt' | 'noticeChannel' | 'candidacyDeadline'; messageKey: string }>
> = {
  planned: { column: 'meetingAt', messageKey: 'errors.meetingRequired' },
  notice_sent: { column: 'noticeChannel', messageKey: 'errors.noticeChannelRequired' },
  deadline_passed: { column: 'candidacyDeadline', messageKey: 'errors.deadlineRequired' },
}

function createContests(ctx: Ctx, electionId: number) {
  const defaults = ctx.db.sqlite
    .prepare(
      `SELECT counting_rule AS rule, counting_base AS base, counting_further AS further,
         lone_candidate_needs_vote AS lone FROM settings WHERE id = 1`,
    )
    .get() as { rule: string; base: string; further: string; lone: number }
  ctx.db.sqlite
    .prepare(
      `INSERT INTO contests (election_id, role_id, position, seats, method, rule, base, further, lone_candidate_needs_vote, created_at, updated_at)
       SELECT @electionId, id, row_number() OVER (ORDER BY election_order, id), seats, 'open', @rule, @base, @further, @lone, @now, @now
       FROM roles WHERE active = 1 AND selection = 'elected'`,
    )
    .run({ electionId, ...defaults, now: timestamp(ctx) })
}

export const lifecycleHandlers: PartialHandlers = {
  'season-get': (ctx, { year }) => readSeason(ctx, year),

  'season-update': (ctx, { year, windowStart, windowEnd }) => {
    if (!windowStart.startsWith(`${year}-`))
      throw new AppError('VALIDATION', 'errors.windowOutsideYear', { year }, 'windowStart')
    ensureSeason(ctx, year)
    ctx.db.sqlite
      .prepare('UPDATE seasons SET window_start = ?, window_end = ? WHERE year = ?')
      .run(windowStart, windowEnd, year)
    return readSeason(ctx, year)
  },

  'election-get': (ctx, { id }) => loadElection(ctx, id),

  'election-create': (ctx, { groupId, season, kind }) => {
    getGroup(ctx, groupId)
    ensureSeason(ctx, season)
    if (kind === 'regular') {
      const existing = ctx.db.sqlite
        .prepare("SELECT id FROM elections WHERE group_id = ? AND season = ? AND kind = 'regular'")
        .get(groupId, season)
      if (existing) throw conflict('errors.electionExists', { season }, 'groupId')
    }
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare('INSERT INTO elections (group_id, season, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(groupId, season, kind, timestamp(ctx), timestamp(ctx))
    const id = Number(lastInsertRowid)
    // A by-election usually fills one role: the leader adds it by hand.
    if (kind === 'regular') createContests(ctx, id)
    return loadElection(ctx, id)
  },

  'election-update': (ctx, { id, ...facts }) => {
    getElectionRow(ctx, id)
    assertPeopleExist(ctx, {
      chairId: facts.chairId,
      minuteTakerId: facts.minuteTakerId,
      approver1Id: facts.approver1Id,
      approver2Id: facts.approver2Id,
    })
    if (facts.approver1Id !== null && facts.approver1Id === facts.approver2Id)
      throw new AppError('VALIDATION', 'errors.sameApprover', {}, 'approver2Id')
    ctx.db.sqlite
      .prepare(
        `UPDATE elections SET meeting_at = @meetingAt, platform = @platform, place = @place, notice_channel = @noticeChannel,
           candidacy_deadline = @candidacyDeadline, chair_id = @chairId, minute_taker_id = @minuteTakerId,
           approver1_id = @approver1Id, approver2_id = @approver2Id, voters_present = @votersPresent, notes = @notes,
           updated_at = @now WHERE id = @id`,
      )
      .run({ ...facts, id, now: timestamp(ctx) })
    return loadElection(ctx, id)
  },

  'election-set-state': (ctx, { id, state, on }) => {
    const election = getElectionRow(ctx, id)
    if (election.state === state) throw conflict('errors.stateUnchanged', {}, 'state')
    const need = stateNeeds[state]
    if (need && stateRank(state) > stateRank(election.state) && !election[need.column])
      throw new AppError('VALIDATION', need.messageKey, {}, need.column)
    if (isHeld(election.state) && !isHeld(state)) {
      const confirmed = ctx.db.sqlite
        .prepare("SELECT count(*) AS n FROM contests WHERE election_id = ? AND status = 'confirmed'")
        .get(id) as { n: number }
      if (confirmed.n > 0) throw conflict('errors.unholdConfirmed', { count: confirmed.n }, 'state')
    }
    // Moving back forgets the dates of the states left behind; the event log keeps them.
    const cleared = electionStates
      .filter((later) => stateRank(later) > stateRank(state))
      .map((later) => stateDateColumn[later])
      .filter((column): column is string => column !== undefined)
    // Reaching a state dates it; coming back to it keeps the date it was first reached.
    const target = stateDateColumn[state]
    const forward = stateRank(state) > stateRank(election.state)
    const dated = target ? [forward ? `${target} = @on` : `${target} = coalesce(${target}, @on)`] : []
    const sets = [...cleared.map((column) => `${column} = NULL`), ...dated]
    ctx.db.sqlite
      .prepare(`UPDATE elections SET state = @state, ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`)
      .run({ id, state, on, now: timestamp(ctx) })
    ctx.db.sqlite
      .prepare('INSERT INTO election_events (election_id, from_state, to_state, on_date, at) VALUES (?, ?, ?, ?, ?)')
      .run(id, election.state, state, on, timestamp(ctx))
    return loadElection(ctx, id)
  },
}
