import fs from 'node:fs'
import path from 'node:path'
import type { BenchDb } from './bench-db'
import type { BenchRow } from './measure'

// Shared by the EXPERIMENT rows: fixes measured on a throw-away copy of the national file, never
// in app code. Each row's figure says what was changed; median is before, floor is after.

export const ms = (value: number) => `${value.toFixed(1)} ms`

export const experimentRow = (figure: string, before: number, after: number, detail: string): BenchRow => ({
  figure: `EXPERIMENT ${figure}`,
  medianMs: before,
  floorMs: after,
  ratio: before / after,
  goal: 'info',
  pass: true,
  detail,
})

/** The SQL a handler prepares for one call, caught on the connection (the handlers do not export it). */
export function preparedBy(bench: BenchDb, run: () => unknown, marker: string): string {
  bench.prepared.length = 0
  run()
  const found = bench.prepared.find((source) => source.includes(marker))
  if (!found) throw new Error(`no prepared SQL contains "${marker}": the handler changed, update the experiment`)
  return found
}

/** Named parameters bound to null: EXPLAIN QUERY PLAN does not depend on their values. */
export function explain(bench: BenchDb, source: string): string {
  const names = [...new Set([...source.matchAll(/@(\w+)/g)].map((match) => match[1]!))]
  const positional = [...source.matchAll(/\?/g)].map(() => null)
  const statement = bench.db.sqlite.prepare(`EXPLAIN QUERY PLAN ${source}`)
  const rows = (
    names.length > 0
      ? statement.all(Object.fromEntries(names.map((name) => [name, null])))
      : statement.all(...positional)
  ) as { detail: string }[]
  return rows.map((row) => row.detail).join('\n')
}

/** EXPLAIN QUERY PLAN of the statements the experiments change, next to bench.json. */
export function writePlans(plans: { title: string; sql: string; plan: string }[]) {
  const file = path.resolve(__dirname, '../../bench-results/dashboard-plans.txt')
  const text = plans.map(({ title, sql, plan }) => `## ${title}\n\n${sql.trim()}\n\n${plan}\n`).join('\n')
  fs.writeFileSync(file, text)
}
