import type { ContestRecord, RoundRecord } from '../../../shared/api/elections'
import { countContest } from '../../../shared/elections/counting'
import type { CountingProblem, TieSettlement } from '../../../shared/elections/counting-types'
import { AppError } from '../../../shared/errors'
import { timestamp, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { assertOpen, getContest } from './contests'
import { loadElection, toEngineInput } from './detail'

/** The contest as recorded, with the meeting's voters present that every round is checked against. */
function contestRecord(
  ctx: Ctx,
  electionId: number,
  contestId: number,
): ContestRecord & { votersPresent: number | null } {
  const election = loadElection(ctx, electionId)
  const contest = election.contests.find((candidate) => candidate.id === contestId)
  if (!contest) throw new Error('contest vanished inside its own transaction')
  return { ...contest, votersPresent: election.votersPresent }
}

/** The engine's first problem becomes a field error the form can show next to the right box. */
function refuse(problem: CountingProblem, field = problem.field): never {
  throw new AppError('VALIDATION', problem.messageKey, problem.params, field)
}

/**
 * The engine names fields of the whole contest (`rounds.2.votes.<personId>`); the form that records
 * one round knows `votes.<index>.votes`, `blank`, `ballotsCast`.
 */
function roundField(field: string, roundIndex: number, votes: { personId: number }[]): string {
  const prefix = `rounds.${roundIndex}.`
  if (!field.startsWith(prefix)) return field
  const rest = field.slice(prefix.length)
  const vote = /^votes\.(\d+)$/.exec(rest)
  if (!vote) return rest
  const index = votes.findIndex((entry) => entry.personId === Number(vote[1]))
  return index >= 0 ? `votes.${index}.votes` : 'votes'
}

function check(
  contest: ContestRecord & { votersPresent: number | null },
  rounds: RoundRecord[],
  settlements: TieSettlement[],
  fieldOf: (field: string) => string = (field) => field,
) {
  const report = countContest(
    toEngineInput(
      contest,
      contest.candidates.map((candidate) => ({ personId: candidate.personId, withdrawn: candidate.withdrawn })),
      rounds,
      settlements,
      contest.votersPresent,
    ),
  )
  if (!report.ok) refuse(report.problems[0]!, fieldOf(report.problems[0]!.field))
  return report.result
}

export const roundHandlers: PartialHandlers = {
  'round-record': (ctx, input) => {
    const head = getContest(ctx, input.contestId)
    assertOpen(head)
    const contest = contestRecord(ctx, head.electionId, head.id)
    const standing = new Map(contest.candidates.filter((c) => !c.withdrawn).map((c) => [c.personId, c.id]))
    input.votes.forEach((vote, index) => {
      if (!standing.has(vote.personId))
        throw new AppError('VALIDATION', 'errors.notACandidate', {}, `votes.${index}.personId`)
    })
    const round: RoundRecord = {
      number: contest.rounds.length + 1,
      kind: input.kind,
      votes: input.kind === 'votes' ? input.votes : [],
      yes: input.kind === 'yesNo' ? (input.yes ?? 0) : null,
      no: input.kind === 'yesNo' ? (input.no ?? 0) : null,
      blank: input.blank,
      invalid: input.invalid,
      ballotsCast: input.ballotsCast,
    }
    check(contest, [...contest.rounds, round], contest.settlements, (field) =>
      roundField(field, contest.rounds.length, round.votes),
    )
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO rounds (contest_id, number, kind, yes, no, blank, invalid, ballots_cast)
         VALUES (@contestId, @number, @kind, @yes, @no, @blank, @invalid, @ballotsCast)`,
      )
      .run({ contestId: head.id, ...round })
    const insertVote = ctx.db.sqlite.prepare('INSERT INTO round_votes (round_id, candidate_id, votes) VALUES (?, ?, ?)')
    for (const vote of round.votes) insertVote.run(lastInsertRowid, standing.get(vote.personId), vote.votes)
    ctx.db.sqlite.prepare('UPDATE contests SET updated_at = ? WHERE id = ?').run(timestamp(ctx), head.id)
    return loadElection(ctx, head.electionId)
  },

  'round-remove-last': (ctx, { contestId }) => {
    const head = getContest(ctx, contestId)
    assertOpen(head)
    const contest = contestRecord(ctx, head.electionId, head.id)
    const last = contest.rounds.at(-1)
    if (last) {
      ctx.db.sqlite.prepare('DELETE FROM rounds WHERE contest_id = ? AND number = ?').run(contestId, last.number)
      // A settlement of the removed round no longer applies.
      const kept = contest.settlements.filter((settlement) => settlement.roundNumber < last.number)
      ctx.db.sqlite
        .prepare('UPDATE contests SET settlements = ?, updated_at = ? WHERE id = ?')
        .run(kept.length ? JSON.stringify(kept) : null, timestamp(ctx), contestId)
    }
    return loadElection(ctx, head.electionId)
  },

  'contest-settle-tie': (ctx, { contestId, roundNumber, drawnBy, winners }) => {
    const head = getContest(ctx, contestId)
    assertOpen(head)
    const contest = contestRecord(ctx, head.electionId, head.id)
    const settlements: TieSettlement[] = [
      ...contest.settlements.filter((settlement) => settlement.roundNumber !== roundNumber),
      { roundNumber, method: 'lot', drawnBy, winners },
    ]
    check(contest, contest.rounds, settlements)
    ctx.db.sqlite
      .prepare('UPDATE contests SET settlements = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(settlements), timestamp(ctx), contestId)
    return loadElection(ctx, head.electionId)
  },
}
