import { AppError, conflict, notFound } from '../../../shared/errors'
import { timestamp, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { getElectionRow, loadElection } from './detail'

type ContestHead = { id: number; electionId: number; status: 'open' | 'confirmed'; rounds: number; position: number }

export function getContest(ctx: Ctx, id: number): ContestHead {
  const row = ctx.db.sqlite
    .prepare(
      `SELECT c.id, c.election_id AS electionId, c.status, c.position,
         (SELECT count(*) FROM rounds o WHERE o.contest_id = c.id) AS rounds
       FROM contests c WHERE c.id = ?`,
    )
    .get(id) as ContestHead | undefined
  if (!row) throw notFound('contest')
  return row
}

/** Changes to a contest whose result is in the record must wait until it is reopened. */
export function assertOpen(contest: ContestHead) {
  if (contest.status === 'confirmed') throw conflict('errors.contestConfirmed')
}

/** The ballot is fixed once voting has started: later rounds must match the first. */
function assertNoRounds(contest: ContestHead) {
  assertOpen(contest)
  if (contest.rounds > 0) throw conflict('errors.candidatesLocked')
}

function getCandidate(ctx: Ctx, id: number) {
  const row = ctx.db.sqlite.prepare('SELECT id, contest_id AS contestId FROM candidates WHERE id = ?').get(id) as
    { id: number; contestId: number } | undefined
  if (!row) throw notFound('candidate')
  return row
}

export const contestHandlers: PartialHandlers = {
  'contest-add': (ctx, { electionId, roleId }) => {
    getElectionRow(ctx, electionId)
    const role = ctx.db.sqlite.prepare('SELECT id, seats FROM roles WHERE id = ? AND active = 1').get(roleId) as
      { id: number; seats: number } | undefined
    if (!role) throw new AppError('NOT_FOUND', 'errors.notFound.role', {}, 'roleId')
    if (ctx.db.sqlite.prepare('SELECT 1 FROM contests WHERE election_id = ? AND role_id = ?').get(electionId, roleId))
      throw conflict('errors.contestExists', {}, 'roleId')
    ctx.db.sqlite
      .prepare(
        `INSERT INTO contests (election_id, role_id, position, seats, method, rule, base, further, lone_candidate_needs_vote, created_at, updated_at)
         SELECT @electionId, @roleId, (SELECT coalesce(max(position), 0) + 1 FROM contests WHERE election_id = @electionId),
           @seats, 'open', s.counting_rule, s.counting_base, s.counting_further, s.lone_candidate_needs_vote, @now, @now
         FROM settings s WHERE s.id = 1`,
      )
      .run({ electionId, roleId, seats: role.seats, now: timestamp(ctx) })
    return loadElection(ctx, electionId)
  },

  'contest-remove': (ctx, { id }) => {
    const contest = getContest(ctx, id)
    assertNoRounds(contest)
    ctx.db.sqlite.prepare('DELETE FROM contests WHERE id = ?').run(id)
    return loadElection(ctx, contest.electionId)
  },

  'contest-move': (ctx, { id, direction }) => {
    const contest = getContest(ctx, id)
    const order = ctx.db.sqlite
      .prepare('SELECT id FROM contests WHERE election_id = ? ORDER BY position, id')
      .pluck()
      .all(contest.electionId) as number[]
    const from = order.indexOf(id)
    const to = direction === 'up' ? from - 1 : from + 1
    if (to >= 0 && to < order.length) {
      ;[order[from], order[to]] = [order[to]!, order[from]!]
      const place = ctx.db.sqlite.prepare('UPDATE contests SET position = ?, updated_at = ? WHERE id = ?')
      order.forEach((contestId, index) => place.run(index + 1, timestamp(ctx), contestId))
    }
    return loadElection(ctx, contest.electionId)
  },

  'contest-update': (ctx, { id, ...settings }) => {
    const contest = getContest(ctx, id)
    assertOpen(contest)
    ctx.db.sqlite
      .prepare(
        `UPDATE contests SET seats = @seats, method = @method, rule = @rule, base = @base, further = @further,
           lone_candidate_needs_vote = @lone, updated_at = @now WHERE id = @id`,
      )
      .run({ ...settings, lone: settings.loneCandidateNeedsVote ? 1 : 0, id, now: timestamp(ctx) })
    return loadElection(ctx, contest.electionId)
  },

  'candidate-add': (ctx, input) => {
    const contest = getContest(ctx, input.contestId)
    assertNoRounds(contest)
    const personId =
      'personId' in input
        ? input.personId
        : Number(
            ctx.db.sqlite
              .prepare('INSERT INTO people (name, created_at, updated_at) VALUES (?, ?, ?)')
              .run(input.newPersonName, timestamp(ctx), timestamp(ctx)).lastInsertRowid,
          )
    if (!ctx.db.sqlite.prepare('SELECT 1 FROM people WHERE id = ?').get(personId))
      throw new AppError('NOT_FOUND', 'errors.notFound.person', {}, 'personId')
    if (
      ctx.db.sqlite.prepare('SELECT 1 FROM candidates WHERE contest_id = ? AND person_id = ?').get(contest.id, personId)
    )
      throw conflict('errors.alreadyCandidate', {}, 'personId')
    ctx.db.sqlite
      .prepare(
        `INSERT INTO candidates (contest_id, person_id, position)
         VALUES (@contestId, @personId, (SELECT coalesce(max(position), 0) + 1 FROM candidates WHERE contest_id = @contestId))`,
      )
      .run({ contestId: contest.id, personId })
    return loadElection(ctx, contest.electionId)
  },

  'candidate-set-withdrawn': (ctx, { id, withdrawn }) => {
    const contest = getContest(ctx, getCandidate(ctx, id).contestId)
    assertNoRounds(contest)
    ctx.db.sqlite.prepare('UPDATE candidates SET withdrawn = ? WHERE id = ?').run(withdrawn ? 1 : 0, id)
    return loadElection(ctx, contest.electionId)
  },

  'candidate-remove': (ctx, { id }) => {
    const contest = getContest(ctx, getCandidate(ctx, id).contestId)
    assertNoRounds(contest)
    ctx.db.sqlite.prepare('DELETE FROM candidates WHERE id = ?').run(id)
    return loadElection(ctx, contest.electionId)
  },
}
