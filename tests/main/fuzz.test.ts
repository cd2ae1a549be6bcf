import fc from 'fast-check'
import type { z } from 'zod'
import { afterAll, describe, expect, it } from 'vitest'
import { api, type MethodName } from '../../shared/api'
import { errorCodes, type Reply } from '../../shared/errors'
import { listBackups } from '../../main/backup/files'
import { fileRecord, seedRegion, type Caller } from '../fixtures/record'
import { inputsFor } from '../fixtures/arbitraries'
import { createHarness } from './harness'

/**
 * Every method of the contract gets generated inputs (fast-check, from its zod schema and from
 * arbitrary JSON) against one seeded record that keeps every change, so later calls meet the state
 * earlier ones made. Each call must answer with a value or a typed, translated error (never a
 * crash, never INTERNAL), and after every successful write the record must hold its invariants.
 */
const methods = Object.keys(api) as MethodName[]
/** These lay out a PDF on every successful call (tens of ms each); they get fewer runs, the others more. */
const slowMethods = new Set<string>(['season-report', 'election-minutes', 'season-minutes'])
const slowRuns = 20
const runsPerMethod = Math.ceil((10_000 - slowRuns * slowMethods.size) / (methods.length - slowMethods.size)) + 3
const runsFor = (method: string) => (slowMethods.has(method) ? slowRuns : runsPerMethod)
const totalRuns = methods.reduce((sum, method) => sum + runsFor(method), 0)
const seed = 20260315
const fileMethods = methods.filter((method) => method.startsWith('backup-'))

type Problem = { method: string; input: string; problem: string }
const summary = { calls: 0, ok: 0, refused: 0 }

function seedForFuzz(call: Caller) {
  const region = seedRegion(call)
  const more = call('person-create', { name: 'Per Ødegård', email: 'per@example.no' })
  call('membership-create', { personId: more.id, groupId: region.tromso.id, from: '2023-05-01' })
  const election = call('election-create', { groupId: region.tromso.id, season: 2026 })
  // A new election comes with a contest for each elected role.
  const contest = election.contests.find((candidate) => candidate.roleId === region.leader.id)!
  call('candidate-add', { contestId: contest.id, personId: region.kari.id })
  call('candidate-add', { contestId: contest.id, personId: more.id })
  call('box-create', { groupId: region.tromso.id, label: 'Box 1' })
  call('handover-create', {
    groupId: region.tromso.id,
    roleId: region.leader.id,
    fromPersonId: region.kari.id,
    toPersonId: more.id,
    dueOn: '2026-04-01',
  })
}

/** Broken invariants of the record, as text (empty when whole). */
function invariants(sqlite: import('better-sqlite3').Database): string[] {
  const found: string[] = []
  const orphans = sqlite.pragma('foreign_key_check') as unknown[]
  if (orphans.length > 0) found.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 3))}`)
  // A term covers [from, to): the most holders at once is reached at some term's first day.
  const crowded = sqlite
    .prepare(
      `SELECT t.group_id AS groupId, t.role_id AS roleId, t.from_date AS day, count(*) AS holders, r.seats
       FROM role_terms t JOIN roles r ON r.id = t.role_id
       JOIN role_terms u ON u.group_id = t.group_id AND u.role_id = t.role_id
         AND u.from_date <= t.from_date AND (u.to_date IS NULL OR u.to_date > t.from_date)
       GROUP BY t.id HAVING count(*) > r.seats`,
    )
    .all()
  if (crowded.length > 0) found.push(`more holders than seats: ${JSON.stringify(crowded.slice(0, 3))}`)
  return found
}

const describeInput = (input: unknown) => {
  const text = JSON.stringify(input) ?? String(input)
  return text.length > 300 ? `${text.slice(0, 300)}…` : text
}

type Target = {
  dispatch: (method: string, input: unknown) => Reply<unknown>
  sqlite: () => import('better-sqlite3').Database
  /** Lets a test point some generated inputs at rows that exist (a backup's name, say). */
  adjust?: (method: MethodName, input: unknown, index: number) => unknown
}

function exercise({ dispatch, sqlite, adjust }: Target, method: MethodName, runs: number): Problem[] {
  const problems: Problem[] = []
  const generated = fc.sample(inputsFor(api[method].input as z.ZodType), { numRuns: runs, seed: seed + method.length })
  for (const [index, raw] of generated.entries()) {
    const input = adjust ? adjust(method, raw, index) : raw
    summary.calls++
    let reply: Reply<unknown>
    try {
      reply = dispatch(method, input)
    } catch (error) {
      problems.push({ method, input: describeInput(input), problem: `threw ${String(error)}` })
      continue
    }
    if (reply.ok) {
      summary.ok++
      try {
        JSON.stringify(reply.value)
      } catch {
        problems.push({ method, input: describeInput(input), problem: 'value does not cross as JSON' })
      }
      if (api[method].kind === 'write')
        for (const broken of invariants(sqlite()))
          problems.push({ method, input: describeInput(input), problem: broken })
    } else {
      summary.refused++
      const { code, message, messageKey } = reply.error
      if (!errorCodes.includes(code) || code === 'INTERNAL' || !message || message === messageKey)
        problems.push({ method, input: describeInput(input), problem: `${code} ${messageKey}` })
    }
  }
  return problems
}

afterAll(() => {
  // The figures the report quotes.
  console.log(
    `fuzz: ${summary.calls} calls over ${methods.length} methods, ${summary.ok} ok, ${summary.refused} refused`,
  )
})

describe('every API method under generated input', () => {
  it(`answers ${totalRuns} generated inputs over ${methods.length} methods with a value or a typed error, keeping the invariants`, () => {
    const harness = createHarness()
    seedForFuzz(harness.call)
    expect(invariants(harness.db.sqlite)).toEqual([])
    const target = { dispatch: harness.dispatch, sqlite: () => harness.ctx.db.sqlite }
    const problems = methods.flatMap((method) => exercise(target, method, runsFor(method)))
    expect(problems).toEqual([])
    expect(summary.calls).toBeGreaterThanOrEqual(10_000)
  }, 60_000)

  it('answers the backup methods on a record in a file too, where they really copy and restore', () => {
    const record = fileRecord()
    try {
      seedForFuzz(record.call)
      record.call('backup-create', {})
      // Half the inputs that name a backup name one that exists, so downloads, deletes and restores really run.
      const adjust = (method: MethodName, input: unknown, index: number) => {
        const names = listBackups(record.file).map((backup) => backup.name)
        if (index % 2 === 1 || names.length === 0 || !input || typeof input !== 'object' || !('name' in input))
          return input
        if (method === 'backup-delete' && names.length < 3) return input
        return { ...input, name: names[index % names.length] }
      }
      const target = { dispatch: record.dispatch, sqlite: () => record.ctx.db.sqlite, adjust }
      const problems = fileMethods.flatMap((method) => exercise(target, method, 40))
      expect(problems).toEqual([])
      expect(record.logLines).toEqual([])
    } finally {
      record.close()
    }
  }, 30_000)
})
