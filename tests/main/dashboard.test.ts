import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedDemoRegion } from '../../main/demo/seed'
import { createHarness } from './harness'

describe('dashboard-get', () => {
  it('counts the demo region the same way the lists do', () => {
    const { db, call } = createHarness('2026-11-21')
    seedDemoRegion(db, '2026-11-21')
    const dashboard = call('dashboard-get', { season: 2026, language: 'nb' })
    const elections = call('election-list', { season: 2026 }).rows.filter((row) => row.kind === 'regular')
    expect(dashboard.tiles.activeGroups).toBe(20)
    expect(dashboard.grid).toHaveLength(20)
    expect(dashboard.tiles.held).toBe(
      elections.filter((row) => ['held', 'reported', 'minutes_filed'].includes(row.state)).length,
    )
    expect(dashboard.tiles.late).toBe(elections.filter((row) => row.flags.includes('late')).length)
    const stateTotal = Object.values(dashboard.tiles.byState).reduce((sum, n) => sum + n, 0)
    expect(stateTotal).toBe(20)
    // Every grid row says something about every requirement, in words.
    for (const row of dashboard.grid) for (const cell of Object.values(row.cells)) expect(cell.detail).not.toBe('')
    // A reminder has somewhere to go: the group's own address or its leader's.
    expect(dashboard.grid.filter((row) => row.contactEmail?.endsWith('@example.org')).length).toBeGreaterThan(10)
    const lastWeek = dashboard.charts.heldPerWeek.at(-1)!
    expect(lastWeek.thisSeason).toBe(dashboard.tiles.held)
  })

  it('turns a vacancy green when the role is filled', () => {
    const { call } = createHarness('2026-03-15')
    const group = call('group-create', { name: 'Amnesty Molde' })
    const person = call('person-create', { name: 'Åse Ødegård' })
    const before = call('dashboard-get', { season: 2026, language: 'nb' }).grid[0]!
    expect(before.cells.mustRolesFilled).toMatchObject({
      status: 'problem',
      params: { roles: 'Leder, Økonomiansvarlig' },
    })
    let election = call('election-create', { groupId: group.id, season: 2026 })
    election = call('election-update', { id: election.id, meetingAt: '2026-03-10T18:00' })
    election = call('election-set-state', { id: election.id, state: 'held', on: '2026-03-10' })
    for (const contest of election.contests.filter((c) => ['Leder', 'Økonomiansvarlig'].includes(c.roleNames.nb))) {
      call('contest-update', {
        id: contest.id,
        seats: 1,
        method: 'acclamation',
        rule: contest.rule,
        base: contest.base,
        further: contest.further,
        loneCandidateNeedsVote: false,
      })
      call('candidate-add', { contestId: contest.id, personId: person.id })
      call('contest-confirm', { id: contest.id })
    }
    const after = call('dashboard-get', { season: 2026, language: 'nb' }).grid[0]!
    expect(after.cells.mustRolesFilled.status).toBe('ok')
    expect(after.cells.electionHeld.status).toBe('ok')
  })
})

describe('season-report and season-calendar', () => {
  it('prints the figures, the grid and what each group lacks, readable back from the PDF', () => {
    const { db, call } = createHarness('2026-11-21')
    seedDemoRegion(db, '2026-11-21')
    const report = call('season-report', { season: 2026, language: 'nb' })
    expect(report.fileName).toBe('sesongrapport-2026.pdf')
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'season-report-'))
    const file = path.join(folder, report.fileName)
    fs.writeFileSync(file, Buffer.from(report.base64, 'base64'))
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    fs.rmSync(folder, { recursive: true, force: true })
    expect(text).toContain('Sesongrapport 2026')
    expect(text).toContain('Region Øst')
    expect(text).toContain('Valg gjennomført')
    expect(text).toMatch(/Amnesty Asker ungdom\s+[✓✗…–]/)
    expect(text).toContain('Dette mangler hver gruppe fortsatt')
    expect(text).toContain(`Side 1 av ${report.pages}`)
  })

  it('lists planned meetings with a date as calendar events in wall-clock time', () => {
    const { call } = createHarness('2026-03-01')
    const group = call('group-create', { name: 'Amnesty Ålesund' })
    const election = call('election-create', { groupId: group.id, season: 2026 })
    call('election-update', { id: election.id, meetingAt: '2026-03-20T18:30', platform: 'zoom', candidacyDeadline: '2026-03-19' })
    call('election-set-state', { id: election.id, state: 'planned', on: '2026-03-01' })
    const calendar = call('season-calendar', { season: 2026, language: 'nb' })
    expect(calendar.events).toBe(1)
    expect(calendar.text).toContain('BEGIN:VEVENT')
    expect(calendar.text).toContain('DTSTART:20260320T183000')
    expect(calendar.text).toContain('SUMMARY:Valgmøte: Amnesty Ålesund')
    expect(calendar.text).toContain('Kandidaturfrist: 2026-03-19')
  })
})
