import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

/** A group whose treasurer Per has served since 2024; an election held 2026-03-10; today is 2026-03-15. */
function withElection(today = '2026-03-15') {
  const harness = createHarness(today)
  const { call } = harness
  const group = call('group-create', { name: 'Amnesty Tromsø' })
  const person = (name: string) => call('person-create', { name }).id
  const people = { per: person('Per Ødegård'), liv: person('Liv Berg'), ola: person('Ola Åsen') }
  const roles = call('role-list', {})
  const role = (key: string) => roles.find((candidate) => candidate.key === key)!
  call('role-term-create', {
    groupId: group.id,
    roleId: role('treasurer').id,
    personId: people.per,
    from: '2024-03-01',
    startKind: 'elected',
  })
  let election = call('election-create', { groupId: group.id, season: 2026 })
  election = call('election-update', { id: election.id, meetingAt: '2026-03-10T18:00', noticeChannel: 'email' })
  call('election-set-state', { id: election.id, state: 'planned', on: '2026-02-01' })
  election = call('election-set-state', { id: election.id, state: 'held', on: '2026-03-10' })
  const treasurer = election.contests.find((contest) => contest.roleId === role('treasurer').id)!
  /** Liv is acclaimed treasurer and the result confirmed. */
  const confirmTreasurer = () => {
    call('contest-update', {
      id: treasurer.id,
      seats: treasurer.seats,
      method: 'acclamation',
      rule: treasurer.rule,
      base: treasurer.base,
      further: treasurer.further,
      loneCandidateNeedsVote: false,
    })
    call('candidate-add', { contestId: treasurer.id, personId: people.liv })
    call('contest-confirm', { id: treasurer.id })
    return call('handover-list', { groupId: group.id })[0]!
  }
  return { ...harness, group, people, role, treasurer, confirmTreasurer }
}

const snapshot = (db: ReturnType<typeof createHarness>['db']) =>
  Object.fromEntries(
    ['role_terms', 'handovers', 'handover_items'].map((table) => [
      table,
      db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all(),
    ]),
  )

describe('contest-confirm and contest-reopen with checklists', () => {
  it('gives the handover from the result the default checklist, and reopening removes all of it exactly', () => {
    const { call, db, treasurer, confirmTreasurer } = withElection()
    const before = snapshot(db)
    const handover = confirmTreasurer()
    expect(handover).toMatchObject({
      fromPersonName: 'Per Ødegård',
      toPersonName: 'Liv Berg',
      manual: false,
      itemsDone: 0,
      itemsTotal: 7,
      dueOn: '2026-04-09',
    })
    const detail = call('handover-get', { id: handover.id })
    expect(detail.items[0]).toMatchObject({
      position: 1,
      label: 'Passord til felles e-post og sosiale medier er endret',
    })

    call('contest-reopen', { id: treasurer.id })
    expect(snapshot(db)).toEqual(before)
  })

  it('uses the role’s own checklist when it has one, and confirming again after reopening gives it afresh', () => {
    const { call, db, role, treasurer, confirmTreasurer } = withElection()
    call('handover-template-save', {
      roleId: role('treasurer').id,
      items: ['Cash book handed over', 'Bank signatory changed'],
    })
    const first = confirmTreasurer()
    expect(call('handover-get', { id: first.id }).items.map((item) => item.label)).toEqual([
      'Cash book handed over',
      'Bank signatory changed',
    ])
    call('contest-reopen', { id: treasurer.id })
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM handover_items').get()).toEqual({ n: 0 })
    call('contest-confirm', { id: treasurer.id })
    const again = call('handover-list', {})
    expect(again).toMatchObject([{ itemsTotal: 2, itemsDone: 0 }])
  })

  it('refuses reopening once an item is ticked, and allows it again when un-ticked', () => {
    const { call, send, treasurer, confirmTreasurer } = withElection()
    const handover = confirmTreasurer()
    const [item] = call('handover-get', { id: handover.id }).items
    call('handover-item-set', { id: item!.id, done: true })
    expect(send('contest-reopen', { id: treasurer.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'errors.handoverStarted' },
    })
    call('handover-item-set', { id: item!.id, done: false })
    call('contest-reopen', { id: treasurer.id })
    expect(call('handover-list', {})).toEqual([])
  })
})

