import Database from 'better-sqlite3'
import type { DashboardTiles } from '../../shared/api/dashboard'
import { addDays } from '../../shared/dates'
import { copyNational, openBenchDb, removeCopy } from './bench-db'
import { dashboardExperiments } from './dashboard-experiments'
import { gridFloorSql, groupSearchFloorSql, personSearchFloorSql, tilesFloorSql } from './dashboard-floors'
import { ms, writePlans } from './experiment-tools'
import { listExperiments } from './list-experiments'
import { measure, measureAgainst, median, ratioRow, time, type BenchRow } from './measure'
import { dropTempTriggers, nationalInfo, nationalSeason, nationalToday } from './national'

/**
 * The season dashboard and the list pages on a whole country (national.ts), each against the
 * least SQL that yields the same figures. Not a timed test: the caller prints or records the rows.
 */
const options = { warmUps: 3, runs: 21 }
const startGoalMs = 300
const season = nationalSeason
const floorParams = { season, today: nationalToday, soon: addDays(nationalToday, 14) }

export async function runDashboardBench(): Promise<BenchRow[]> {
  const info = nationalInfo()
  // First, while no dashboard has run in this process: what a user waits for after starting the app.
  const start = openAndFirstDashboard()
  const bench = openBenchDb(copyNational('national-bench'))
  try {
    const { db, call } = bench
    const dashboard = () => call('dashboard-get', { season, language: 'nb' })
    const tilesFloor = db.sqlite.prepare(tilesFloorSql)
    const gridFloor = db.sqlite.prepare(gridFloorSql)
    const mismatches = compareTiles(dashboard().tiles, tilesFloor.get(floorParams) as FloorTiles)
    const tiles = await measureAgainst(dashboard, () => tilesFloor.get(floorParams), options)
    const grid = await measureAgainst(dashboard, () => gridFloor.all(floorParams), options)
    const gridRows = gridFloor.all(floorParams).length

    const groupQuery = { query: 'berg', page: 1, pageSize: 50 }
    const personQuery = { query: 'hansen', page: 1, pageSize: 50 }
    const groupFloor = db.sqlite.prepare(groupSearchFloorSql)
    const personFloor = db.sqlite.prepare(personSearchFloorSql)
    const groupList = await measureAgainst(
      () => call('group-list', groupQuery),
      () => groupFloor.all({ pattern: '%berg%' }),
      options,
    )
    const personList = await measureAgainst(
      () => call('person-list', personQuery),
      () => personFloor.all({ pattern: '%hansen%' }),
      options,
    )
    const matches = (list: { total: number }, floor: unknown[]) => `${list.total} matches (floor ${floor.length})`
    const personEmpty = await measure(() => call('person-list', { page: 1, pageSize: 50 }), { warmUps: 1, runs: 5 })

    const size = `${info.rows.groups} groups, ${info.rows.people} people, ${(info.bytes / 2 ** 20).toFixed(0)} MB`
    return [
      {
        figure: 'national DB build (cached in bench-results/)',
        medianMs: info.buildMs,
        floorMs: null,
        ratio: null,
        goal: '< 60000 ms',
        pass: info.buildMs < 60_000,
        detail: `last built in ${(info.buildMs / 1000).toFixed(1)} s; ${size}; ${total(info.rows)} rows in all`,
      },
      ratioRow(
        'season dashboard call (all tiles)',
        tiles,
        2,
        `dashboard-get ${ms(tiles.medianMs)} vs one SQL aggregate ${ms(tiles.floorMs)}; ` +
          (mismatches.length === 0 ? 'floor figures = tiles' : `floor differs: ${mismatches.join(', ')}`) +
          `; ${size}`,
      ),
      ratioRow(
        `group × requirement grid, ${(info.rows.groups ?? 0).toLocaleString('en')} groups`,
        grid,
        2,
        `not separable from the handler: whole dashboard-get vs one SQL of the grid's raw facts ` +
          `(${dashboard().grid.length} grid rows, floor ${gridRows})`,
      ),
      ratioRow(
        'group list page / search: group-list "berg"',
        groupList,
        2,
        `${matches(call('group-list', groupQuery), groupFloor.all({ pattern: '%berg%' }))}; floor: bare LIKE`,
      ),
      ratioRow(
        'group list page / search: person-list "hansen"',
        personList,
        2,
        `${matches(call('person-list', personQuery), personFloor.all({ pattern: '%hansen%' }))}; ` +
          `bare LIKE floor; with no query: ${ms(personEmpty)} for ${info.rows.people} people`,
      ),
      {
        figure: 'open + migrate + first dashboard, national DB',
        medianMs: start.medianMs,
        floorMs: null,
        ratio: null,
        goal: `< ${startGoalMs} ms`,
        pass: start.medianMs < startGoalMs,
        detail:
          `median of ${start.runs} fresh copies, open ${ms(start.openMs)} of it; on a fresh connection ` +
          `PRAGMA quick_check takes ${ms(start.quickCheckMs)} and foreign_key_check ${ms(start.foreignKeyCheckMs)}; ` +
          `first in this process: ${ms(start.firstMs)}`,
      },
      ...(await runExperiments()),
    ]
  } finally {
    bench.discard()
  }
}

