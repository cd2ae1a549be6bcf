import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

describe('group-create', () => {
  it('creates an active group from today and lists it', () => {
    const { call } = createHarness('2026-03-15')
    const group = call('group-create', { name: 'Amnesty Tromsø', town: 'Tromsø', kind: 'local' })
    expect(group).toMatchObject({ name: 'Amnesty Tromsø', status: 'active', statusSince: '2026-03-15', notes: null })
    expect(call('group-list', {}).rows.map((row) => row.name)).toEqual(['Amnesty Tromsø'])
  })

  it('refuses a second group with the same name in other letter case, naming the field', () => {
    const { call, send } = createHarness()
    call('group-create', { name: 'Bergen sentrum' })
    const reply = send('group-create', { name: 'BERGEN SENTRUM' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'name' } })
    expect(call('group-list', {}).total).toBe(1)
  })

  it('gives a translated message under the field for a bad email', () => {
    const { call, send } = createHarness()
    call('settings-update', { orgPreset: 'norway', language: 'nb', regionName: null, leaderName: null })
    const reply = send('group-create', { name: 'Molde', contactEmail: 'not-an-email' })
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        field: 'contactEmail',
        message: 'Ikke en gyldig e-postadresse',
      }),
    })
  })
})

describe('group-list', () => {
  it('finds groups by name or town ignoring case and accents, sorted in Nordic order', () => {
    const { call } = createHarness()
    for (const [name, town] of [
      ['Ås studentgruppe', 'Ås'],
      ['Malmö city', 'Malmö'],
      ['Zeta', 'Oslo'],
      ['Ørsta', 'Ørsta'],
      ['Æble', null],
    ] as const)
      call('group-create', { name, town })
    expect(call('group-list', { query: 'malmo' }).rows.map((row) => row.name)).toEqual(['Malmö city'])
    expect(call('group-list', { query: 'oslo' }).rows.map((row) => row.name)).toEqual(['Zeta'])
    expect(call('group-list', {}).rows.map((row) => row.name)).toEqual([
      'Malmö city',
      'Zeta',
      'Æble',
      'Ørsta',
      'Ås studentgruppe',
    ])
  })

  it('filters by status and pages', () => {
    const { call } = createHarness()
    const ids = Array.from({ length: 30 }, (_, i) => call('group-create', { name: `Gruppe ${i + 1}` }).id)
    call('group-set-status', { id: ids[0]!, status: 'closed', since: '2026-01-01' })
    expect(call('group-list', { status: 'closed' }).rows.map((row) => row.name)).toEqual(['Gruppe 1'])
    const page2 = call('group-list', { status: 'active', page: 2, pageSize: 10 })
    expect(page2.total).toBe(29)
    expect(page2.rows.map((row) => row.name)[0]).toBe('Gruppe 12')
  })
})

describe('group-set-status', () => {
  it('archives and reactivates with dates', () => {
    const { call, send } = createHarness()
    const { id } = call('group-create', { name: 'Hamar' })
    expect(call('group-set-status', { id, status: 'dormant', since: '2026-02-01' })).toMatchObject({
      status: 'dormant',
      statusSince: '2026-02-01',
    })
    expect(send('group-set-status', { id, status: 'dormant', since: '2026-02-02' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(call('group-set-status', { id, status: 'active', since: '2026-03-01' }).status).toBe('active')
  })

  it('says NOT_FOUND for a group that does not exist', () => {
    const { send } = createHarness()
    expect(send('group-set-status', { id: 999, status: 'closed', since: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.group' },
    })
  })
})
