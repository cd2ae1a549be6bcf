import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

type Finding = {
  id: string
  severity: string
  confidence: string
  file: string
  line: number
  column: number
  manualReview: boolean
  description: string
}
type ParseError = { file: string; tolerable: boolean; message: string }
type Scan = { name: string; input: string; missing: string[]; findings: Finding[]; parseErrors: ParseError[] }
type Report = { tool: string; electronVersion?: string; scans: Scan[] }
type Entry = { id: string; file: string; reason: string }
type Verdict = {
  ok: boolean
  counts: Record<string, number>
  failing: Finding[]
  allowed: (Finding & { reason: string })[]
  stale: Entry[]
  blindSpots: ParseError[]
  advisoryParseErrors: ParseError[]
  missingInputs: string[]
}
type Tool = {
  main: (options: {
    reportFile: string
    projectRoot?: string
    scans?: { name: string; input: string }[]
    allowlist?: Entry[]
  }) => Promise<number>
  runScans: (options: { projectRoot?: string; scans?: { name: string; input: string }[] }) => Promise<Report>
  judge: (reportFile: string, allowlist: Entry[]) => Verdict
  summary: (verdict: Verdict) => string
  readAllowlist: (file?: string) => Entry[]
}
const require = createRequire(import.meta.url)
const tool = require('../../main/tools/electronegativity.cjs') as Tool

let folder = ''
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))
const temp = () => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-eng-')))

const finding = (severity: string, id: string, file: string): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file,
  line: 19,
  column: 2,
  manualReview: false,
  description: `about ${id}`,
})

function reportWith(scans: Partial<Scan>[]) {
  const file = path.join(temp(), 'report.json')
  const report: Report = {
    tool: 'electronegativity',
    scans: scans.map((scan) => ({
      name: 'sources',
      input: 'main/electron',
      missing: [],
      findings: [],
      parseErrors: [],
      ...scan,
    })),
  }
  fs.writeFileSync(file, JSON.stringify(report))
  return file
}

describe('judging the report file', () => {
  it('passes with only advisory findings, and counts them by severity', () => {
    const verdict = tool.judge(
      reportWith([
        {
          findings: [
            finding('MEDIUM', 'OPEN_EXTERNAL_JS_CHECK', 'main/electron/index.ts'),
            finding('LOW', 'CSP_GLOBAL_CHECK', 'N/A'),
          ],
        },
      ]),
      [],
    )
    expect(verdict.ok).toBe(true)
    expect(verdict.counts).toEqual({ HIGH: 0, MEDIUM: 1, LOW: 1, INFORMATIONAL: 0 })
    expect(tool.summary(verdict)).toMatch(/advisory {2}MEDIUM OPEN_EXTERNAL_JS_CHECK[\s\S]*security scan passed$/)
  })

  it('fails on a HIGH finding', () => {
    const verdict = tool.judge(
      reportWith([{ findings: [finding('HIGH', 'NODE_INTEGRATION_JS_CHECK', 'main/electron/window.ts')] }]),
      [],
    )
    expect(verdict.ok).toBe(false)
    expect(verdict.failing.map((item) => item.id)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    expect(tool.summary(verdict)).toMatch(
      /FAIL {6}HIGH NODE_INTEGRATION_JS_CHECK \(sources\) main\/electron\/window\.ts:19[\s\S]*FAILED$/,
    )
  })

  it('passes a HIGH finding the allowlist explains, for that file only, and shows the reason', () => {
    const entry = {
      id: 'CONTEXT_ISOLATION_JS_CHECK',
      file: 'main/electron/window.ts',
      reason: 'The options come from a function the check cannot follow.',
    }
    const explained = tool.judge(reportWith([{ findings: [finding('HIGH', entry.id, entry.file)] }]), [entry])
    expect(explained.ok).toBe(true)
    expect(explained.allowed[0]?.reason).toBe(entry.reason)
    expect(tool.summary(explained)).toContain(entry.reason)
    const elsewhere = tool.judge(reportWith([{ findings: [finding('HIGH', entry.id, 'main/electron/other.ts')] }]), [
      entry,
    ])
    expect(elsewhere.ok).toBe(false)
    expect(elsewhere.stale).toEqual([entry])
  })

  it('fails when the main process or preload could not be parsed (the scan would be blind there)', () => {
    const unparsed = { file: 'out/preload/index.js', tolerable: false, message: 'Unknown node type' }
    expect(tool.judge(reportWith([{ name: 'built', parseErrors: [unparsed] }]), []).ok).toBe(false)
    const renderer = { file: 'out/renderer/assets/index-abc.js', tolerable: false, message: 'Unknown node type' }
    const verdict = tool.judge(reportWith([{ name: 'built', parseErrors: [renderer] }]), [])
    expect(verdict.ok).toBe(true)
    expect(verdict.advisoryParseErrors).toHaveLength(1)
  })

  it('fails when the built output to scan is missing', () => {
    const verdict = tool.judge(reportWith([{ name: 'built', missing: ['out/main/index.js'] }]), [])
    expect(verdict.ok).toBe(false)
    expect(tool.summary(verdict)).toContain('run npm run build first')
  })
})

describe('the allowlist', () => {
  it('is valid, and every entry says why the finding is a false positive', () => {
    const entries = tool.readAllowlist()
    for (const entry of entries) expect(entry.reason.length, entry.id).toBeGreaterThan(20)
  })

  it('refuses entries without a reason', () => {
    const file = path.join(temp(), 'allowlist.json')
    fs.writeFileSync(file, JSON.stringify({ entries: [{ id: 'X', file: 'y.ts' }] }))
    expect(() => tool.readAllowlist(file)).toThrow(/reason/)
  })
})

describe('running electronegativity (offline)', () => {
  it('finds an insecure window and fails, writing the report it judged', async () => {
    const project = temp()
    fs.mkdirSync(path.join(project, 'app'))
    fs.writeFileSync(
      path.join(project, 'app', 'main.js'),
      "const { BrowserWindow } = require('electron')\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } })\n",
    )
    const reportFile = path.join(project, 'report.json')
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const code = await tool.main({
        reportFile,
        projectRoot: project,
        scans: [{ name: 'fixture', input: 'app' }],
        allowlist: [],
      })
      expect(code).toBe(1)
      const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report
      const high = report.scans[0]!.findings.filter((item) => item.severity === 'HIGH')
      expect(high.find((item) => item.id === 'CONTEXT_ISOLATION_JS_CHECK')).toMatchObject({
        file: 'app/main.js',
        line: 2,
      })
      expect(log.mock.calls.flat().join('\n')).toContain('security scan FAILED')
    } finally {
      log.mockRestore()
    }
  }, 60_000)

  it('finds no unexplained HIGH finding in the desktop shell, and never reaches the network', async () => {
    const report = await tool.runScans({ scans: [{ name: 'sources', input: 'main/electron' }] })
    const reportFile = path.join(temp(), 'report.json')
    fs.writeFileSync(reportFile, JSON.stringify(report))
    const verdict = tool.judge(reportFile, tool.readAllowlist())
    expect(verdict.failing).toEqual([])
    expect(verdict.blindSpots).toEqual([])
    // got is electronegativity's only way out; it was replaced before electronegativity loaded.
    const gotPath = require.resolve('got', { paths: [path.dirname(require.resolve('@doyensec/electronegativity'))] })
    const got = require.cache[gotPath]?.exports as (url: string) => Promise<{ statusCode: number }>
    await expect(got('https://electronegativity-i18n.s3.us-west-2.amazonaws.com/en-US.json')).resolves.toMatchObject({
      statusCode: 0,
    })
  }, 60_000)
})
