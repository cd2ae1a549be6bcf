import { describe, expect, it } from 'vitest'
import type { Input, MethodName } from '../../shared/api'
import { createHarness } from './harness'

/**
 * The hot read paths keep their indexes. The SQL is caught as the handlers prepare it (they do
 * not export it), so this guards the statements the app really runs, not copies of them; each
 * gets EXPLAIN QUERY PLAN. A full SCAN of a table, or an AUTOMATIC index (SQLite building a
 * throw-away index on every run), fails the test unless allowed below with its reason.
 * tests/bench/dashboard.bench.ts measures the same paths on a whole country.
 */

/** A handful of rows each, fixed by the organisation's presets: scanning them costs nothing. */
const smallTables = new Set([
  'settings',
  'roles',
  'training_types',
  'role_required_trainings',
  'seasons',
  'handover_template_items',
])

/** Scans allowed in one statement (found by a piece of its SQL), each with why no index can serve. */
const allowedScans: { statement: string; table: string; why: string }[] = [
  {
    statement: 'AS memberCount',
    table: 'groups',
    why: "group-list: the driving table of a whole-region list; status 'all' or a fold() LIKE, which no index serves",
  },
  {
    statement: 'AS updatedAt FROM people p',
    table: 'people',
    why: 'person-list: the driving table; a substring search through fold(), which no index serves',
  },
  {
    statement: "coalesce(e.state, 'not_planned')",
    table: 'groups',
    why: 'election-list: every active group, and any other that held an election this season (an OR)',
  },
  {
    statement: 'WITH required AS',
    table: 'role_terms',
    why:
      'training-compliance: current terms are to_date IS NULL, which no index covers (13,000 terms in ten ' +
      'years nationally, a few ms); a partial index role_terms (role_id) WHERE to_date IS NULL would serve it',
  },
]

type Finding = { sql: string; line: string }

/** Every statement a few calls prepare, each once, in order. */
function preparedBy(harness: ReturnType<typeof createHarness>, calls: [MethodName, unknown][]): string[] {
  const { sqlite } = harness.db
  const prepared: string[] = []
  const prepare = sqlite.prepare.bind(sqlite)
  sqlite.prepare = ((source: string) => {
    prepared.push(source)
    return prepare(source)
  }) as typeof sqlite.prepare
  try {
    for (const [method, input] of calls) harness.call(method, input as Input<typeof method>)
  } finally {
    sqlite.prepare = prepare
  }
  return [...new Set(prepared)]
}

