// `npm test`: every suite in order (typecheck, lint, build, then vitest's unit, renderer and e2e
// projects), ending with one line "N passed, N failed" that counts them all. A check that is not
// a vitest test (typecheck, lint, build) counts as one test.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)
const reportFile = path.join(root, 'test-results', 'vitest.json')

const checks = [
  { name: 'typecheck (main, shared, tests)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.node.json'] },
  { name: 'typecheck (renderer)', command: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.web.json'] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'build (the e2e suite runs the built app)', command: bin('electron-vite'), args: ['build'] },
  // After the build: it scans out/ as well as main/electron (npm run security:scan on its own).
  { name: 'security scan (electronegativity)', command: 'node', args: ['main/tools/electronegativity.cjs'] },
]

const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })

let passed = 0
let failed = 0
const lines = []
for (const check of checks) {
  console.log(`\n▶ ${check.name}`)
  const ok = run(check.command, check.args).status === 0
  if (ok) passed++
  else failed++
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${check.name}`)
}

console.log('\n▶ vitest (unit, renderer, e2e)')
fs.rmSync(reportFile, { force: true })
const extra = process.argv.slice(2)
const vitest = run(bin('vitest'), [
  'run',
  '--config',
  'tests/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  // Benchmarks are not tests: `npm run bench` runs them.
  '--project=unit',
  '--project=renderer',
  '--project=e2e',
  ...extra,
])
if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  passed += report.numPassedTests
  failed += report.numFailedTests
  // A file that fails to load has no tests to count; it must still fail the run.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  )
  failed += brokenFiles.length
  lines.push(
    `${vitest.status === 0 ? 'ok  ' : 'FAIL'} vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
  )
} else {
  failed++
  lines.push('FAIL vitest wrote no report')
}
if (vitest.status !== 0 && failed === 0) failed++

console.log(`\n${lines.join('\n')}`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
