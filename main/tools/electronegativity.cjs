'use strict'
/**
 * `npm run security:scan`: an advisory electronegativity report on the desktop app, offline.
 *
 * Two scans, one report (test-results/electronegativity.json), which is then read back, summarised,
 * and judged: the script exits 1 on any HIGH finding that the allowlist does not explain, or when a
 * file of the main process or preload could not be parsed (a blind spot, not a pass).
 * - `built`: out/ (main, preload, renderer) as shipped. It sees the HTML, the bundles' calls and the
 *   global checks, but not `new electron.BrowserWindow(...)`: the checks only recognise the bare name.
 * - `sources`: main/electron/*.ts, where the windows are created with the bare name.
 *
 * Offline: electronegativity fetches translations and the list of Electron releases with `got`;
 * here `got` answers "not fetched" without touching the network, and the release check
 * (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK) is left out. Keeping Electron current is npm's job.
 */
const fs = require('node:fs')
const Module = require('node:module')
const path = require('node:path')

const root = path.resolve(__dirname, '..', '..')
const defaultReport = path.join(root, 'test-results', 'electronegativity.json')
const allowlistFile = path.join(__dirname, 'electronegativity-allowlist.json')
const severities = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
const networkChecks = ['AvailableSecurityFixesGlobalCheck']

const defaultScans = [
  { name: 'built', input: 'out', required: ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html'] },
  { name: 'sources', input: 'main/electron', required: ['main/electron/index.ts'] },
]

/** Folders whose files hold Electron API calls; a parse failure there hides exactly what the scan is for. */
const mustParse = ['out/main/', 'out/preload/', 'main/electron/']

const toPosix = (file) => file.split(path.sep).join('/')

/** Makes electronegativity's `got` a stub that never opens a connection (must run before it is loaded). */
function keepOffline(electronegativityMain) {
  const gotPath = require.resolve('got', { paths: [path.dirname(electronegativityMain)] })
  const stub = new Module(gotPath)
  const notFetched = async () => ({ statusCode: 0, body: '' })
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = Object.assign(notFetched, { __esModule: true, default: notFetched })
  require.cache[gotPath] = stub
}

function electronVersionOf(projectRoot) {
  try {
    return JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8'))
      .version
  } catch {
    return undefined
  }
}

/** Runs every scan through electronegativity's Node API and shapes the results as the report. */
async function runScans({ projectRoot = root, scans = defaultScans } = {}) {
  const main = require.resolve('@doyensec/electronegativity', { paths: [projectRoot, __dirname] })
  keepOffline(main)
  // Its texts come from the locale in LANG; the bundled English ones keep the report stable.
  process.env.LANG = 'en-US'
  const run = require(main)
  const electronVersion = electronVersionOf(projectRoot) ?? electronVersionOf(root)
  const report = { tool: 'electronegativity', electronVersion, scans: [] }
  for (const scan of scans) {
    const missing = (scan.required ?? []).filter((file) => !fs.existsSync(path.join(projectRoot, file)))
    if (missing.length > 0) {
      report.scans.push({ name: scan.name, input: scan.input, missing, findings: [], parseErrors: [] })
      continue
    }
    const result = await run({
      input: path.join(projectRoot, scan.input),
      electronVersionOverride: electronVersion,
      excludeFromScan: networkChecks,
    })
    const relative = (file) => (file === 'N/A' ? file : toPosix(path.relative(projectRoot, file)))
    report.scans.push({
      name: scan.name,
      input: scan.input,
      missing: [],
      findings: result.issues.map((issue) => ({
        id: issue.id,
        severity: issue.severity.name,
        confidence: issue.confidence.name,
        file: relative(issue.file),
        line: issue.location?.line ?? 0,
        column: issue.location?.column ?? 0,
        manualReview: Boolean(issue.manualReview),
        description: issue.description,
      })),
      parseErrors: result.errors.map((error) => ({
        file: relative(error.file),
        tolerable: Boolean(error.tolerable),
        message: String(error.message).slice(0, 200),
      })),
    })
  }
  return report
}

/** The allowlist's entries: { id, file, reason }, each a HIGH finding judged a false positive, with why. */
function readAllowlist(file = allowlistFile) {
  const { entries } = JSON.parse(fs.readFileSync(file, 'utf8'))
  if (!Array.isArray(entries)) throw new Error(`${file}: expected { "entries": [...] }`)
  for (const entry of entries)
    if (
      !entry ||
      typeof entry.id !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.reason !== 'string' ||
      entry.reason.trim().length < 20
    )
      throw new Error(`${file}: every entry needs id, file and a reason of a sentence or more`)
  return entries
}

/** Reads the report file back and decides: what fails the scan, what is explained, what is only advisory. */
function judge(reportFile, allowlist) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
  const counts = Object.fromEntries(severities.map((severity) => [severity, 0]))
  const failing = []
  const allowed = []
  const used = new Set()
  const blindSpots = []
  const advisoryParseErrors = []
  const missingInputs = []
  for (const scan of report.scans) {
    for (const file of scan.missing ?? []) missingInputs.push(`${scan.name}: ${file}`)
    for (const finding of scan.findings) {
      counts[finding.severity] = (counts[finding.severity] ?? 0) + 1
      if (finding.severity !== 'HIGH') continue
      const entry = allowlist.find((candidate) => candidate.id === finding.id && candidate.file === finding.file)
      if (entry) {
        used.add(entry)
        allowed.push({ scan: scan.name, ...finding, reason: entry.reason })
      } else failing.push({ scan: scan.name, ...finding })
    }
    for (const error of scan.parseErrors) {
      if (error.tolerable) continue
      if (mustParse.some((folder) => error.file.startsWith(folder))) blindSpots.push({ scan: scan.name, ...error })
      else advisoryParseErrors.push({ scan: scan.name, ...error })
    }
  }
  const stale = allowlist.filter((entry) => !used.has(entry))
  const ok = failing.length === 0 && blindSpots.length === 0 && missingInputs.length === 0
  return { ok, counts, failing, allowed, stale, blindSpots, advisoryParseErrors, missingInputs, report }
}

