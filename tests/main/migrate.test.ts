import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { createContext } from '../../main/context'
import { DatabaseOpenError } from '../../main/db/errors'
import { bundledMigrations, latestVersion, migrate, splitStatements, type Migration } from '../../main/db/migrate'
import { applyPragmas, openDatabase } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'

/** A bare connection set up like openDatabase's, before any migration. */
function freshSqlite() {
  const sqlite = new Database(':memory:')
  applyPragmas(sqlite)
  return sqlite
}

const userVersion = (sqlite: Database.Database) => Number(sqlite.pragma('user_version', { simple: true }))
const tables = (sqlite: Database.Database) =>
  sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[]
const count = (sqlite: Database.Database, table: string) =>
  Number(sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get())

function migrationError(run: () => unknown): DatabaseOpenError {
  try {
    run()
  } catch (error) {
    if (error instanceof DatabaseOpenError) return error
    throw error
  }
  throw new Error('the migration should have failed')
}

const v1: Migration = {
  version: 1,
  tag: '0000_parent_child',
  statements: [
    'CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL)',
    'CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id) ON DELETE CASCADE, note TEXT)',
  ],
}

/** How drizzle-kit rebuilds a table it cannot ALTER: the PRAGMAs sit inside the migration. */
const v2RebuildParent: Migration = {
  version: 2,
  tag: '0001_rebuild_parent',
  statements: splitStatements(`PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE \`__new_parent\` (\`id\` integer PRIMARY KEY NOT NULL, \`name\` text NOT NULL, \`town\` text);
--> statement-breakpoint
INSERT INTO \`__new_parent\`("id", "name") SELECT "id", "name" FROM \`parent\`;--> statement-breakpoint
DROP TABLE \`parent\`;--> statement-breakpoint
ALTER TABLE \`__new_parent\` RENAME TO \`parent\`;--> statement-breakpoint
PRAGMA foreign_keys=ON;`),
}

function withParentAndChildren() {
  const sqlite = freshSqlite()
  migrate(sqlite, [v1])
  sqlite.exec("INSERT INTO parent (id, name) VALUES (1, 'Tromsø'), (2, 'Bergen')")
  sqlite.exec("INSERT INTO child (parent_id, note) VALUES (1, 'a'), (1, 'b'), (2, 'c')")
  return sqlite
}

