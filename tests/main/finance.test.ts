import { describe, expect, it } from 'vitest'
import type { Input } from '../../shared/api'
import { createHarness } from './harness'

/**
 * A region on 2026-03-15 with three groups: Tromsø (active), Bodø (active), Narvik (closed in
 * 2024). Kari was Tromsø's treasurer until 2025-03-01, Ola after her; Per is a member of Tromsø;
 * Liv is outside every group.
 */
function region() {
  const harness = createHarness('2026-03-15')
  const { call, db } = harness
  const tromso = call('group-create', { name: 'Amnesty Tromsø' })
  const bodo = call('group-create', { name: 'Amnesty Bodø' })
  const narvik = call('group-create', { name: 'Amnesty Narvik' })
  call('group-set-status', { id: narvik.id, status: 'closed', since: '2024-06-01' })
  const person = (name: string) => call('person-create', { name }).id
  const people = {
    kari: person('Kari Nordmann'),
    ola: person('Ola Åsen'),
    per: person('Per Ødegård'),
    liv: person('Liv Berg'),
  }
  const roleId = (key: string) =>
    (db.sqlite.prepare('SELECT id FROM roles WHERE key = ?').get(key) as { id: number }).id
  const term = (groupId: number, key: string, personId: number, from: string, to: string | null = null) =>
    db.sqlite
      .prepare('INSERT INTO role_terms (group_id, role_id, person_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)')
      .run(groupId, roleId(key), personId, from, to)
  term(tromso.id, 'treasurer', people.kari, '2023-03-01', '2025-03-01')
  term(tromso.id, 'treasurer', people.ola, '2025-03-01')
  call('membership-create', { personId: people.per, groupId: tromso.id, from: '2024-09-01' })
  return { ...harness, tromso, bodo, narvik, people, term }
}

const save = (input: Partial<Input<'finance-year-save'>> & { groupId: number; year: number }) => input

describe('finance-year-list', () => {
  it('gives one row per group active in the year, even with nothing recorded, with all its treasurers', () => {
    const { call, tromso } = region()
    const { rows } = call('finance-year-list', { year: 2025 })
    expect(rows.map((row) => row.groupName)).toEqual(['Amnesty Bodø', 'Amnesty Tromsø'])
    const row = rows.find((candidate) => candidate.groupId === tromso.id)!
    expect(row).toMatchObject({ id: null, year: 2025, auditStatus: 'not_assigned' })
    expect(row.treasurers.map((treasurer) => treasurer.name)).toEqual(['Kari Nordmann', 'Ola Åsen'])
    expect(row.flags).toEqual([
      'cashBookMissing',
      'annualReportMissing',
      'activityReportMissing',
      'auditorMissing',
      'auditNotApproved',
    ])
    expect(rows.find((candidate) => candidate.groupName === 'Amnesty Bodø')!.flags).toContain('treasurerMissing')
  })

  it('shows a group closed during the year for that year, not for later years', () => {
    const { call } = region()
    expect(call('finance-year-list', { year: 2024 }).rows.map((row) => row.groupName)).toContain('Amnesty Narvik')
    expect(call('finance-year-list', { year: 2025 }).rows.map((row) => row.groupName)).not.toContain('Amnesty Narvik')
  })

  it('counts a treasurer whose term ended on 1 January as the previous year’s only', () => {
    const { call, bodo, people, term } = region()
    term(bodo.id, 'treasurer', people.liv, '2024-02-01', '2025-01-01')
    expect(call('finance-year-list', { year: 2024, groupId: bodo.id }).rows[0]!.treasurers).toHaveLength(1)
    expect(call('finance-year-list', { year: 2025, groupId: bodo.id }).rows[0]!.treasurers).toEqual([])
  })

  it('filters by problem', () => {
    const { call, tromso, people } = region()
    call(
      'finance-year-save',
      save({
        groupId: tromso.id,
        year: 2025,
        cashBookReceivedOn: '2026-02-01',
        annualReportReceivedOn: '2026-02-01',
        activityReportReceivedOn: '2026-02-10',
        auditorPersonId: people.liv,
        auditStatus: 'approved',
        auditAssignedOn: '2026-02-02',
        auditDecidedOn: '2026-03-01',
      }),
    )
    const names = (problem: Input<'finance-year-list'>['problem']) =>
      call('finance-year-list', { year: 2025, problem }).rows.map((row) => row.groupName)
    expect(names('any')).toEqual(['Amnesty Bodø'])
    expect(names('cashBookMissing')).toEqual(['Amnesty Bodø'])
    expect(names('treasurerMissing')).toEqual(['Amnesty Bodø'])
    expect(names(undefined)).toEqual(['Amnesty Bodø', 'Amnesty Tromsø'])
  })

  it('flags an auditor who became tied to the group after being saved', () => {
    const { call, tromso, people } = region()
    call(
      'finance-year-save',
      save({ groupId: tromso.id, year: 2025, auditorPersonId: people.liv, auditStatus: 'assigned' }),
    )
    call('membership-create', { personId: people.liv, groupId: tromso.id, from: '2025-11-01' })
    const row = call('finance-year-list', { year: 2025, problem: 'auditorNotIndependent' }).rows
    expect(row.map((candidate) => candidate.groupName)).toEqual(['Amnesty Tromsø'])
  })

  it('reads every group’s treasurers and ties in a fixed number of queries', () => {
    const harness = region()
    for (let index = 0; index < 30; index += 1) harness.call('group-create', { name: `Gruppe ${index}` })
    const prepare = harness.db.sqlite.prepare.bind(harness.db.sqlite)
    let queries = 0
    harness.db.sqlite.prepare = ((source: string) => {
      queries += 1
      return prepare(source)
    }) as typeof harness.db.sqlite.prepare
    expect(harness.call('finance-year-list', { year: 2025 }).rows).toHaveLength(32)
    // Groups with their year, treasurers, ties: never one query per group.
    expect(queries).toBe(3)
  })

  it('refuses a bad year and an unknown problem', () => {
    const { send } = region()
    expect(send('finance-year-list', { year: 1999 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'year', messageKey: 'validation.tooSmall' },
    })
    expect(send('finance-year-list', { year: 2025.5 })).toMatchObject({ ok: false, error: { field: 'year' } })
    expect(send('finance-year-list', { year: 2025, problem: 'late' as never })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'problem', messageKey: 'validation.choice' },
    })
  })
})

