import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'
import { bundledMigrations } from '../../main/db/migrate'
import { openDatabase } from '../../main/db/open'
import { nationalSize, planNation, tableOrder, type Catalogue, type Row } from './national-plan'

/**
 * A whole country in one SQLite file, for the benchmarks: 1,000 groups, 30,000 people and ten
 * seasons of history (see national-plan.ts). Built once into bench-results/ (git-ignored) and
 * reused until the migrations, the generator or the year change.
 */

/** Bump when the plan changes, so a stale cached file is rebuilt. */
export const nationalGeneratorVersion = 1
/** The current year and the nine before it; the current season is seen in mid-May, mid-window. */
export const nationalSeason = new Date().getFullYear()
export const nationalToday = `${nationalSeason}-05-15`

export type NationalInfo = {
  generator: number
  migrations: number
  season: number
  buildMs: number
  bytes: number
  rows: Record<string, number>
}

const folder = path.resolve(__dirname, '../../bench-results')
const file = path.join(folder, 'national.sqlite')
const infoFile = path.join(folder, 'national.json')

export function nationalDatabase(): string {
  const info = readInfo()
  if (
    fs.existsSync(file) &&
    info?.generator === nationalGeneratorVersion &&
    info.migrations === bundledMigrations.length &&
    info.season === nationalSeason
  )
    return file
  build()
  return file
}

/** How the cached file was built: time, size and rows per table. */
export function nationalInfo(): NationalInfo {
  nationalDatabase()
  return readInfo()!
}

function readInfo(): NationalInfo | null {
  try {
    return JSON.parse(fs.readFileSync(infoFile, 'utf8')) as NationalInfo
  } catch {
    return null
  }
}

function build() {
  const started = performance.now()
  const building = `${file}.building`
  for (const stale of [file, building].flatMap((name) => [name, `${name}-wal`, `${name}-shm`]))
    fs.rmSync(stale, { force: true })
  fs.rmSync(infoFile, { force: true })
  const db = openDatabase(building)
  // A half-built file is never used (it is renamed only when done), so no fsync per transaction.
  db.sqlite.pragma('synchronous = OFF')
  dropTempTriggers(db.sqlite)
  const plan = planNation(nationalSeason, nationalToday, readCatalogue(db.sqlite))
  db.sqlite.prepare("UPDATE settings SET region_name = 'Hele landet (syntetisk)', language = 'nb' WHERE id = 1").run()
  for (const table of tableOrder) insertAll(db.sqlite, table, plan[table])
  const problems = db.sqlite.pragma('foreign_key_check') as unknown[]
  if (problems.length > 0) throw new Error(`national database: ${problems.length} foreign key problems`)
  // No ANALYZE: the app never runs it, so real files have no sqlite_stat1 and plan as this one does.
  db.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  db.sqlite.close()
  fs.renameSync(building, file)
  const rows = Object.fromEntries(tableOrder.map((table) => [table, plan[table].length]))
  const info: NationalInfo = {
    generator: nationalGeneratorVersion,
    migrations: bundledMigrations.length,
    season: nationalSeason,
    buildMs: Math.round(performance.now() - started),
    bytes: fs.statSync(file).size,
    rows,
  }
  fs.writeFileSync(infoFile, JSON.stringify(info, null, 2))
  if (rows.groups !== nationalSize.groups || rows.people !== nationalSize.people)
    throw new Error('national database: wrong number of groups or people')
}

/**
 * The app's connection may log every write through TEMP triggers (the change history). Ten years
 * planned in one go are not changes anyone made, and logging them would triple the build; the
 * triggers live only in this connection, so the file is unaffected.
 */
export function dropTempTriggers(sqlite: Database.Database) {
  const names = sqlite.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'").pluck().all() as string[]
  for (const name of names) sqlite.exec(`DROP TRIGGER temp."${name.replaceAll('"', '""')}"`)
}

/** One prepared INSERT per table, all its rows in one transaction. */
function insertAll(sqlite: Database.Database, table: string, rows: Row[]) {
  if (rows.length === 0) return
  const columns = Object.keys(rows[0]!)
  const insert = sqlite.prepare(
    `INSERT INTO ${table} (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`,
  )
  sqlite.transaction(() => {
    for (const row of rows) insert.run(row)
  })()
}

function readCatalogue(sqlite: Database.Database): Catalogue {
  const settings = sqlite
    .prepare('SELECT counting_rule AS rule, counting_base AS base, counting_further AS further FROM settings')
    .get() as Catalogue['counting']
  return {
    roles: sqlite
      .prepare(
        "SELECT id, key, requirement FROM roles WHERE selection = 'elected' AND active = 1 ORDER BY election_order",
      )
      .all() as Catalogue['roles'],
    required: sqlite
      .prepare(
        'SELECT role_id AS roleId, training_type_id AS trainingTypeId, within_months AS withinMonths FROM role_required_trainings',
      )
      .all() as Catalogue['required'],
    trainingTypes: sqlite
      .prepare('SELECT id, validity_months AS validityMonths FROM training_types WHERE active = 1 ORDER BY id')
      .all() as Catalogue['trainingTypes'],
    checklist: sqlite
      .prepare('SELECT label FROM handover_template_items WHERE role_id IS NULL ORDER BY position, id')
      .pluck()
      .all() as string[],
    counting: settings,
  }
}
