import type Database from 'better-sqlite3'
import type { OrgPreset } from '../../shared/api/settings'
import { rolePresets } from '../../shared/roles/presets'
import { handoverChecklistPresets, presetLanguage, trainingTypePresets } from '../../shared/stewardship/presets'

const count = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/**
 * Rows every record needs, added on first open (and to older files when their tables appear): the
 * settings row, the preset role catalogue, training types with the roles that require them, and
 * the default handover checklist.
 */
export function ensureDefaults(sqlite: Database.Database) {
  sqlite.transaction(() => {
    sqlite.prepare('INSERT OR IGNORE INTO settings (id) VALUES (1)').run()
    const { preset } = sqlite.prepare('SELECT org_preset AS preset FROM settings WHERE id = 1').get() as {
      preset: OrgPreset
    }
    if (count(sqlite, 'roles') === 0) insertPresetRoles(sqlite, preset)
    if (count(sqlite, 'training_types') === 0) insertPresetTrainings(sqlite)
    if (count(sqlite, 'handover_template_items') === 0) insertPresetChecklist(sqlite, preset)
  })()
}

export function insertPresetTrainings(sqlite: Database.Database) {
  const insertType = sqlite.prepare(
    'INSERT INTO training_types (key, name_nb, name_sv, name_en, validity_months) VALUES (@key, @nb, @sv, @en, @validity)',
  )
  const require = sqlite.prepare(
    `INSERT OR IGNORE INTO role_required_trainings (role_id, training_type_id, within_months)
     SELECT id, @typeId, @withinMonths FROM roles WHERE key = @role`,
  )
  for (const training of trainingTypePresets) {
    const typeId = insertType.run({
      key: training.key,
      ...training.names,
      validity: training.validityMonths,
    }).lastInsertRowid
    for (const requirement of training.requiredFor) require.run({ typeId, ...requirement })
  }
}

export function insertPresetChecklist(sqlite: Database.Database, preset: OrgPreset) {
  const insert = sqlite.prepare('INSERT INTO handover_template_items (role_id, position, label) VALUES (NULL, ?, ?)')
  handoverChecklistPresets[presetLanguage[preset]].forEach((label, index) => insert.run(index + 1, label))
}

export function insertPresetRoles(sqlite: Database.Database, preset: OrgPreset) {
  const insert = sqlite.prepare(
    `INSERT INTO roles (key, name_nb, name_sv, name_en, requirement, selection, election_order, seats, combinable)
     VALUES (@key, @nb, @sv, @en, @requirement, @selection, @order, 1, @combinable)`,
  )
  rolePresets[preset].forEach((role, index) =>
    insert.run({
      key: role.key,
      ...role.names,
      requirement: role.requirement,
      selection: role.selection,
      order: index + 1,
      combinable: role.combinable ? 1 : 0,
    }),
  )
}