describe('finance-year-get', () => {
  it('gives a blank year for a group with nothing recorded, with the year’s ties for the form', () => {
    const { call, tromso } = region()
    const year = call('finance-year-get', { groupId: tromso.id, year: 2025 })
    expect(year).toMatchObject({ id: null, groupName: 'Amnesty Tromsø', notes: null, updatedAt: null })
    expect(year.ties.map((tie) => `${tie.kind} ${tie.personName}`)).toEqual([
      'role Kari Nordmann',
      'role Ola Åsen',
      'member Per Ødegård',
    ])
  })

  it('answers NOT_FOUND for an unknown group and VALIDATION for a bad id', () => {
    const { send } = region()
    expect(send('finance-year-get', { groupId: 999, year: 2025 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.group' },
    })
    expect(send('finance-year-get', { groupId: -1, year: 2025 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'groupId' },
    })
  })
})

describe('finance-year-save', () => {
  it('creates the year, then replaces it (upsert), and announces the finance topic', () => {
    const { call, events, tromso } = region()
    const first = call(
      'finance-year-save',
      save({ groupId: tromso.id, year: 2025, cashBookReceivedOn: '2026-01-20', notes: '  ' }),
    )
    expect(first).toMatchObject({ cashBookReceivedOn: '2026-01-20', notes: null })
    expect(first.id).toEqual(expect.any(Number))
    const second = call(
      'finance-year-save',
      save({ groupId: tromso.id, year: 2025, annualReportReceivedOn: '2026-02-01' }),
    )
    expect(second.id).toBe(first.id)
    expect(second).toMatchObject({ cashBookReceivedOn: null, annualReportReceivedOn: '2026-02-01' })
    expect(events.at(-1)).toEqual({ name: 'changed', topics: ['finance'] })
  })

  it('refuses a member of the group as auditor, naming the field and the membership', () => {
    const { send, tromso, people } = region()
    const reply = send('finance-year-save', save({ groupId: tromso.id, year: 2025, auditorPersonId: people.per }))
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'auditorPersonId',
        messageKey: 'finance.errors.auditorIsMember',
        params: { name: 'Per Ødegård', from: '2024-09-01' },
      },
    })
    if (!reply.ok)
      expect(reply.error.message).toMatch(
        /^Per Ødegård is a member of the group \(since 2024-09-01\)\. The auditor must be someone outside the group/,
      )
  })

  it('refuses a past treasurer of that year, naming the role in the record’s language', () => {
    const { send, tromso, people } = region()
    const reply = send('finance-year-save', save({ groupId: tromso.id, year: 2025, auditorPersonId: people.kari }))
    expect(reply).toMatchObject({
      ok: false,
      error: {
        field: 'auditorPersonId',
        messageKey: 'finance.errors.auditorHeldRole',
        params: { role: 'Økonomiansvarlig', from: '2023-03-01', to: '2025-03-01' },
      },
    })
  })

  it('treats a typed name matching a member the same, ignoring case and accents', () => {
    const { send, tromso } = region()
    expect(
      send('finance-year-save', save({ groupId: tromso.id, year: 2025, auditorName: '  per  ODEGARD ' })),
    ).toMatchObject({ ok: false, error: { field: 'auditorName', messageKey: 'finance.errors.auditorIsMember' } })
  })

  it('accepts a tied auditor with an override reason, and keeps the reason', () => {
    const { call, tromso, people } = region()
    const saved = call(
      'finance-year-save',
      save({
        groupId: tromso.id,
        year: 2025,
        auditorPersonId: people.per,
        auditorOverrideReason: 'Only accountant in the village',
        auditStatus: 'assigned',
      }),
    )
    expect(saved).toMatchObject({ auditorName: 'Per Ødegård', auditorOverrideReason: 'Only accountant in the village' })
    expect(saved.flags).not.toContain('auditorNotIndependent')
  })

  it('accepts an outsider, dropping a needless override reason and the typed name', () => {
    const { call, tromso, people } = region()
    const saved = call(
      'finance-year-save',
      save({
        groupId: tromso.id,
        year: 2025,
        auditorPersonId: people.liv,
        auditorName: 'Someone else',
        auditorContact: 'x@example.org',
        auditorOverrideReason: 'not needed',
      }),
    )
    expect(saved).toMatchObject({ auditorPersonId: people.liv, auditorName: 'Liv Berg', auditorOverrideReason: null })
  })

  it('accepts someone who left the group before the year, and a holder of the auditor role', () => {
    const { call, bodo, people, term } = region()
    call('membership-create', { personId: people.liv, groupId: bodo.id, from: '2020-01-01', to: '2024-12-31' })
    term(bodo.id, 'auditor', people.liv, '2025-01-01')
    expect(
      call('finance-year-save', save({ groupId: bodo.id, year: 2025, auditorPersonId: people.liv })),
    ).toMatchObject({ auditorName: 'Liv Berg' })
  })

  it('keeps a typed name and contact for someone not in the record', () => {
    const { call, bodo } = region()
    const saved = call(
      'finance-year-save',
      save({ groupId: bodo.id, year: 2025, auditorName: 'Grete Revisor', auditorContact: 'grete@example.org' }),
    )
    expect(saved).toMatchObject({
      auditorPersonId: null,
      auditorName: 'Grete Revisor',
      auditorContact: 'grete@example.org',
    })
    expect(saved.flags).not.toContain('auditorMissing')
  })

  it.each([
    [{ auditStatus: 'assigned' as const }, 'auditorPersonId', 'finance.errors.statusNeedsAuditor'],
    [
      { auditStatus: 'approved' as const, auditorName: 'Grete' },
      'auditDecidedOn',
      'finance.errors.statusNeedsDecidedOn',
    ],
    [
      { auditStatus: 'rejected' as const, auditorName: 'Grete', auditDecidedOn: '2026-03-01' },
      'auditRemarks',
      'finance.errors.statusNeedsRemarks',
    ],
    [
      {
        auditStatus: 'approved' as const,
        auditorName: 'Grete',
        auditAssignedOn: '2026-03-02',
        auditDecidedOn: '2026-03-01',
      },
      'auditDecidedOn',
      'finance.errors.decidedBeforeAssigned',
    ],
  ])('refuses a status without what it needs: %j', (fields, field, messageKey) => {
    const { send, bodo } = region()
    expect(send('finance-year-save', save({ groupId: bodo.id, year: 2025, ...fields }))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field, messageKey },
    })
  })

  it('refuses bad input before anything is written', () => {
    const { send, bodo, db } = region()
    expect(
      send('finance-year-save', save({ groupId: bodo.id, year: 2025, cashBookReceivedOn: '2026-02-30' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'cashBookReceivedOn', messageKey: 'validation.date' },
    })
    expect(
      send('finance-year-save', save({ groupId: bodo.id, year: 2025, auditStatus: 'done' as never })),
    ).toMatchObject({
      ok: false,
      error: { field: 'auditStatus', messageKey: 'validation.choice' },
    })
    expect(send('finance-year-save', save({ groupId: bodo.id, year: 2025, auditorPersonId: 999 }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.person' },
    })
    expect(send('finance-year-save', save({ groupId: 999, year: 2025 }))).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.group' },
    })
    expect(send('finance-year-save', { year: 2025 } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'groupId', messageKey: 'validation.required' },
    })
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM finance_years').get()).toEqual({ n: 0 })
  })
})
