import { addDays } from '../../../shared/dates'
import { isHeld } from '../../../shared/elections/lifecycle'
import { conflict } from '../../../shared/errors'
import { timestamp } from '../../context'
import type { PartialHandlers } from '../registry'
import { copyChecklist } from '../roles/checklist'
import { assertOpen, getContest } from './contests'
import { getElectionRow, loadElection } from './detail'

/** Days the old and the new holder get for the competence transfer. */
export const handoverDays = 30

/** What confirming changed, kept on the contest so that reopening restores exactly this. */
export type ContestEffects = {
  endedTerms: { id: number; to: string | null; endReason: string | null; updatedAt: string }[]
  createdTerms: number[]
  createdHandovers: number[]
}

export const confirmHandlers: PartialHandlers = {
  'contest-confirm': (ctx, { id }) => {
    const head = getContest(ctx, id)
    assertOpen(head)
    const election = getElectionRow(ctx, head.electionId)
    if (!isHeld(election.state) || !election.heldOn) throw conflict('errors.notHeldYet', {}, 'state')
    const contest = loadElection(ctx, head.electionId).contests.find((candidate) => candidate.id === id)!
    const outcome = contest.result?.outcome
    if (!outcome || !['elected', 'acclaimed', 'vacant'].includes(outcome.kind))
      throw conflict('errors.contestUndecided')

    const date = election.heldOn
    const elected = outcome.elected
    const current = ctx.db.sqlite
      .prepare(
        `SELECT id, person_id AS personId, to_date AS "to", end_reason AS endReason, updated_at AS updatedAt FROM role_terms
         WHERE group_id = ? AND role_id = ? AND from_date <= ? AND (to_date IS NULL OR to_date > ?) ORDER BY from_date, id`,
      )
      .all(election.groupId, contest.roleId, date, date) as (ContestEffects['endedTerms'][number] & {
      personId: number
    })[]

    const effects: ContestEffects = { endedTerms: [], createdTerms: [], createdHandovers: [] }
    const leaving = current.filter((term) => !elected.includes(term.personId))
    const arriving = elected.filter((personId) => !current.some((term) => term.personId === personId))
    const endTerm = ctx.db.sqlite.prepare(
      'UPDATE role_terms SET to_date = ?, end_reason = ?, updated_at = ? WHERE id = ?',
    )
    for (const term of leaving) {
      effects.endedTerms.push({ id: term.id, to: term.to, endReason: term.endReason, updatedAt: term.updatedAt })
      endTerm.run(date, arriving.length > 0 ? 'successor' : 'not_reelected', timestamp(ctx), term.id)
    }
    const startTerm = ctx.db.sqlite.prepare(
      `INSERT INTO role_terms (group_id, role_id, person_id, from_date, source_contest_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const personId of arriving)
      effects.createdTerms.push(
        Number(
          startTerm.run(election.groupId, contest.roleId, personId, date, id, timestamp(ctx), timestamp(ctx))
            .lastInsertRowid,
        ),
      )

    const holders = ctx.db.sqlite
      .prepare(
        `SELECT count(*) AS n FROM role_terms WHERE group_id = ? AND role_id = ? AND (to_date IS NULL OR to_date > ?)`,
      )
      .get(election.groupId, contest.roleId, date) as { n: number }
    if (holders.n > contest.seats) throw conflict('errors.tooManyHolders', { seats: contest.seats })

    // A changed holder hands over: each newcomer is paired with a leaver in order. A seat with no
    // recorded holder before has nobody to hand over from, so it gets no handover.
    const openHandover = ctx.db.sqlite.prepare(
      `INSERT INTO handovers (group_id, role_id, from_person_id, to_person_id, due_on, source_contest_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    arriving.forEach((personId, index) => {
      const from = leaving[index]?.personId
      if (from === undefined) return
      const due = addDays(date, handoverDays)
      const { lastInsertRowid } = openHandover.run(
        election.groupId,
        contest.roleId,
        from,
        personId,
        due,
        id,
        timestamp(ctx),
        timestamp(ctx),
      )
      effects.createdHandovers.push(Number(lastInsertRowid))
      // Its items go with the handover on reopening, so the effects need not list them.
      copyChecklist(ctx, Number(lastInsertRowid), contest.roleId)
    })

    ctx.db.sqlite
      .prepare("UPDATE contests SET status = 'confirmed', effects = ?, confirmed_at = ?, updated_at = ? WHERE id = ?")
      .run(JSON.stringify(effects), timestamp(ctx), timestamp(ctx), id)
    return loadElection(ctx, head.electionId)
  },

  'contest-reopen': (ctx, { id }) => {
    const head = getContest(ctx, id)
    if (head.status !== 'confirmed') throw conflict('errors.contestNotConfirmed')
    const { effects } = ctx.db.sqlite.prepare('SELECT effects FROM contests WHERE id = ?').get(id) as {
      effects: string
    }
    const { endedTerms, createdTerms, createdHandovers } = JSON.parse(effects) as ContestEffects
    const started = createdHandovers.length
      ? (ctx.db.sqlite
          .prepare(
            `SELECT count(*) AS n FROM handovers h WHERE h.id IN (${createdHandovers.join(',')})
               AND (h.status != 'open' OR EXISTS (SELECT 1 FROM handover_items i WHERE i.handover_id = h.id AND i.done_on IS NOT NULL))`,
          )
          .get() as { n: number })
      : { n: 0 }
    // Work already done on a handover (a status moved or an item ticked) would be lost silently; the leader must undo it first.
    if (started.n > 0) throw conflict('errors.handoverStarted')
    const removeItems = ctx.db.sqlite.prepare('DELETE FROM handover_items WHERE handover_id = ?')
    const removeHandover = ctx.db.sqlite.prepare('DELETE FROM handovers WHERE id = ?')
    createdHandovers.forEach((handoverId) => {
      removeItems.run(handoverId)
      removeHandover.run(handoverId)
    })
    const removeTerm = ctx.db.sqlite.prepare('DELETE FROM role_terms WHERE id = ?')
    createdTerms.forEach((termId) => removeTerm.run(termId))
    const restore = ctx.db.sqlite.prepare(
      'UPDATE role_terms SET to_date = ?, end_reason = ?, updated_at = ? WHERE id = ?',
    )
    endedTerms.forEach((term) => restore.run(term.to, term.endReason, term.updatedAt, term.id))
    ctx.db.sqlite
      .prepare("UPDATE contests SET status = 'open', effects = NULL, confirmed_at = NULL, updated_at = ? WHERE id = ?")
      .run(timestamp(ctx), id)
    return loadElection(ctx, head.electionId)
  },
}
