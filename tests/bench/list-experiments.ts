import type { BenchDb } from './bench-db'
import { experimentRow, explain, ms, preparedBy } from './experiment-tools'
import { measure, measureAgainst, type MeasureOptions } from './measure'
import { nationalSeason, nationalToday } from './national'

/**
 * The list pages' slow spots, each fix applied to the experiment copy only and undone after:
 * election-list's join has no index to serve it, and every search calls the JavaScript fold()
 * once per row of the table.
 */
export async function listExperiments(bench: BenchDb, options: MeasureOptions) {
  const election = await electionList(bench, options)
  const person = await personSearch(bench, options)
  const group = await groupSearch(bench, options)
  return { rows: [election.row, person.row, group.row], plans: [...election.plans, ...person.plans] }
}

/**
 * election-list joins every group to the season's elections ON group_id AND season. The only index
 * with group_id first is partial (kind = 'regular') and the join takes by-elections too, so SQLite
 * searches elections_season_state (season=?) once per group: groups x the season's elections.
 */
async function electionList(bench: BenchDb, options: MeasureOptions) {
  const { db, call } = bench
  const list = () => call('election-list', { season: nationalSeason })
  const sql = preparedBy(bench, list, 'FROM groups g')
  const planBefore = explain(bench, sql)
  const expected = JSON.stringify(list())
  const before = await measure(list, options)
  db.sqlite.exec('CREATE INDEX experiment_elections_group_season ON elections (group_id, season)')
  try {
    const planAfter = explain(bench, sql)
    const after = await measure(list, options)
    return {
      row: experimentRow(
        'election-list, whole season: CREATE INDEX elections (group_id, season)',
        before,
        after,
        `${ms(before)} -> ${ms(after)}; same rows: ${JSON.stringify(list()) === expected ? 'yes' : 'NO'}`,
      ),
      plans: [
        { title: 'election-list (as is)', sql, plan: planBefore },
        { title: 'election-list with elections (group_id, season)', sql, plan: planAfter },
      ],
    }
  } finally {
    db.sqlite.exec('DROP INDEX experiment_elections_group_season')
  }
}

/** person-list: 30,000 fold() calls per search; a folded copy of the name lets LIKE run natively. */
async function personSearch(bench: BenchDb, options: MeasureOptions) {
  const { db, call } = bench
  const input = { query: 'hansen', page: 1, pageSize: 50 }
  const sql = preparedBy(bench, () => call('person-list', input), 'FROM people p')
  const params = { day: nationalToday, query: 'hansen', pattern: '%hansen%' }
  db.sqlite.exec('ALTER TABLE people ADD COLUMN experiment_name_fold TEXT')
  try {
    db.sqlite.exec('UPDATE people SET experiment_name_fold = fold(name)')
    const original = db.sqlite.prepare(sql)
    const folded = db.sqlite.prepare(sql.replace('fold(p.name)', 'p.experiment_name_fold'))
    const same = JSON.stringify(original.all(params)) === JSON.stringify(folded.all(params)) ? 'yes' : 'NO'
    const timing = await measureAgainst(
      () => original.all(params),
      () => folded.all(params),
      options,
    )
    const everyone = { ...params, query: '', pattern: '%%' }
    const sqlAll = await measure(() => original.all(everyone), { warmUps: 1, runs: 5 })
    const handlerAll = await measure(() => call('person-list', { page: 1, pageSize: 50 }), { warmUps: 1, runs: 5 })
    return {
      row: experimentRow(
        'person-list "hansen" SQL: fold(p.name) per row -> a stored folded name',
        timing.medianMs,
        timing.floorMs,
        `SQL ${ms(timing.medianMs)} -> ${ms(timing.floorMs)}; same rows: ${same}; with no query the SQL takes ` +
          `${ms(sqlAll)} of the handler's ${ms(handlerAll)} (group names for all 30,000; the rest is the Intl.Collator sort)`,
      ),
      plans: [{ title: 'person-list (as is)', sql, plan: explain(bench, sql) }],
    }
  } finally {
    db.sqlite.exec('ALTER TABLE people DROP COLUMN experiment_name_fold')
  }
}

/** group-list: the same, on name and town; 1,000 groups, so small in absolute terms. */
async function groupSearch(bench: BenchDb, options: MeasureOptions) {
  const { db, call } = bench
  const sql = preparedBy(bench, () => call('group-list', { query: 'berg' }), 'FROM groups g')
  const params = { day: nationalToday, status: 'all', query: 'berg', pattern: '%berg%' }
  db.sqlite.exec('ALTER TABLE groups ADD COLUMN experiment_name_fold TEXT')
  db.sqlite.exec('ALTER TABLE groups ADD COLUMN experiment_town_fold TEXT')
  try {
    db.sqlite.exec(
      "UPDATE groups SET experiment_name_fold = fold(name), experiment_town_fold = fold(coalesce(town, ''))",
    )
    const original = db.sqlite.prepare(sql)
    const folded = db.sqlite.prepare(
      sql
        .replace('fold(g.name)', 'g.experiment_name_fold')
        .replace("fold(coalesce(g.town, ''))", 'g.experiment_town_fold'),
    )
    const same = JSON.stringify(original.all(params)) === JSON.stringify(folded.all(params)) ? 'yes' : 'NO'
    const timing = await measureAgainst(
      () => original.all(params),
      () => folded.all(params),
      options,
    )
    return {
      row: experimentRow(
        'group-list "berg" SQL: fold() on name and town per row -> stored folded columns',
        timing.medianMs,
        timing.floorMs,
        `SQL ${ms(timing.medianMs)} -> ${ms(timing.floorMs)}; same rows: ${same}`,
      ),
    }
  } finally {
    db.sqlite.exec('ALTER TABLE groups DROP COLUMN experiment_name_fold')
    db.sqlite.exec('ALTER TABLE groups DROP COLUMN experiment_town_fold')
  }
}