describe('handover-item-set', () => {
  it('records today’s date on ticking, keeps it on ticking again, and clears it on un-ticking', () => {
    const { call, confirmTreasurer } = withElection()
    const handover = confirmTreasurer()
    const [first, second] = call('handover-get', { id: handover.id }).items
    let detail = call('handover-item-set', { id: first!.id, done: true })
    expect(detail.items[0]).toMatchObject({ doneOn: '2026-03-15' })
    expect(detail).toMatchObject({ itemsDone: 1, itemsTotal: 7, status: 'open' })
    detail = call('handover-item-set', { id: first!.id, done: true })
    expect(detail.items[0]!.doneOn).toBe('2026-03-15')
    detail = call('handover-item-set', { id: second!.id, done: true })
    detail = call('handover-item-set', { id: first!.id, done: false })
    expect(detail.items.map((item) => item.doneOn).slice(0, 2)).toEqual([null, '2026-03-15'])
  })

  it('refuses an item that does not exist and a non-boolean', () => {
    const { send } = withElection()
    expect(send('handover-item-set', { id: 999, done: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'stewardship.errors.itemNotFound' },
    })
    expect(send('handover-item-set', { id: 1, done: 'yes' as unknown as boolean })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'done' },
    })
  })
})

describe('handover-update', () => {
  it('moves through the statuses: done records the day, waived needs a reason', () => {
    const { call, send, confirmTreasurer } = withElection()
    const handover = confirmTreasurer()
    const base = { id: handover.id, dueOn: handover.dueOn, notes: 'Meet at the office' }
    expect(call('handover-update', { ...base, status: 'in_progress' })).toMatchObject({
      status: 'in_progress',
      completedOn: null,
      notes: 'Meet at the office',
    })
    expect(call('handover-update', { ...base, status: 'done' })).toMatchObject({
      status: 'done',
      completedOn: '2026-03-15',
    })
    expect(send('handover-update', { ...base, status: 'waived', statusReason: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'statusReason', messageKey: 'stewardship.errors.reasonRequired' },
    })
    expect(call('handover-update', { ...base, status: 'waived', statusReason: 'Per left the country' })).toMatchObject({
      status: 'waived',
      statusReason: 'Per left the country',
      completedOn: null,
    })
    expect(call('handover-update', { ...base, status: 'open' })).toMatchObject({ statusReason: null })
  })

  it('refuses an unknown status and a bad due date', () => {
    const { send, confirmTreasurer } = withElection()
    const handover = confirmTreasurer()
    expect(send('handover-update', { id: handover.id, status: 'closed' as 'done', dueOn: '2026-04-01' })).toMatchObject(
      { ok: false, error: { code: 'VALIDATION', field: 'status', messageKey: 'validation.choice' } },
    )
    expect(send('handover-update', { id: handover.id, status: 'open', dueOn: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'dueOn', messageKey: 'validation.required' },
    })
    expect(send('handover-update', { id: 999, status: 'open', dueOn: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'stewardship.errors.handoverNotFound' },
    })
  })
})

describe('handover-create and handover-delete', () => {
  it('makes a handover by hand with the role’s checklist; only such a handover can be deleted', () => {
    const { call, send, group, people, role, confirmTreasurer } = withElection()
    const made = call('handover-create', {
      groupId: group.id,
      roleId: role('leader').id,
      fromPersonId: null,
      toPersonId: people.ola,
      dueOn: '2026-04-15',
      notes: 'New group leader; nobody held the role before',
    })
    expect(made).toMatchObject({
      manual: true,
      fromPersonId: null,
      fromPersonName: null,
      toPersonName: 'Ola Åsen',
      roleNames: { en: 'Leader' },
      itemsTotal: 7,
      status: 'open',
    })
    expect(made.items).toHaveLength(7)
    const fromResult = confirmTreasurer()
    expect(send('handover-delete', { id: fromResult.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'stewardship.errors.handoverFromElection' },
    })
    expect(call('handover-delete', { id: made.id })).toEqual({ id: made.id })
    expect(call('handover-list', {}).map((handover) => handover.id)).toEqual([fromResult.id])
  })

  it('refuses the same person on both sides, and missing people, roles and groups by field', () => {
    const { send, group, people, role } = withElection()
    const base = {
      groupId: group.id,
      roleId: role('leader').id,
      fromPersonId: people.per,
      toPersonId: people.ola,
      dueOn: '2026-04-15',
    }
    expect(send('handover-create', { ...base, toPersonId: people.per })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'toPersonId', messageKey: 'stewardship.errors.samePerson' },
    })
    expect(send('handover-create', { ...base, fromPersonId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'fromPersonId' },
    })
    expect(send('handover-create', { ...base, roleId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'roleId' },
    })
    expect(send('handover-create', { ...base, groupId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'groupId' },
    })
    expect(send('handover-create', { ...base, toPersonId: undefined as unknown as number })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'toPersonId', messageKey: 'validation.required' },
    })
  })
})