function summary(verdict) {
  const where = (item) => `${item.file}${item.line ? `:${item.line}` : ''}`
  const lines = [
    `electronegativity: ${severities.map((severity) => `${verdict.counts[severity]} ${severity}`).join(', ')}`,
  ]
  for (const scan of verdict.report.scans)
    for (const finding of scan.findings.filter((item) => item.severity !== 'HIGH'))
      lines.push(
        `  advisory  ${finding.severity} ${finding.id} (${scan.name}) ${where(finding)}: ${finding.description}`,
      )
  for (const item of verdict.allowed) lines.push(`  allowed   HIGH ${item.id} ${where(item)}: ${item.reason}`)
  for (const item of verdict.failing)
    lines.push(`  FAIL      HIGH ${item.id} (${item.scan}) ${where(item)}: ${item.description}`)
  for (const item of verdict.blindSpots) lines.push(`  FAIL      could not parse ${item.file}: ${item.message}`)
  for (const item of verdict.missingInputs) lines.push(`  FAIL      missing ${item} (run npm run build first)`)
  for (const item of verdict.advisoryParseErrors)
    lines.push(`  note      could not parse ${item.file} (renderer bundle: no Electron APIs there)`)
  for (const entry of verdict.stale)
    lines.push(`  note      allowlist entry no longer needed: ${entry.id} ${entry.file}`)
  lines.push(verdict.ok ? 'security scan passed' : 'security scan FAILED')
  return lines.join('\n')
}

async function main({ reportFile = defaultReport, projectRoot = root, scans, allowlist = readAllowlist() } = {}) {
  const report = await runScans({ projectRoot, scans })
  fs.mkdirSync(path.dirname(reportFile), { recursive: true })
  fs.writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`)
  const verdict = judge(reportFile, allowlist)
  console.log(summary(verdict))
  console.log(`report: ${toPosix(path.relative(process.cwd(), reportFile)) || reportFile}`)
  return verdict.ok ? 0 : 1
}

if (require.main === module)
  main().then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`security scan could not run: ${error instanceof Error ? error.message : error}`)
      process.exitCode = 2
    },
  )

module.exports = { main, runScans, judge, summary, readAllowlist, defaultScans }
