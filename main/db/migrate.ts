import type Database from 'better-sqlite3'
import journal from './migrations/meta/_journal.json'
import { DatabaseOpenError } from './errors'
import { dropHistoryTriggers } from '../history/triggers'

export type Migration = { version: number; tag: string; statements: string[] }

const sqlFiles = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>

/** drizzle-kit's generated migrations, bundled into the build so no folder has to be found at run time. */
export const bundledMigrations: Migration[] = journal.entries.map((entry, index) => {
  const text = sqlFiles[`./migrations/${entry.tag}.sql`]
  if (text === undefined) throw new Error(`Migration file missing for ${entry.tag}`)
  return { version: index + 1, tag: entry.tag, statements: splitStatements(text) }
})

export const latestVersion = (migrations: Migration[] = bundledMigrations) => migrations.length

export function splitStatements(text: string): string[] {
  return text
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean)
}

/**
 * Applies pending migrations, one transaction each, tracked in PRAGMA user_version.
 *
 * Why not drizzle's own migrator: drizzle-kit's table rebuilds put `PRAGMA foreign_keys=OFF`
 * inside the migration transaction, where SQLite ignores it, so DROP TABLE cascades and wipes
 * child rows. Foreign keys are switched off here before the transaction starts, and
 * `foreign_key_check` must be clean before each migration commits. A file whose version is
 * newer than this code is refused, never touched.
 */
export function migrate(sqlite: Database.Database, migrations: Migration[] = bundledMigrations): number {
  const current = Number(sqlite.pragma('user_version', { simple: true }))
  const latest = latestVersion(migrations)
  if (current > latest) throw new DatabaseOpenError('DB_TOO_NEW', { fileVersion: current, appVersion: latest })
  if (current === latest) return 0

  // This connection's history triggers name tables a rebuild briefly drops; openDatabase reinstalls them.
  dropHistoryTriggers(sqlite)
  sqlite.pragma('foreign_keys = OFF')
  let applying = current + 1
  try {
    for (const migration of migrations.slice(current)) {
      applying = migration.version
      sqlite.transaction(() => {
        for (const statement of migration.statements) sqlite.exec(statement)
        const problems = sqlite.pragma('foreign_key_check') as unknown[]
        if (problems.length > 0)
          throw new DatabaseOpenError('DB_MIGRATION_FAILED', { version: migration.version, problems: problems.length })
        sqlite.pragma(`user_version = ${migration.version}`)
      })()
    }
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw error
    throw new DatabaseOpenError('DB_MIGRATION_FAILED', { version: applying }, error)
  } finally {
    sqlite.pragma('foreign_keys = ON')
  }
  return latest - current
}