/** The proposed fixes, measured on their own copy of the file (see dashboard-experiments.ts). */
async function runExperiments(): Promise<BenchRow[]> {
  const bench = openBenchDb(copyNational('national-experiment'))
  // The experiments' DDL and backfills are not changes to log; the reads they time use no triggers.
  dropTempTriggers(bench.db.sqlite)
  try {
    const dashboard = await dashboardExperiments(bench, options)
    const lists = await listExperiments(bench, options)
    writePlans([...dashboard.plans, ...lists.plans])
    return [...dashboard.rows, ...lists.rows]
  } finally {
    bench.discard()
  }
}

const total = (rows: Record<string, number>) =>
  Object.values(rows)
    .reduce((sum, count) => sum + count, 0)
    .toLocaleString('en')

/**
 * openDatabase on a fresh copy of the migrated file (so only the open runs, no migration), then the
 * first dashboard-get on that connection: SQLite's cache is cold, the OS file cache is not.
 */
function openAndFirstDashboard() {
  const runs: { openMs: number; totalMs: number }[] = []
  for (let run = 0; run < 5; run++) {
    const file = copyNational('national-open')
    let bench: ReturnType<typeof openBenchDb> | undefined
    let openMs = 0
    const totalMs = time(() => {
      openMs = time(() => (bench = openBenchDb(file)))
      bench!.call('dashboard-get', { season, language: 'nb' })
    })
    bench!.discard()
    runs.push({ openMs, totalMs })
  }
  return {
    runs: runs.length,
    firstMs: runs[0]!.totalMs,
    medianMs: median(runs.map((run) => run.totalMs)),
    openMs: median(runs.map((run) => run.openMs)),
    // openDatabase runs both on every open: each timed alone, on a fresh copy and connection.
    quickCheckMs: onFreshCopy((sqlite) => sqlite.pragma('quick_check')),
    foreignKeyCheckMs: onFreshCopy((sqlite) => sqlite.pragma('foreign_key_check')),
  }
}

function onFreshCopy(run: (sqlite: Database.Database) => unknown): number {
  const times: number[] = []
  for (let copy = 0; copy < 3; copy++) {
    const file = copyNational('national-open')
    const sqlite = new Database(file, { readonly: true })
    times.push(time(() => run(sqlite)))
    sqlite.close()
    removeCopy(file)
  }
  return median(times)
}

type FloorTiles = Omit<DashboardTiles, 'byState'> & { byState: string }

/** The floor must compute what the tiles show, or the comparison means nothing. */
function compareTiles(tiles: DashboardTiles, floor: FloorTiles): string[] {
  const byState = {
    ...Object.fromEntries(Object.keys(tiles.byState).map((state) => [state, 0])),
    ...JSON.parse(floor.byState),
  }
  const wanted: Record<string, unknown> = { ...floor, byState }
  return Object.entries(tiles)
    .filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(wanted[key]))
    .map(([key, value]) => `${key} ${JSON.stringify(value)} vs ${JSON.stringify(wanted[key])}`)
}
