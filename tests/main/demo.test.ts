import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createContext } from '../../main/context'
import { openDatabase, type Db } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'
import { asciiHandle, isFictionPhone, isReservedEmail } from '../../main/demo/contact'
import { addDays } from '../../main/demo/dates'
import { createDemoFile, inspectRecordFile } from '../../main/demo/file'
import { seedDemoRegion } from '../../main/demo/seed'
import { runDemoLoader } from '../../main/tools/demo'
import { createHarness } from './harness'

const today = '2026-03-15'

function seededHarness(day = today) {
  const harness = createHarness(day)
  const summary = seedDemoRegion(harness.db, day)
  return { ...harness, summary }
}

/** What a user sees of the record, without the timestamps SQLite takes from the wall clock. */
function snapshot(harness: ReturnType<typeof createHarness>) {
  const groups = harness.call('group-list', { pageSize: 500 }).rows
  const people = harness.call('person-list', { pageSize: 500 }).rows
  const groupDetails = groups.map(({ id }) => {
    const { createdAt: _c, updatedAt: _u, ...group } = harness.call('group-get', { id })
    return group
  })
  const memberships = groups.flatMap(({ id }) => harness.call('membership-list', { groupId: id }))
  return { settings: harness.call('settings-get', undefined), groupDetails, people, memberships }
}

describe('demo contact details', () => {
  it.each([
    ['kari@example.org', true],
    ['Kari@EXAMPLE.NET', true],
    ['kari@example.com', false],
    ['kari@example.org.evil.no', false],
    ['kari@amnesty.no', false],
  ])('%s is on a reserved domain: %s', (email, expected) => expect(isReservedEmail(email)).toBe(expected))

  it.each([
    ['070-174 06 05', true],
    ['+46 70 174 06 99', true],
    ['070-174 06 04', false],
    ['+47 912 34 567', false],
  ])('%s is in the fiction block: %s', (phone, expected) => expect(isFictionPhone(phone)).toBe(expected))

  it.each([
    ['Bjørn Sæther', 'bjorn.saether'],
    ['Åsa Höglund', 'asa.hoglund'],
    ['Linnéa Ström', 'linnea.strom'],
    ['Łukasz Wójcik', 'lukasz.wojcik'],
  ])('%s gets the mailbox name %s', (name, handle) => expect(asciiHandle(name)).toBe(handle))
})