describe('migrate with the bundled migrations', () => {
  it('applies every migration in order from an empty file and records the version', () => {
    const sqlite = freshSqlite()
    expect(migrate(sqlite)).toBe(bundledMigrations.length)
    expect(userVersion(sqlite)).toBe(bundledMigrations.length)
    expect(latestVersion()).toBe(bundledMigrations.length)
    expect(bundledMigrations.map((m) => m.version)).toEqual(bundledMigrations.map((_, i) => i + 1))
    expect(tables(sqlite)).toEqual(expect.arrayContaining(['groups', 'memberships', 'people', 'settings']))
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('does nothing when run again', () => {
    const sqlite = freshSqlite()
    migrate(sqlite)
    sqlite.exec("INSERT INTO people (name) VALUES ('Kari')")
    const schema = sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()
    expect(migrate(sqlite)).toBe(0)
    expect(userVersion(sqlite)).toBe(latestVersion())
    expect(sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(schema)
    expect(count(sqlite, 'people')).toBe(1)
  })

  // Signal's pattern: migrate to N-1, put rows in, migrate to N. Built from the list so it grows with it.
  it.each(bundledMigrations.map((m) => [m.version, m.tag] as const))(
    'migrates to version %i (%s) from the version before it with rows in every table, keeping them',
    (version) => {
      const sqlite = freshSqlite()
      migrate(sqlite, bundledMigrations.slice(0, version - 1))
      const seeded = seedEveryTable(sqlite)
      migrate(sqlite, bundledMigrations.slice(0, version))
      expect(userVersion(sqlite)).toBe(version)
      expectRowsKept(sqlite, seeded)
    },
  )

  it.each(bundledMigrations.map((m) => [m.version - 1] as const))(
    'migrates from version %i with rows in it all the way to the latest',
    (start) => {
      const sqlite = freshSqlite()
      migrate(sqlite, bundledMigrations.slice(0, start))
      const seeded = seedEveryTable(sqlite)
      migrate(sqlite)
      expect(userVersion(sqlite)).toBe(latestVersion())
      expectRowsKept(sqlite, seeded)
    },
  )

  it('seeds a row into every table of the latest schema, as the step tests above rely on', () => {
    const sqlite = freshSqlite()
    migrate(sqlite)
    const seeded = seedEveryTable(sqlite)
    expect([...seeded.values()].every((rows) => rows === 1)).toBe(true)
    expect(seeded.size).toBe(tables(sqlite).length)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
  })

  it('keeps memberships when a later migration rebuilds the people table they cascade from', () => {
    const db = openDatabase(':memory:')
    const dispatch = createDispatcher(createContext(db), handlers)
    const person = dispatch('person-create', { name: 'Åse Ødegård', email: 'ase@example.no' })
    const group = dispatch('group-create', { name: 'Ås' })
    if (!person.ok || !group.ok) throw new Error('setup failed')
    const personId = (person.value as { id: number }).id
    const groupId = (group.value as { id: number }).id
    expect(dispatch('membership-create', { personId, groupId, from: '2024-01-01' }).ok).toBe(true)

    const next = latestVersion() + 1
    const rebuildPeople: Migration = {
      version: next,
      tag: `${String(next).padStart(4, '0')}_people_pronouns`,
      statements: [
        'PRAGMA foreign_keys=OFF;',
        `CREATE TABLE __new_people (id integer PRIMARY KEY AUTOINCREMENT NOT NULL, name text NOT NULL, email text,
           phone text, notes text, pronouns text,
           created_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
           updated_at text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL);`,
        `INSERT INTO __new_people (id, name, email, phone, notes, created_at, updated_at)
           SELECT id, name, email, phone, notes, created_at, updated_at FROM people;`,
        'DROP TABLE people;',
        'ALTER TABLE __new_people RENAME TO people;',
        'PRAGMA foreign_keys=ON;',
      ],
    }
    expect(migrate(db.sqlite, [...bundledMigrations, rebuildPeople])).toBe(1)
    expect(dispatch('membership-list', { personId })).toMatchObject({
      ok: true,
      value: [{ personName: 'Åse Ødegård', groupName: 'Ås', from: '2024-01-01' }],
    })
    expect(db.sqlite.pragma('foreign_key_check')).toEqual([])
  })
})

describe('migrate and the cascade trap of table rebuilds', () => {
  it('keeps child rows when a migration rebuilds their parent table, and switches foreign keys back on', () => {
    const sqlite = withParentAndChildren()
    expect(migrate(sqlite, [v1, v2RebuildParent])).toBe(1)
    expect(userVersion(sqlite)).toBe(2)
    expect(sqlite.prepare('SELECT parent_id, note FROM child ORDER BY id').all()).toEqual([
      { parent_id: 1, note: 'a' },
      { parent_id: 1, note: 'b' },
      { parent_id: 2, note: 'c' },
    ])
    expect(sqlite.prepare('SELECT id, name, town FROM parent ORDER BY id').all()).toEqual([
      { id: 1, name: 'Tromsø', town: null },
      { id: 2, name: 'Bergen', town: null },
    ])
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    // The rebuilt parent still cascades: the constraint survived the rename.
    sqlite.exec('DELETE FROM parent WHERE id = 1')
    expect(count(sqlite, 'child')).toBe(1)
  })

  it('is a real trap: the same statements in one transaction with foreign keys on lose the child rows', () => {
    const sqlite = withParentAndChildren()
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.transaction(() => {
      for (const statement of v2RebuildParent.statements) sqlite.exec(statement)
    })()
    expect(count(sqlite, 'parent')).toBe(2)
    expect(count(sqlite, 'child')).toBe(0)
  })
})

describe('migrate when a migration fails', () => {
  it('rolls back a migration that leaves a dangling foreign key, whole, as DB_MIGRATION_FAILED', () => {
    const sqlite = withParentAndChildren()
    const dangling: Migration = {
      version: 2,
      tag: '0001_dangling',
      statements: [
        'CREATE TABLE extra (id INTEGER PRIMARY KEY)',
        'ALTER TABLE parent ADD COLUMN town TEXT',
        "INSERT INTO child (parent_id, note) VALUES (999, 'orphan')",
      ],
    }
    const error = migrationError(() => migrate(sqlite, [v1, dangling]))
    expect(error.problem).toBe('DB_MIGRATION_FAILED')
    expect(error.params).toMatchObject({ version: 2 })
    expect(userVersion(sqlite)).toBe(1)
    expect(tables(sqlite)).toEqual(['child', 'parent'])
    expect(sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('parent')).toEqual(['id', 'name'])
    expect(count(sqlite, 'child')).toBe(3)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('rolls back a migration whose SQL fails halfway, whole, as DB_MIGRATION_FAILED', () => {
    const sqlite = withParentAndChildren()
    const broken: Migration = {
      version: 2,
      tag: '0001_broken',
      statements: [
        'CREATE TABLE extra (id INTEGER PRIMARY KEY)',
        "UPDATE parent SET name = 'renamed'",
        'INSERT INTO no_such_table VALUES (1)',
      ],
    }
    const error = migrationError(() => migrate(sqlite, [v1, broken]))
    expect(error.problem).toBe('DB_MIGRATION_FAILED')
    expect(error.cause).toBeInstanceOf(Error)
    expect(userVersion(sqlite)).toBe(1)
    expect(tables(sqlite)).toEqual(['child', 'parent'])
    expect(sqlite.prepare('SELECT name FROM parent ORDER BY id').pluck().all()).toEqual(['Tromsø', 'Bergen'])
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  // BUG (fails today): when several migrations are pending, the catch in migrate() reports
  // `version: current + 1` (the first pending one), not the migration that failed. Suggested fix:
  // remember the migration being applied in the loop and report its version.
  it('names the migration that failed, keeping the ones before it applied', () => {
    const sqlite = freshSqlite()
    const broken: Migration = { version: 2, tag: '0001_broken', statements: ['INSERT INTO no_such_table VALUES (1)'] }
    const error = migrationError(() => migrate(sqlite, [v1, broken]))
    expect(userVersion(sqlite)).toBe(1)
    expect(tables(sqlite)).toEqual(['child', 'parent'])
    expect(error.params).toMatchObject({ version: 2 })
  })

  it('refuses a file newer than the list as DB_TOO_NEW without changing it', () => {
    const sqlite = withParentAndChildren()
    sqlite.pragma('user_version = 5')
    const error = migrationError(() => migrate(sqlite, [v1, v2RebuildParent]))
    expect(error.problem).toBe('DB_TOO_NEW')
    expect(error.params).toEqual({ fileVersion: 5, appVersion: 2 })
    expect(userVersion(sqlite)).toBe(5)
    expect(sqlite.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('parent')).toEqual(['id', 'name'])
  })
})

/**
 * Puts one row into every table whatever the schema version: parents before children, foreign keys
 * pointing at real rows, required columns filled, everything with a default left to it.
 */
function seedEveryTable(sqlite: Database.Database): Map<string, number> {
  type Column = { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }
  type ForeignKey = { table: string; from: string; to: string | null }
  const done = new Set<string>()
  const seed = (table: string) => {
    if (done.has(table)) return
    done.add(table)
    const foreignKeys = sqlite.pragma(`foreign_key_list("${table}")`) as ForeignKey[]
    for (const fk of foreignKeys) if (fk.table !== table) seed(fk.table)
    const values: Record<string, unknown> = {}
    for (const column of sqlite.pragma(`table_info("${table}")`) as Column[]) {
      const fk = foreignKeys.find((key) => key.from === column.name)
      if (fk)
        values[column.name] = sqlite
          .prepare(`SELECT "${fk.to ?? 'rowid'}" FROM "${fk.table}"`)
          .pluck()
          .get()
      else if (!column.pk && column.notnull && column.dflt_value === null)
        values[column.name] = /INT|REAL|NUM/i.test(column.type) ? 1 : '2024-01-01'
    }
    const names = Object.keys(values)
    const sql = names.length
      ? `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
      : `INSERT INTO "${table}" DEFAULT VALUES`
    sqlite.prepare(sql).run(...Object.values(values))
  }
  for (const table of tables(sqlite)) seed(table)
  return new Map(tables(sqlite).map((table) => [table, count(sqlite, table)]))
}

function expectRowsKept(sqlite: Database.Database, seeded: Map<string, number>) {
  const present = new Set(tables(sqlite))
  for (const [table, rows] of seeded)
    if (present.has(table)) expect([table, count(sqlite, table)]).toEqual([table, rows])
  expect(sqlite.pragma('foreign_key_check')).toEqual([])
  expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
  expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
}