/** EXPLAIN QUERY PLAN with every parameter null: the plan does not depend on the values. */
function plan(harness: ReturnType<typeof createHarness>, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/@(\w+)/g)].map((match) => match[1]!))]
  const statement = harness.db.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`)
  const rows =
    names.length > 0
      ? statement.all(Object.fromEntries(names.map((name) => [name, null])))
      : statement.all(...[...sql.matchAll(/\?/g)].map(() => null))
  return (rows as { detail: string }[]).map((row) => row.detail)
}

const keywords = new Set(['where', 'join', 'left', 'inner', 'cross', 'on', 'group', 'order', 'limit', 'union', 'as'])

/** Plans name a table by its alias: which real tables each name in this statement may stand for. */
function tablesByName(harness: ReturnType<typeof createHarness>, sql: string): Map<string, string[]> {
  const tables = new Set(
    harness.db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  )
  const names = new Map<string, string[]>()
  const add = (name: string, table: string) => names.set(name, [...(names.get(name) ?? []), table])
  for (const [, table, alias] of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    if (!tables.has(table!)) continue
    add(table!, table!)
    if (alias && !keywords.has(alias.toLowerCase())) add(alias, table!)
  }
  return names
}

function findings(harness: ReturnType<typeof createHarness>, statements: string[]): Finding[] {
  const found: Finding[] = []
  for (const sql of statements) {
    const names = tablesByName(harness, sql)
    for (const line of plan(harness, sql)) {
      const scanned = /^SCAN (\w+)/.exec(line)?.[1]
      const automatic = /AUTOMATIC/.test(line)
      // A CTE or a subquery holds rows the statement already made; only tables count.
      const tables = names.get(scanned ?? /^(?:SEARCH|SCAN) (\w+)/.exec(line)?.[1] ?? '') ?? []
      if ((scanned === undefined && !automatic) || tables.length === 0) continue
      const allowed = tables.some(
        (table) =>
          (!automatic && smallTables.has(table)) ||
          allowedScans.some((allowance) => allowance.table === table && sql.includes(allowance.statement)),
      )
      if (!allowed) found.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 160), line })
    }
  }
  return found
}

/** A small record: every hot path has something to find, and the season has a regular and a by-election. */
function smallRecord(harness = createHarness('2026-03-15')) {
  const { call } = harness
  const groups = ['Amnesty Tromsø', 'Amnesty Bergen sentrum', 'Amnesty Ås studentgruppe'].map((name) =>
    call('group-create', { name, town: name.split(' ')[1] }),
  )
  const people = ['Åse Ødegård', 'Ola Hansen', 'Kari Berg'].map((name) => call('person-create', { name }))
  people.forEach((person, index) =>
    call('membership-create', { personId: person.id, groupId: groups[index]!.id, from: '2025-01-01' }),
  )
  call('election-create', { groupId: groups[0]!.id, season: 2026 })
  call('election-create', { groupId: groups[1]!.id, season: 2026, kind: 'extra' })
  return harness
}

const hotCalls: [MethodName, unknown][] = [
  ['dashboard-get', { season: 2026, language: 'nb' }],
  ['election-list', { season: 2026, query: 'berg' }],
  ['group-list', { query: 'berg' }],
  ['person-list', { query: 'hansen' }],
  ['training-compliance', { groupId: null, trainingTypeId: null, status: 'all' }],
]

const indexesIn = (lines: string[]) =>
  [...new Set(lines.flatMap((line) => [...(/USING (?:COVERING )?INDEX (\w+)/.exec(line)?.slice(1) ?? [])]))].filter(
    (name) => !name.startsWith('sqlite_autoindex_'),
  )

describe('query plans of the hot read paths', () => {
  const harness = smallRecord()
  const statements = preparedBy(harness, hotCalls)
  const reliedOn = indexesIn(statements.flatMap((sql) => plan(harness, sql)))

  it('catches the SQL of every hot handler', () => {
    const markers = [
      ...allowedScans.map((allowance) => allowance.statement),
      'FROM elections WHERE season',
      'FROM handovers',
      'FROM finance_years',
      'FROM role_terms t WHERE t.group_id = g.id',
    ]
    for (const marker of markers)
      expect(
        statements.some((sql) => sql.includes(marker)),
        marker,
      ).toBe(true)
    expect(reliedOn).toEqual(
      expect.arrayContaining(['role_terms_holder', 'elections_season_state', 'finance_years_year']),
    )
  })

  it('scans no table an index could serve', () => {
    expect(findings(harness, statements)).toEqual([])
  })

  it('notices a dropped index: role_terms_holder, which finds vacant must-roles group by group', () => {
    const dropped = smallRecord()
    dropped.db.sqlite.exec('DROP INDEX role_terms_holder')
    const found = findings(dropped, preparedBy(dropped, hotCalls))
    expect(found.map((finding) => finding.line)).toEqual(expect.arrayContaining([expect.stringMatching(/^SCAN t\b/)]))
  })

  // Indexes with no second index to fall back on: dropping one must turn a search into a scan. (An
  // index on a small preset table, or one another index can stand in for, may be dropped harmlessly.)
  const essential = [
    'role_terms_holder',
    'elections_season_state',
    'finance_years_year',
    'memberships_group',
    'memberships_person',
  ]
  it.each(essential)('notices when %s is dropped', (index) => {
    expect(reliedOn).toContain(index)
    const dropped = smallRecord()
    dropped.db.sqlite.exec(`DROP INDEX ${index}`)
    expect(findings(dropped, preparedBy(dropped, hotCalls)).length).toBeGreaterThan(0)
  })
})

/**
 * Plans that are slow today, measured in tests/bench (EXPERIMENT rows). Each is written as the plan
 * it should have and marked `fails`: when the fix lands this turns red, and then becomes a plain `it`.
 */
describe('known slow plans', () => {
  const harness = smallRecord()
  const statements = preparedBy(harness, hotCalls)
  const planOf = (marker: string) =>
    plan(
      harness,
      statements.find((sql) => sql.includes(marker))!,
    )

  // Was the slowest plan (a scan of attendance re-running the requirement join per row, ~85 % of
  // dashboard-get nationally); the row-value IN now searches attendance_person.
  it('training-compliance searches attendance by person', () => {
    expect(planOf('FROM attendance a')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SEARCH a USING (COVERING )?INDEX attendance_person/)]),
    )
  })

  // Joins ON group_id AND season, but the only index led by group_id is partial (kind = 'regular'),
  // so each group searches all of the season's elections. Fix: CREATE INDEX elections_group_season
  // ON elections (group_id, season).
  it("election-list finds each group's elections by group_id", () => {
    expect(planOf("coalesce(e.state, 'not_planned')")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^SEARCH e USING (COVERING )?INDEX \w+ \(group_id=\?/)]),
    )
  })
})
