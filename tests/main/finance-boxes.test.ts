import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

function region() {
  const harness = createHarness('2026-03-15')
  const tromso = harness.call('group-create', { name: 'Amnesty Tromsø' })
  const bodo = harness.call('group-create', { name: 'Amnesty Bodø' })
  return { ...harness, tromso, bodo }
}

describe('box-create', () => {
  it('registers a box with its amount in whole øre, and announces the finance topic', () => {
    const { call, events, tromso } = region()
    const box = call('box-create', {
      groupId: tromso.id,
      label: 'Bøsse 1',
      lastCountedOn: '2026-01-10',
      amount: 1234.5,
      notes: 'At the library',
    })
    expect(box).toMatchObject({
      groupName: 'Amnesty Tromsø',
      label: 'Bøsse 1',
      status: 'in_use',
      lastCountedOn: '2026-01-10',
      lastAmountMinor: 123450,
      staleness: { stale: false, since: '2026-01-10', neverCounted: false, months: 2 },
    })
    expect(events.at(-1)).toEqual({ name: 'changed', topics: ['finance'] })
  })

  it('keeps amounts exact that binary fractions would round wrong', () => {
    const { call, tromso } = region()
    expect(
      call('box-create', { groupId: tromso.id, label: 'A', lastCountedOn: '2026-01-10', amount: 0.29 }).lastAmountMinor,
    ).toBe(29)
    expect(
      call('box-create', { groupId: tromso.id, label: 'B', lastCountedOn: '2026-01-10', amount: 1.005 * 1000 })
        .lastAmountMinor,
    ).toBe(100500)
  })

  it('refuses a label the group already uses (ignoring case and accents), but allows it in another group', () => {
    const { call, send, tromso, bodo } = region()
    call('box-create', { groupId: tromso.id, label: 'Bøsse 1' })
    expect(send('box-create', { groupId: tromso.id, label: 'BOSSE 1' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'label',
        messageKey: 'finance.errors.boxLabelTaken',
        params: { label: 'BOSSE 1' },
      },
    })
    expect(call('box-create', { groupId: bodo.id, label: 'Bøsse 1' }).groupId).toBe(bodo.id)
  })

  it('refuses bad input', () => {
    const { send, tromso } = region()
    expect(send('box-create', { groupId: tromso.id, label: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'label', messageKey: 'validation.required' },
    })
    expect(send('box-create', { groupId: tromso.id, label: 'X', status: 'broken' as never })).toMatchObject({
      ok: false,
      error: { field: 'status', messageKey: 'validation.choice' },
    })
    expect(
      send('box-create', { groupId: tromso.id, label: 'X', lastCountedOn: '2026-01-10', amount: -1 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'amount', messageKey: 'validation.notNegative' },
    })
    expect(
      send('box-create', { groupId: tromso.id, label: 'X', lastCountedOn: '2026-01-10', amount: 1.234 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'amount', messageKey: 'validation.invalid' },
    })
    expect(send('box-create', { groupId: tromso.id, label: 'X', amount: 100 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'lastCountedOn', messageKey: 'finance.errors.amountNeedsDate' },
    })
    expect(send('box-create', { groupId: tromso.id, label: 'X', lastCountedOn: '2026-03-16' })).toMatchObject({
      ok: false,
      error: { field: 'lastCountedOn', messageKey: 'finance.errors.dateInFuture' },
    })
    expect(send('box-create', { groupId: 999, label: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.group' },
    })
  })
})

describe('box-update', () => {
  it('changes every field, may move the box to another group, and keeps its label unique there', () => {
    const { call, send, tromso, bodo } = region()
    const box = call('box-create', { groupId: tromso.id, label: '7' })
    call('box-create', { groupId: bodo.id, label: '8' })
    const moved = call('box-update', {
      id: box.id,
      groupId: bodo.id,
      label: '7',
      status: 'stored',
      notes: 'In the cellar',
    })
    expect(moved).toMatchObject({
      groupName: 'Amnesty Bodø',
      status: 'stored',
      notes: 'In the cellar',
      lastAmountMinor: null,
    })
    expect(call('box-update', { id: box.id, groupId: bodo.id, label: '7 ', status: 'stored' }).label).toBe('7')
    expect(send('box-update', { id: box.id, groupId: bodo.id, label: '8' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'label' },
    })
  })

  it('answers NOT_FOUND for an unknown box', () => {
    const { send, tromso } = region()
    expect(send('box-update', { id: 999, groupId: tromso.id, label: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'finance.errors.boxNotFound' },
    })
  })
})

describe('box-count', () => {
  it('records the emptying date and amount, which clears the flag', () => {
    const { call, tromso } = region()
    const box = call('box-create', { groupId: tromso.id, label: '1', lastCountedOn: '2025-02-01', amount: 50 })
    expect(box.staleness.stale).toBe(true)
    const counted = call('box-count', { id: box.id, countedOn: '2026-03-15', amount: 812.75 })
    expect(counted).toMatchObject({ lastCountedOn: '2026-03-15', lastAmountMinor: 81275, staleness: { stale: false } })
    expect(call('box-count', { id: box.id, countedOn: '2026-03-15' }).lastAmountMinor).toBeNull()
  })

  it('refuses a count before the last one, in the future, of a lost box, or of no box', () => {
    const { call, send, tromso } = region()
    const box = call('box-create', { groupId: tromso.id, label: '1', lastCountedOn: '2026-02-01' })
    expect(send('box-count', { id: box.id, countedOn: '2026-01-31' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'countedOn',
        messageKey: 'finance.errors.countBeforeLast',
        params: { date: '2026-02-01' },
      },
    })
    expect(send('box-count', { id: box.id, countedOn: '2026-03-16' })).toMatchObject({
      ok: false,
      error: { field: 'countedOn', messageKey: 'finance.errors.dateInFuture' },
    })
    expect(send('box-count', { id: box.id, countedOn: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'countedOn', messageKey: 'validation.required' },
    })
    call('box-update', { id: box.id, groupId: tromso.id, label: '1', status: 'lost', lastCountedOn: '2026-02-01' })
    expect(send('box-count', { id: box.id, countedOn: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'finance.errors.countLostBox' },
    })
    expect(send('box-count', { id: 999, countedOn: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
  })
})

describe('box-list', () => {
  function boxes() {
    const harness = region()
    const { call, tromso, bodo } = harness
    call('box-create', { groupId: tromso.id, label: 'Bøsse 10', lastCountedOn: '2025-02-14' })
    call('box-create', { groupId: tromso.id, label: 'Bøsse 2', lastCountedOn: '2026-01-01' })
    call('box-create', { groupId: tromso.id, label: 'Bøsse 3', status: 'returned', lastCountedOn: '2020-01-01' })
    call('box-create', { groupId: bodo.id, label: 'A', status: 'stored', lastCountedOn: '2025-03-15' })
    return harness
  }

  it('lists by group and label (numbers as numbers) with the staleness and the setting it uses', () => {
    const { call } = boxes()
    const list = call('box-list', {})
    expect(list.staleMonths).toBe(12)
    expect(list.rows.map((box) => `${box.groupName} ${box.label} ${box.staleness.stale}`)).toEqual([
      'Amnesty Bodø A false',
      'Amnesty Tromsø Bøsse 2 false',
      'Amnesty Tromsø Bøsse 3 false',
      'Amnesty Tromsø Bøsse 10 true',
    ])
  })

  it('filters by group, status and staleness', () => {
    const { call, bodo } = boxes()
    expect(call('box-list', { groupId: bodo.id }).rows.map((box) => box.label)).toEqual(['A'])
    expect(call('box-list', { status: 'returned' }).rows.map((box) => box.label)).toEqual(['Bøsse 3'])
    expect(call('box-list', { staleOnly: true }).rows.map((box) => box.label)).toEqual(['Bøsse 10'])
  })

  it('follows the box_stale_months setting', () => {
    const { call, db } = boxes()
    db.sqlite.prepare('UPDATE settings SET box_stale_months = 3').run()
    expect(call('box-list', { staleOnly: true }).rows.map((box) => box.label)).toEqual(['A', 'Bøsse 10'])
  })

  it('refuses a bad filter', () => {
    const { send } = boxes()
    expect(send('box-list', { status: 'gone' as never })).toMatchObject({ ok: false, error: { field: 'status' } })
    expect(send('box-list', { groupId: 0 })).toMatchObject({ ok: false, error: { field: 'groupId' } })
  })
})

describe('box-delete', () => {
  it('deletes the box, and answers NOT_FOUND the second time', () => {
    const { call, send, tromso } = region()
    const box = call('box-create', { groupId: tromso.id, label: '1' })
    expect(call('box-delete', { id: box.id })).toEqual({ id: box.id })
    expect(call('box-list', {}).rows).toEqual([])
    expect(send('box-delete', { id: box.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(send('box-delete', {} as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'id' } })
  })
})
