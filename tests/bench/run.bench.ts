// `npm run bench`: every benchmark, each figure next to its floor measured in the same process.
// Not a timed test: it always completes, prints the table, and writes it to bench-results/ (git-ignored).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { it } from 'vitest'
import { runDashboardBench } from './dashboard.bench'
import { runImportBench } from './import.bench'
import type { BenchRow } from './measure'
import { runMinutesBench } from './minutes.bench'

const suites: { name: string; run: () => Promise<BenchRow[]> }[] = [
  { name: 'minutes', run: runMinutesBench },
  { name: 'dashboard', run: runDashboardBench },
  { name: 'import', run: runImportBench },
]

const format = (value: number | null, digits = 1) => (value === null ? '—' : value.toFixed(digits))

function table(rows: BenchRow[]): string {
  const header = ['figure', 'median ms', 'floor ms', 'ratio', 'goal', 'pass', 'detail']
  const cells = rows.map((row) => [
    row.figure,
    format(row.medianMs),
    format(row.floorMs),
    format(row.ratio, 2),
    row.goal,
    row.pass ? 'pass' : 'FAIL',
    row.detail,
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)))
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column]!)).join('  ')
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n')
}

it('runs every benchmark and reports it', { timeout: 600_000 }, async () => {
  const results: (BenchRow & { suite: string })[] = []
  // Other work on the machine moves every figure; the ratios to floors measured alongside move less.
  const loadBefore = os.loadavg()
  for (const suite of suites) for (const row of await suite.run()) results.push({ ...row, suite: suite.name })
  const load = { before: loadBefore, after: os.loadavg(), cpus: os.cpus().length }
  const folder = path.resolve(__dirname, '../../bench-results')
  fs.mkdirSync(folder, { recursive: true })
  fs.writeFileSync(
    path.join(folder, 'bench.json'),
    JSON.stringify({ at: new Date().toISOString(), node: process.version, load, results }, null, 2),
  )
  const loadLine = `load average ${load.before[0]!.toFixed(1)} before, ${load.after[0]!.toFixed(1)} after, on ${load.cpus} CPUs`
  process.stdout.write(
    `\n${table(results)}\n\n${results.filter((row) => !row.pass).length} goals missed; ${loadLine}\n`,
  )
})