describe('seedDemoRegion', () => {
  it('fills a region of about 25 groups of every kind, most active, some dormant or closed', () => {
    const { call, summary } = seededHarness()
    const groups = call('group-list', { pageSize: 500 }).rows
    expect(groups.length).toBeGreaterThanOrEqual(20)
    expect(groups.length).toBeLessThanOrEqual(30)
    expect(summary.groups).toBe(groups.length)
    const count = (status: string) => groups.filter((group) => group.status === status).length
    expect(count('active')).toBeGreaterThan(groups.length * 0.7)
    expect(count('dormant')).toBe(3)
    expect([1, 2]).toContain(count('closed'))
    expect(new Set(groups.map((group) => group.kind))).toEqual(new Set(['local', 'student', 'youth', 'other']))
    expect(groups.map((group) => group.name)).toEqual(
      expect.arrayContaining(['Amnesty Ås studentgruppe', 'Amnesty Årjäng']),
    )
    for (const group of groups.filter((g) => g.status === 'closed')) expect(group.memberCount).toBe(0)
    for (const group of groups.filter((g) => g.status !== 'closed')) expect(group.memberCount).toBeGreaterThan(0)
    for (const group of groups) expect(group.statusSince <= today).toBe(true)
  })

  it('marks the record as the demo and sets a Norwegian region', () => {
    const { call } = seededHarness()
    expect(call('app-info', undefined).isDemo).toBe(true)
    expect(call('settings-get', undefined)).toMatchObject({
      regionName: 'Region Øst',
      orgPreset: 'norway',
      language: 'nb',
    })
  })

  it('adds people with Nordic and international names, mostly in one group, some in two, some in none', () => {
    const { call } = seededHarness()
    const people = call('person-list', { pageSize: 500 }).rows
    expect(people.length).toBeGreaterThanOrEqual(150)
    expect(people.length).toBeLessThanOrEqual(250)
    const names = people.map((person) => person.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((name) => /[æøå]/i.test(name)).length).toBeGreaterThan(10)
    expect(names.some((name) => /[äö]/i.test(name))).toBe(true)
    expect(names).toEqual(expect.arrayContaining(['Łukasz Wójcik', 'Анна Петрова', 'Nguyễn Thị Mai']))
    const inGroups = (n: number) => people.filter((person) => person.groups.length === n).length
    expect(inGroups(1)).toBeGreaterThan(people.length / 2)
    expect(inGroups(2)).toBeGreaterThan(5)
    expect(inGroups(0)).toBeGreaterThan(3)
    expect(inGroups(0)).toBeLessThan(people.length / 5)
    const overview = call('overview-get', undefined)
    expect(overview.people).toBe(people.length)
    expect(overview.peopleWithoutGroup).toBe(inGroups(0))
  })

  it('uses only reserved mail domains and fictional phone numbers, and leaves some blank', () => {
    const { call } = seededHarness()
    const people = call('person-list', { pageSize: 500 }).rows
    const groups = call('group-list', { pageSize: 500 }).rows.map(({ id }) => call('group-get', { id }))
    const emails = [...people.map((p) => p.email), ...groups.map((g) => g.contactEmail)].filter((e) => e !== null)
    expect(emails.length).toBeGreaterThan(150)
    expect(emails.filter((email) => !isReservedEmail(email))).toEqual([])
    const phones = people.map((p) => p.phone).filter((p) => p !== null)
    expect(phones.length).toBeGreaterThan(50)
    expect(phones.filter((phone) => !isFictionPhone(phone))).toEqual([])
    expect(people.some((p) => p.email === null)).toBe(true)
    expect(people.some((p) => p.phone === null)).toBe(true)
    expect(people.some((p) => p.email === null && p.phone === null)).toBe(true)
  })

  it('dates memberships in the past few years up to today, with some ended', () => {
    const harness = seededHarness()
    const { memberships } = snapshot(harness)
    expect(memberships.length).toBe(harness.summary.memberships)
    const ended = memberships.filter((m) => m.to !== null)
    expect(ended.length).toBeGreaterThan(30)
    for (const m of memberships) {
      expect(m.from >= addDays(today, -8 * 366)).toBe(true)
      expect(m.from <= today).toBe(true)
      if (m.to !== null) expect(m.from <= m.to && m.to < today).toBe(true)
    }
  })

  it('gives the same region every time, moving only the dates with today', () => {
    expect(snapshot(seededHarness())).toEqual(snapshot(seededHarness()))
    const later = snapshot(seededHarness('2027-01-10'))
    const now = snapshot(seededHarness())
    expect(later.people).toEqual(now.people)
    expect(later.memberships.map((m) => m.from)).not.toEqual(now.memberships.map((m) => m.from))
  })

  it('refuses a record that already has data', () => {
    const { db, call } = createHarness(today)
    call('person-create', { name: 'Kari Nordmann' })
    expect(() => seedDemoRegion(db, today)).toThrow(/empty record/)
    expect(call('person-list', {}).total).toBe(1)
  })

  it('writes everything or nothing', () => {
    const { db, call } = createHarness(today)
    db.sqlite.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON memberships
      WHEN (SELECT count(*) FROM memberships) >= 50 BEGIN SELECT RAISE(ABORT, 'fail'); END`)
    expect(() => seedDemoRegion(db, today)).toThrow(/membership-create: CONFLICT/)
    expect(call('overview-get', undefined)).toMatchObject({
      people: 0,
      groupsByStatus: { active: 0, dormant: 0, closed: 0 },
    })
    expect(call('app-info', undefined).isDemo).toBe(false)
    expect(call('settings-get', undefined).regionName).toBeNull()
  })
})

describe('runDemoLoader', () => {
  let folder: string
  let lines: string[]
  let errors: string[]
  const run = (...argv: string[]) =>
    runDemoLoader(argv, {
      userData: folder,
      log: (line) => lines.push(line),
      error: (line) => errors.push(line),
      now: () => new Date(`${today}T09:00:00Z`),
    })

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-demo-'))
    lines = []
    errors = []
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  /** A record as the app leaves it after the user entered a group and a person. */
  function realRecord(file: string, keepOpen = false): Db {
    const db = openDatabase(file)
    const dispatch = createDispatcher(createContext(db), handlers)
    expect(dispatch('group-create', { name: 'Amnesty Molde' }).ok).toBe(true)
    expect(dispatch('person-create', { name: 'Kari Nordmann', email: 'kari@example.org' }).ok).toBe(true)
    if (!keepOpen) db.sqlite.close()
    return db
  }

  function readDemo(file: string) {
    const db = openDatabase(file)
    try {
      return {
        isDemo: db.sqlite.prepare('SELECT is_demo FROM settings').pluck().get(),
        groups: db.sqlite.prepare('SELECT count(*) FROM groups').pluck().get() as number,
        people: db.sqlite.prepare('SELECT name FROM people ORDER BY id').pluck().all() as string[],
        firstPersonId: db.sqlite.prepare('SELECT min(id) FROM people').pluck().get(),
      }
    } finally {
      db.sqlite.close()
    }
  }

  const listing = () => fs.readdirSync(folder).sort()

  it('seeds the separate demo file in the per-user folder and says how to open it', () => {
    vi.stubEnv('REGION_DESK_DB', path.join(folder, 'real.sqlite'))
    expect(run()).toBe(0)
    const file = path.join(folder, 'region-desk-demo.sqlite')
    expect(readDemo(file)).toMatchObject({ isDemo: 1, groups: 25 })
    expect(fs.existsSync(path.join(folder, 'real.sqlite'))).toBe(false)
    const output = lines.join('\n')
    expect(output).toContain(file)
    expect(output).toContain('npm run serve -- --demo')
    expect(output).toContain('npm start -- --demo')
    expect(errors).toEqual([])
  })

  it('seeds an empty file given by --db, creating its folder, and prints no one’s name', () => {
    const file = path.join(folder, 'nested', 'try.sqlite')
    expect(run('--db', file)).toBe(0)
    const demo = readDemo(file)
    expect(demo.isDemo).toBe(1)
    expect(lines.join('\n')).toContain(`--db "${file}"`)
    for (const name of demo.people) expect(lines.join('\n')).not.toContain(name)
  })

  it('replaces an existing demo file, dropping what was added to it', () => {
    const file = path.join(folder, 'demo.sqlite')
    expect(run('--db', file)).toBe(0)
    const first = readDemo(file)
    const db = openDatabase(file)
    createDispatcher(createContext(db), handlers)('person-create', { name: 'Added Afterwards' })
    db.sqlite.close()
    lines = []
    expect(run('--db', file)).toBe(0)
    expect(lines[0]).toMatch(/^Replaced/)
    const second = readDemo(file)
    expect(second).toEqual(first)
    expect(second.firstPersonId).toBe(1)
  })

  it('refuses a real record with data and leaves it byte-identical, with no files added', () => {
    const file = path.join(folder, 'region-desk.sqlite')
    realRecord(file)
    const before = fs.readFileSync(file)
    const filesBefore = listing()
    expect(run('--db', file)).toBe(1)
    expect(errors.join('\n')).toMatch(/Refusing: .* holds real data and is not a demo file/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
    expect(listing()).toEqual(filesBefore)
    expect([...lines, ...errors].join('\n')).not.toMatch(/Kari|Molde/)
  })

  it('refuses a real record the app has open right now, leaving its file unchanged', () => {
    const file = path.join(folder, 'region-desk.sqlite')
    const db = realRecord(file, true)
    try {
      const before = fs.readFileSync(file)
      expect(run('--db', file)).toBe(1)
      expect(fs.readFileSync(file).equals(before)).toBe(true)
      expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1)
    } finally {
      db.sqlite.close()
    }
  })

  it('refuses a record where only the region and leader were filled in', () => {
    const file = path.join(folder, 'region-desk.sqlite')
    const db = openDatabase(file)
    db.sqlite.prepare("UPDATE settings SET region_name = 'Region Nord', leader_name = 'Per Hansen'").run()
    db.sqlite.close()
    expect(run('--db', file)).toBe(1)
    expect(inspectRecordFile(file)).toBe('real')
  })

  it('refuses a file that is not a Region Desk record', () => {
    const text = path.join(folder, 'notes.txt')
    fs.writeFileSync(text, 'Not a database, but somebody’s notes.\n'.repeat(20))
    expect(run('--db', text)).toBe(1)
    expect(errors.join('\n')).toMatch(/is not a Region Desk record/)
    expect(fs.readFileSync(text, 'utf8')).toBe('Not a database, but somebody’s notes.\n'.repeat(20))
  })

  it('fills a record the app created but nobody has used yet', () => {
    const file = path.join(folder, 'fresh.sqlite')
    openDatabase(file).sqlite.close()
    expect(inspectRecordFile(file)).toBe('empty')
    expect(run('--db', file)).toBe(0)
    expect(inspectRecordFile(file)).toBe('demo')
  })
})

describe('createDemoFile', () => {
  it('writes a demo file for other tests, and will not write over real data', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-demo-'))
    try {
      const file = path.join(folder, 'e2e.sqlite')
      expect(createDemoFile(file, today)).toMatchObject({ groups: 25 })
      expect(createDemoFile(file, today)).toMatchObject({ groups: 25 })
      const db = openDatabase(file)
      db.sqlite.prepare('UPDATE settings SET is_demo = 0').run()
      db.sqlite.close()
      expect(() => createDemoFile(file, today)).toThrow(/real file/)
    } finally {
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
