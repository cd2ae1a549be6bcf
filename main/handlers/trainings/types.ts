import type { Names, TrainingType } from '../../../shared/api/trainings'
import { AppError, conflict } from '../../../shared/errors'
import { fold } from '../../../shared/text'
import { timestamp, type Ctx } from '../../context'
import type { PartialHandlers } from '../registry'

type TypeRow = {
  id: number
  key: string
  nameNb: string
  nameSv: string
  nameEn: string
  validityMonths: number | null
  active: number
  sessionCount: number
}

const typeColumns = `t.id, t.key, t.name_nb AS nameNb, t.name_sv AS nameSv, t.name_en AS nameEn,
  t.validity_months AS validityMonths, t.active,
  (SELECT count(*) FROM training_sessions s WHERE s.training_type_id = t.id) AS sessionCount
  FROM training_types t`

function withRequirements(ctx: Ctx, rows: TypeRow[]): TrainingType[] {
  const requirements = ctx.db.sqlite
    .prepare(
      `SELECT q.training_type_id AS typeId, q.role_id AS roleId, q.within_months AS withinMonths
       FROM role_required_trainings q JOIN roles r ON r.id = q.role_id ORDER BY r.election_order, r.id`,
    )
    .all() as { typeId: number; roleId: number; withinMonths: number }[]
  return rows.map(({ nameNb, nameSv, nameEn, active, ...row }) => ({
    ...row,
    names: { nb: nameNb, sv: nameSv, en: nameEn },
    active: active === 1,
    requirements: requirements
      .filter((requirement) => requirement.typeId === row.id)
      .map(({ roleId, withinMonths }) => ({ roleId, withinMonths })),
  }))
}

export function listTrainingTypes(ctx: Ctx, includeInactive = true): TrainingType[] {
  const rows = ctx.db.sqlite
    .prepare(`SELECT ${typeColumns} WHERE t.active = 1 OR @includeInactive ORDER BY t.active DESC, t.id`)
    .all({ includeInactive: includeInactive ? 1 : 0 }) as TypeRow[]
  return withRequirements(ctx, rows)
}

export function getTrainingType(ctx: Ctx, id: number, field = 'id'): TrainingType {
  const row = ctx.db.sqlite.prepare(`SELECT ${typeColumns} WHERE t.id = ?`).get(id) as TypeRow | undefined
  if (!row) throw new AppError('NOT_FOUND', 'trainings.errors.typeNotFound', {}, field)
  return withRequirements(ctx, [row])[0]!
}

/** Two types with the same name in one language would be told apart by nobody. */
function assertNamesFree(ctx: Ctx, names: Names, exceptId: number | null) {
  for (const language of ['nb', 'sv', 'en'] as const) {
    const clash = ctx.db.sqlite
      .prepare(`SELECT 1 FROM training_types WHERE fold(name_${language}) = fold(?) AND id IS NOT ?`)
      .get(names[language], exceptId)
    if (clash) throw conflict('trainings.errors.nameTaken', { name: names[language] }, `names.${language}`)
  }
}

/** A readable, stable key for the region's own types: 'custom-' and the English name. */
function newKey(ctx: Ctx, names: Names) {
  const slug =
    fold(names.en)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'training'
  const taken = ctx.db.sqlite.prepare('SELECT 1 FROM training_types WHERE key = ?')
  let key = `custom-${slug}`
  for (let n = 2; taken.get(key); n += 1) key = `custom-${slug}-${n}`
  return key
}

export const trainingTypeHandlers: PartialHandlers = {
  'training-type-list': (ctx, input) => listTrainingTypes(ctx, input?.includeInactive ?? true),

  'training-type-create': (ctx, { names, validityMonths }) => {
    assertNamesFree(ctx, names, null)
    const { lastInsertRowid } = ctx.db.sqlite
      .prepare(
        `INSERT INTO training_types (key, name_nb, name_sv, name_en, validity_months, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newKey(ctx, names), names.nb, names.sv, names.en, validityMonths, timestamp(ctx), timestamp(ctx))
    return getTrainingType(ctx, Number(lastInsertRowid))
  },

  'training-type-update': (ctx, { id, names, validityMonths, active }) => {
    getTrainingType(ctx, id)
    assertNamesFree(ctx, names, id)
    ctx.db.sqlite
      .prepare(
        `UPDATE training_types SET name_nb = ?, name_sv = ?, name_en = ?, validity_months = ?, active = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(names.nb, names.sv, names.en, validityMonths, active ? 1 : 0, timestamp(ctx), id)
    return getTrainingType(ctx, id)
  },

  'role-training-requirement-set': (ctx, { roleId, trainingTypeId, withinMonths }) => {
    const type = getTrainingType(ctx, trainingTypeId, 'trainingTypeId')
    if (!ctx.db.sqlite.prepare('SELECT 1 FROM roles WHERE id = ?').get(roleId))
      throw new AppError('NOT_FOUND', 'errors.notFound.role', {}, 'roleId')
    if (withinMonths === null) {
      ctx.db.sqlite
        .prepare('DELETE FROM role_required_trainings WHERE role_id = ? AND training_type_id = ?')
        .run(roleId, trainingTypeId)
    } else {
      // A retired type may keep its old requirements, but gets no new ones.
      const exists = type.requirements.some((requirement) => requirement.roleId === roleId)
      if (!type.active && !exists) throw conflict('trainings.errors.typeInactive', {}, 'trainingTypeId')
      ctx.db.sqlite
        .prepare(
          `INSERT INTO role_required_trainings (role_id, training_type_id, within_months) VALUES (?, ?, ?)
           ON CONFLICT (role_id, training_type_id) DO UPDATE SET within_months = excluded.within_months`,
        )
        .run(roleId, trainingTypeId, withinMonths)
    }
    return getTrainingType(ctx, trainingTypeId)
  },
}
