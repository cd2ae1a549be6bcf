import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../main/db/open'
import { batchesIn, startWriter } from '../fixtures/writer'

/**
 * A writer is killed with SIGKILL at a random moment, again and again, on the same file; after
 * each kill the record is opened the way the app opens it (quick_check, foreign_key_check,
 * WAL recovery) and must be whole: integrity_check ok, every acknowledged batch there, no batch
 * half there. Four files run side by side to keep the time down.
 */
const lanes = 4
const killsPerLane = 14
const folders: string[] = []

beforeAll(() => {
  for (let lane = 0; lane < lanes; lane++) folders.push(fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-crash-')))
})
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })))

/** Deterministic per lane, so a failure can be replayed. */
function delays(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state % 40
  }
}

type Outcome = { kills: number; acknowledged: number; found: number; problems: string[] }

async function lane(folder: string, seed: number): Promise<Outcome> {
  const file = path.join(folder, 'region-desk.sqlite')
  openDatabase(file).sqlite.close()
  const nextDelay = delays(seed)
  const problems: string[] = []
  let acknowledged = 0
  let found = 0
  for (let kill = 0; kill < killsPerLane; kill++) {
    const writer = startWriter(file)
    await writer.ready
    await new Promise((resolve) => setTimeout(resolve, nextDelay()))
    writer.kill()
    const { signal } = await writer.exited
    if (signal !== 'SIGKILL') problems.push(`run ${kill}: writer ended by itself (${writer.errors()})`)

    const db = openDatabase(file)
    try {
      const state = batchesIn(db.sqlite)
      const integrity = db.sqlite.pragma('integrity_check', { simple: true })
      const highestAck = writer.acks.length > 0 ? Math.max(...writer.acks) : -1
      if (integrity !== 'ok') problems.push(`run ${kill}: integrity_check ${String(integrity)}`)
      if (!state.whole) problems.push(`run ${kill}: a batch is half there`)
      if (!state.contiguous) problems.push(`run ${kill}: batches missing in between`)
      if (state.orphans > 0 || db.checks.foreignKeyProblems > 0) problems.push(`run ${kill}: orphan rows`)
      if (state.count <= highestAck) problems.push(`run ${kill}: ack ${highestAck} but only ${state.count} batches`)
      acknowledged = Math.max(acknowledged, highestAck + 1)
      found = state.count
    } finally {
      db.sqlite.close()
    }
  }
  return { kills: killsPerLane, acknowledged, found, problems }
}

describe('a writer killed at random moments', () => {
  it(`leaves a whole record after each of ${lanes * killsPerLane} kills, with every acknowledged write in it`, async () => {
    const outcomes = await Promise.all(folders.map((folder, index) => lane(folder, 7919 * (index + 1))))
    expect(outcomes.flatMap((outcome) => outcome.problems)).toEqual([])
    expect(outcomes.reduce((sum, outcome) => sum + outcome.kills, 0)).toBeGreaterThanOrEqual(50)
    // The kills did land mid-stream: writes were acknowledged, and what is there covers them.
    for (const outcome of outcomes) {
      expect(outcome.acknowledged).toBeGreaterThan(0)
      expect(outcome.found).toBeGreaterThanOrEqual(outcome.acknowledged)
    }
  }, 60_000)
})
