import { AppError } from '../../../shared/errors'
import { timestamp } from '../../context'
import type { PartialHandlers } from '../registry'
import { getSession } from './sessions'

export const attendanceHandlers: PartialHandlers = {
  'attendance-set': (ctx, { sessionId, entries }) => {
    getSession(ctx, sessionId, 'sessionId')
    const seen = new Set<number>()
    entries.forEach(({ personId }, index) => {
      if (seen.has(personId))
        throw new AppError('VALIDATION', 'trainings.errors.duplicatePerson', {}, `entries.${index}.personId`)
      seen.add(personId)
    })
    // One query for all the people, not one per entry.
    const known = new Set(
      ctx.db.sqlite
        .prepare('SELECT id FROM people WHERE id IN (SELECT value FROM json_each(?))')
        .pluck()
        .all(JSON.stringify([...seen])) as number[],
    )
    const unknown = entries.findIndex(({ personId }) => !known.has(personId))
    if (unknown >= 0) throw new AppError('NOT_FOUND', 'errors.notFound.person', {}, `entries.${unknown}.personId`)

    const upsert = ctx.db.sqlite.prepare(
      `INSERT INTO attendance (session_id, person_id, status) VALUES (?, ?, ?)
       ON CONFLICT (session_id, person_id) DO UPDATE SET status = excluded.status`,
    )
    for (const { personId, status } of entries) upsert.run(sessionId, personId, status)
    ctx.db.sqlite.prepare('UPDATE training_sessions SET updated_at = ? WHERE id = ?').run(timestamp(ctx), sessionId)
    return getSession(ctx, sessionId)
  },

  'attendance-remove': (ctx, { sessionId, personId }) => {
    getSession(ctx, sessionId, 'sessionId')
    const { changes } = ctx.db.sqlite
      .prepare('DELETE FROM attendance WHERE session_id = ? AND person_id = ?')
      .run(sessionId, personId)
    if (changes === 0) throw new AppError('NOT_FOUND', 'trainings.errors.attendanceNotFound', {}, 'personId')
    ctx.db.sqlite.prepare('UPDATE training_sessions SET updated_at = ? WHERE id = ?').run(timestamp(ctx), sessionId)
    return getSession(ctx, sessionId)
  },
}
