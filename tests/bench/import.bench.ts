import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Input, MethodName, Result } from '../../shared/api'
import type { Reply } from '../../shared/errors'
import { createContext } from '../../main/context'
import { openDatabase, type Db } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'
import { median, ratioRow, time, type BenchRow } from './measure'

/**
 * Importing 30,000 people through the real path (the file's bytes in base64 chunks through the
 * dispatcher, decoding, CSV parsing, row checks, duplicate and seat planning, one write
 * transaction) against the floor: a prepared INSERT loop writing the same rows in one transaction,
 * given them already parsed. Both write to a fresh file database with the app's pragmas.
 */
const peopleCount = 30_000
const groupCount = 150
const warmUps = 1
const runs = 5
const goalRatio = 3
const today = '2026-03-15'

const firstNames = ['Kari', 'Ola', 'Åse', 'Per', 'Liv', 'Björn', 'Ingrid', 'Jonas', 'Sofia', 'Mats', 'Øystein', 'Märta']
const lastNames = ['Nordmann', 'Ødegård', 'Lund', 'Berg', 'Åsen', 'Lindqvist', 'Hansen', 'Ærø', 'Strand', 'Sjöberg']
const towns = ['Tromsø', 'Bodø', 'Malmö', 'Göteborg', 'Ålesund', 'Bergen', 'Umeå', 'Oslo', 'Lund', 'Trondheim']

type Row = { name: string; email: string; phone: string; group: string; town: string; leader: boolean; from: string }

function generate(): Row[] {
  return Array.from({ length: peopleCount }, (_, index) => {
    const group = index % groupCount
    const day = String(1 + (index % 28)).padStart(2, '0')
    return {
      name: `${firstNames[index % firstNames.length]} ${lastNames[Math.floor(index / 12) % lastNames.length]} ${index}`,
      email: `person${index}@example.org`,
      phone: `+47 ${String(40_000_000 + index).replace(/(\d{3})(\d{2})(\d{3})/, '$1 $2 $3')}`,
      group: `Amnesty ${towns[group % towns.length]} ${group}`,
      town: towns[group % towns.length]!,
      // The first person of each group holds its one leader seat.
      leader: index < groupCount,
      from: `2025-09-${day}`,
    }
  })
}