describe('handover-list', () => {
  it('filters by status, overdue and group, and counts checklist items', () => {
    const { call, group, people, role, confirmTreasurer } = withElection()
    const other = call('group-create', { name: 'Amnesty Bodø' })
    const fromResult = confirmTreasurer()
    const late = call('handover-create', {
      groupId: other.id,
      roleId: role('leader').id,
      toPersonId: people.ola,
      dueOn: '2026-03-01',
    })
    const finished = call('handover-create', {
      groupId: group.id,
      roleId: role('deputy').id,
      toPersonId: people.per,
      dueOn: '2026-02-01',
    })
    call('handover-update', { id: finished.id, status: 'done', dueOn: '2026-02-01' })
    call('handover-item-set', { id: late.items[0]!.id, done: true })

    const ids = (input: Parameters<typeof call<'handover-list'>>[1]) =>
      call('handover-list', input).map((handover) => handover.id)
    expect(ids({})).toEqual([finished.id, late.id, fromResult.id])
    expect(ids({ overdueOnly: true })).toEqual([late.id])
    expect(ids({ status: 'active' })).toEqual([late.id, fromResult.id])
    expect(ids({ status: 'done' })).toEqual([finished.id])
    expect(ids({ groupId: group.id, status: 'active' })).toEqual([fromResult.id])
    expect(ids({ personId: people.per })).toEqual([finished.id, fromResult.id])
    expect(call('handover-list', { overdueOnly: true })).toMatchObject([
      { overdue: true, itemsDone: 1, itemsTotal: 7, groupName: 'Amnesty Bodø' },
    ])
    // A done handover past its date is not overdue.
    expect(call('handover-list', { status: 'done' })).toMatchObject([{ overdue: false }])
  })

  it('refuses an unknown status filter', () => {
    const { send } = withElection()
    expect(send('handover-list', { status: 'late' as 'open' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'status' },
    })
  })
})

describe('handover-template-get and handover-template-save', () => {
  it('gives a role the default until it has its own; an empty list returns it to the default', () => {
    const { call, role } = withElection()
    const roleId = role('social_media').id
    const fallback = call('handover-template-get', {})
    expect(fallback).toMatchObject({ roleId: null, usesDefault: false })
    expect(fallback.items).toHaveLength(7)
    expect(call('handover-template-get', { roleId })).toEqual({ roleId, items: fallback.items, usesDefault: true })

    const own = call('handover-template-save', { roleId, items: ['Passwords changed', '  Page admin moved  '] })
    expect(own).toEqual({ roleId, items: ['Passwords changed', 'Page admin moved'], usesDefault: false })
    expect(call('handover-template-get', {}).items).toHaveLength(7)

    expect(call('handover-template-save', { roleId, items: [] })).toMatchObject({ usesDefault: true })
    expect(call('handover-template-save', { items: ['Only this'] })).toEqual({
      roleId: null,
      items: ['Only this'],
      usesDefault: false,
    })
  })

  it('refuses a blank item by its place in the list, and a missing role', () => {
    const { send } = withElection()
    expect(send('handover-template-save', { items: ['One', ' '] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'items.1', messageKey: 'validation.required' },
    })
    expect(send('handover-template-get', { roleId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'roleId' },
    })
  })

  it('does not change a handover already made when the template changes later', () => {
    const { call, role, confirmTreasurer } = withElection()
    const handover = confirmTreasurer()
    call('handover-template-save', { roleId: role('treasurer').id, items: ['Something else'] })
    expect(call('handover-get', { id: handover.id }).items).toHaveLength(7)
  })
})
