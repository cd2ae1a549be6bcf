import type { AttendanceEntry, TrainingSession, TrainingSessionDetail } from '../../../shared/api/trainings'
import { AppError, conflict } from '../../../shared/errors'
import { timestamp, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'
import { sortRows } from '../sorting'
import { getTrainingType } from './types'

type SessionRow = Omit<TrainingSession, 'typeNames' | 'online'> & {
  nameNb: string
  nameSv: string
  nameEn: string
  online: number
}

const sessionSelect = `SELECT s.id, s.training_type_id AS trainingTypeId, t.name_nb AS nameNb, t.name_sv AS nameSv,
    t.name_en AS nameEn, s.date, s.place, s.online, s.notes,
    count(a.person_id) FILTER (WHERE a.status = 'registered') AS registered,
    count(a.person_id) FILTER (WHERE a.status = 'attended') AS attended,
    count(a.person_id) FILTER (WHERE a.status = 'no_show') AS noShow
  FROM training_sessions s JOIN training_types t ON t.id = s.training_type_id
    LEFT JOIN attendance a ON a.session_id = s.id`

const toSession = ({ nameNb, nameSv, nameEn, online, ...row }: SessionRow): TrainingSession => ({
  ...row,
  typeNames: { nb: nameNb, sv: nameSv, en: nameEn },
  online: online === 1,
})

export function getSession(ctx: Ctx, id: number, field = 'id'): TrainingSessionDetail {
  const row = ctx.db.sqlite.prepare(`${sessionSelect} WHERE s.id = ? GROUP BY s.id`).get(id) as SessionRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'trainings.errors.sessionNotFound', {}, field)
  const attendance = ctx.db.sqlite
    .prepare(
      `SELECT a.person_id AS personId, p.name AS personName, a.status
       FROM attendance a JOIN people p ON p.id = a.person_id WHERE a.session_id = ?`,
    )
    .all(id) as AttendanceEntry[]
  return { ...toSession(row), attendance: sortRows(attendance, 'personName', 'asc') }
}

/** New sessions only of types still offered; an existing session may keep a type retired since. */
function assertTypeOffered(ctx: Ctx, trainingTypeId: number, currentTypeId: number | null) {
  const type = getTrainingType(ctx, trainingTypeId, 'trainingTypeId')
  if (!type.active && type.id !== currentTypeId) throw conflict('trainings.errors.typeInactive', {}, 'trainingTypeId')
}

export const sessionHandlers: PartialHandlers = {
  'training-session-list': (ctx, input) => {
    const filters = { typeId: input.trainingTypeId ?? null, year: input.year == null ? null : String(input.year) }
    const rows = ctx.db.sqlite
      .prepare(
        `${sessionSelect}
         WHERE (@typeId IS NULL OR s.training_type_id = @typeId) AND (@year IS NULL OR substr(s.date, 1, 4) = @year)
         GROUP BY s.id ORDER BY s.date DESC, s.id DESC`,
      )
      .all(filters) as SessionRow[]
    const years = ctx.db.sqlite
      .prepare('SELECT DISTINCT CAST(substr(date, 1, 4) AS INTEGER) FROM training_sessions ORDER BY 1 DESC')
      .pluck()
      .all() as number[]
    return { rows: rows.map(toSession), years }
  },

  'training-session-get': (ctx, { id }) => getSession(ctx, id),

  'training-session-create': (ctx, fields) => {
    assertTypeOffered(ctx, fields.trainingTypeId, null)
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO training_sessions (training_type_id, date, place, online, notes, created_at, updated_at)
         VALUES (@trainingTypeId, @date, @place, @online, @notes, @now, @now)`,
      )
      .run({ ...fields, online: fields.online ? 1 : 0, now: timestamp(ctx) })
    return getSession(ctx, Number(lastInsertRowid))
  },

  'training-session-update': (ctx, { id, ...fields }) => {
    const session = getSession(ctx, id)
    assertTypeOffered(ctx, fields.trainingTypeId, session.trainingTypeId)
    ctx.db.sqlite
      .prepare(
        `UPDATE training_sessions SET training_type_id = @trainingTypeId, date = @date, place = @place,
           online = @online, notes = @notes, updated_at = @now WHERE id = @id`,
      )
      .run({ ...fields, id, online: fields.online ? 1 : 0, now: timestamp(ctx) })
    return getSession(ctx, id)
  },

  'training-session-delete': (ctx, { id }) => {
    const session = getSession(ctx, id)
    ctx.db.sqlite.prepare('DELETE FROM training_sessions WHERE id = ?').run(id)
    return { id, attendanceRemoved: session.attendance.length }
  },
}