/** As Excel writes "CSV UTF-8" on Nordic Windows: byte order mark, semicolons, CRLF. */
function csvBytes(rows: Row[]): Buffer {
  const lines = ['Navn;E-post;Telefon;Gruppe;Sted;Verv;Fra']
  for (const row of rows)
    lines.push([row.name, row.email, row.phone, row.group, row.town, row.leader ? 'Leder' : '', row.from].join(';'))
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

type Fresh = { db: Db; close: () => void }

function freshDatabase(folder: string, name: string): Fresh {
  const file = path.join(folder, `${name}.sqlite`)
  for (const stale of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(stale, { force: true })
  const db = openDatabase(file)
  return { db, close: () => db.sqlite.close() }
}

function importThroughApp(db: Db, bytes: Buffer): Result<'import-commit'> {
  const dispatch = createDispatcher(
    createContext(db, () => new Date(`${today}T12:00:00Z`)),
    handlers,
  )
  const call = <M extends MethodName>(method: M, input: Input<M>): Result<M> => {
    const reply = dispatch(method, input) as Reply<Result<M>>
    if (!reply.ok) throw new Error(`${method} failed: ${reply.error.messageKey}`)
    return reply.value
  }
  const { uploadId, chunkBytes } = call('import-begin', { fileName: 'members.csv', size: bytes.length })
  let status: Result<'import-chunk'> | null = null
  for (let offset = 0; offset < bytes.length; offset += chunkBytes)
    status = call('import-chunk', {
      uploadId,
      offset,
      base64: bytes.subarray(offset, offset + chunkBytes).toString('base64'),
    })
  if (status?.state !== 'ready') throw new Error(`file not read: ${JSON.stringify(status)}`)
  return call('import-commit', { uploadId, mapping: status.file.guess, decisions: { all: null, rows: [] } })
}

/** The floor: the same groups, people, memberships and leader terms, inserted with prepared statements. */
function insertRaw(db: Db, rows: Row[]) {
  const sqlite = db.sqlite
  const now = `${today}T12:00:00.000Z`
  const leader = (sqlite.prepare("SELECT id FROM roles WHERE key = 'leader'").get() as { id: number }).id
  const insertGroup = sqlite.prepare(
    `INSERT INTO groups (name, town, kind, status, status_since, created_at, updated_at)
     VALUES (?, ?, 'local', 'active', ?, ?, ?)`,
  )
  const insertPerson = sqlite.prepare(
    'INSERT INTO people (name, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  )
  const insertMembership = sqlite.prepare(
    'INSERT INTO memberships (person_id, group_id, from_date, to_date, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)',
  )
  const insertTerm = sqlite.prepare(
    `INSERT INTO role_terms (group_id, role_id, person_id, from_date, start_kind, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'elected', ?, ?)`,
  )
  // Table by table, as the import writes them: interleaving the tables touches more pages per row.
  sqlite.transaction(() => {
    const groupIds = new Map<string, number>()
    for (const row of rows)
      if (!groupIds.has(row.group))
        groupIds.set(row.group, Number(insertGroup.run(row.group, row.town, today, now, now).lastInsertRowid))
    const personIds = rows.map((row) =>
      Number(insertPerson.run(row.name, row.email, row.phone, now, now).lastInsertRowid),
    )
    rows.forEach((row, index) => insertMembership.run(personIds[index], groupIds.get(row.group), row.from, now, now))
    rows.forEach((row, index) => {
      if (row.leader) insertTerm.run(groupIds.get(row.group), leader, personIds[index], row.from, now, now)
    })
  })()
}

const count = (db: Db, table: string) =>
  (db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

/** Alternates floor and subject on fresh databases; the median of each over the timed runs. */
async function compare(rows: Row[], bytes: Buffer, open: (name: string) => Fresh) {
  const subjectTimes: number[] = []
  const floorTimes: number[] = []
  for (let run = 0; run < warmUps + runs; run++) {
    const floorDb = open(`floor-${run}`)
    const floorMs = time(() => insertRaw(floorDb.db, rows))
    floorDb.close()
    const subjectDb = open(`import-${run}`)
    const subjectMs = time(() => importThroughApp(subjectDb.db, bytes))
    const written = ['people', 'memberships', 'role_terms'].map((table) => count(subjectDb.db, table))
    subjectDb.close()
    if (written.join() !== `${peopleCount},${peopleCount},${groupCount}`)
      throw new Error(`the import wrote ${written.join(', ')}`)
    if (run >= warmUps) {
      subjectTimes.push(subjectMs)
      floorTimes.push(floorMs)
    }
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { medianMs: median(subjectTimes), floorMs: median(floorTimes) }
}

export async function runImportBench(): Promise<BenchRow[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-import-bench-'))
  try {
    const rows = generate()
    const bytes = csvBytes(rows)
    const onFile = await compare(rows, bytes, (name) => freshDatabase(folder, name))
    // In memory, writing costs least, so the import's own work (decoding, parsing, checks) weighs most.
    const inMemory = await compare(rows, bytes, () => {
      const db = openDatabase(':memory:')
      return { db, close: () => db.sqlite.close() }
    })
    const detail = (timing: { medianMs: number; floorMs: number }) =>
      `${timing.medianMs.toFixed(0)} ms vs ${timing.floorMs.toFixed(0)} ms (median of ${runs}); ` +
      `${(bytes.length / 2 ** 20).toFixed(1)} MB CSV, ${groupCount} groups, ${groupCount} leaders`
    const figure = `import: ${peopleCount.toLocaleString('en')} people from CSV (parse + check + commit) vs prepared INSERTs`
    return [
      ratioRow(`${figure}, file database`, onFile, goalRatio, detail(onFile)),
      ratioRow(`${figure}, in memory`, inMemory, goalRatio, detail(inMemory)),
    ]
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
