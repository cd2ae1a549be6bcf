import type Database from 'better-sqlite3'
import type { OrgPreset } from '../../shared/api/settings'
import { rolePresets } from '../../shared/roles/presets'

/** Rows every record needs: the settings row and, on first open, the preset role catalogue. */
export function ensureDefaults(sqlite: Database.Database) {
  sqlite.transaction(() => {
    sqlite.prepare('INSERT OR IGNORE INTO settings (id) VALUES (1)').run()
    const { n } = sqlite.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }
    if (n > 0) return
    const { preset } = sqlite.prepare('SELECT org_preset AS preset FROM settings WHERE id = 1').get() as {
      preset: OrgPreset
    }
    insertPresetRoles(sqlite, preset)
  })()
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
