import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

/** A record with one person and two groups; today is 2026-03-15. */
function withPersonAndGroups() {
  const harness = createHarness('2026-03-15')
  const kari = harness.call('person-create', { name: 'Kari Nordmann' })
  const ola = harness.call('person-create', { name: 'Ola Nordmann' })
  const tromso = harness.call('group-create', { name: 'Tromsø' })
  const bergen = harness.call('group-create', { name: 'Bergen' })
  harness.events.length = 0
  return { ...harness, kari, ola, tromso, bergen }
}

type Period = { from: string; to?: string | null }

describe('membership-create', () => {
  it('records a membership with both names and lists it for the person and the group', () => {
    const { call, kari, tromso } = withPersonAndGroups()
    const membership = call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2025-09-01' })
    expect(membership).toEqual({
      id: expect.any(Number),
      personId: kari.id,
      personName: 'Kari Nordmann',
      groupId: tromso.id,
      groupName: 'Tromsø',
      from: '2025-09-01',
      to: null,
    })
    expect(call('membership-list', { personId: kari.id })).toEqual([membership])
    expect(call('membership-list', { groupId: tromso.id })).toEqual([membership])
  })

  it.each<[string, Period, Period, boolean]>([
    ['open-ended, then later open-ended', { from: '2020-01-01' }, { from: '2021-01-01' }, true],
    ['open-ended, then earlier open-ended', { from: '2020-01-01' }, { from: '2019-01-01' }, true],
    [
      'open-ended, then a closed one before it',
      { from: '2020-01-01' },
      { from: '2019-01-01', to: '2019-12-31' },
      false,
    ],
    [
      'open-ended, then a closed one ending on its first day',
      { from: '2020-01-01' },
      { from: '2019-01-01', to: '2020-01-01' },
      true,
    ],
    [
      'open-ended, then a closed one after its start',
      { from: '2020-01-01' },
      { from: '2022-01-01', to: '2022-12-31' },
      true,
    ],
    [
      'closed, then one starting the day after it ends',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2021-01-01' },
      false,
    ],
    [
      'closed, then one starting on its last day',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2020-12-31' },
      true,
    ],
    [
      'closed, then one inside it',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2020-06-01', to: '2020-06-30' },
      true,
    ],
    [
      'closed, then one around it',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2019-01-01', to: '2021-12-31' },
      true,
    ],
    [
      'closed, then the very same period',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2020-01-01', to: '2020-12-31' },
      true,
    ],
    [
      'closed, then one ending the day before it starts',
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2019-01-01', to: '2019-12-31' },
      false,
    ],
    ['closed, then open-ended from before it', { from: '2020-01-01', to: '2020-12-31' }, { from: '2019-01-01' }, true],
    [
      'one day, then the same day',
      { from: '2020-05-17', to: '2020-05-17' },
      { from: '2020-05-17', to: '2020-05-17' },
      true,
    ],
    [
      'one day, then the next day',
      { from: '2020-05-17', to: '2020-05-17' },
      { from: '2020-05-18', to: '2020-05-18' },
      false,
    ],
  ])('for the same person and group: %s -> overlap %s', (_case, first, second, overlaps) => {
    const { call, send, kari, tromso, events } = withPersonAndGroups()
    call('membership-create', { personId: kari.id, groupId: tromso.id, ...first })
    events.length = 0
    const reply = send('membership-create', { personId: kari.id, groupId: tromso.id, ...second })
    if (overlaps) {
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', field: 'from', messageKey: 'errors.membershipOverlap' },
      })
      expect(call('membership-list', { personId: kari.id })).toHaveLength(1)
      expect(events).toEqual([])
    } else {
      expect(reply).toMatchObject({ ok: true, value: { from: second.from, to: second.to ?? null } })
      expect(call('membership-list', { personId: kari.id })).toHaveLength(2)
    }
  })

  it('allows the same period in another group or for another person', () => {
    const { call, kari, ola, tromso, bergen } = withPersonAndGroups()
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2020-01-01' })
    call('membership-create', { personId: kari.id, groupId: bergen.id, from: '2020-01-01' })
    call('membership-create', { personId: ola.id, groupId: tromso.id, from: '2020-01-01' })
    expect(
      call('membership-list', { groupId: tromso.id })
        .map((m) => m.personName)
        .sort(),
    ).toEqual(['Kari Nordmann', 'Ola Nordmann'])
  })

  it('refuses an end before the start, under the end field', () => {
    const { send, call, kari, tromso } = withPersonAndGroups()
    expect(
      send('membership-create', { personId: kari.id, groupId: tromso.id, from: '2026-01-01', to: '2025-12-31' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'to', messageKey: 'validation.endBeforeStart' } })
    expect(call('membership-list', { personId: kari.id })).toEqual([])
  })

  it('accepts a membership that starts and ends on the same day', () => {
    const { call, kari, tromso } = withPersonAndGroups()
    expect(
      call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2026-01-01', to: '2026-01-01' }),
    ).toMatchObject({ from: '2026-01-01', to: '2026-01-01' })
  })

  it.each([
    ['person', (ids: { person: number; group: number }) => ({ personId: 999, groupId: ids.group })],
    ['group', (ids: { person: number; group: number }) => ({ personId: ids.person, groupId: 999 })],
  ] as const)('says NOT_FOUND for a missing %s', (entity, pick) => {
    const { send, kari, tromso, events } = withPersonAndGroups()
    expect(
      send('membership-create', { ...pick({ person: kari.id, group: tromso.id }), from: '2026-01-01' }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', messageKey: `errors.notFound.${entity}` } })
    expect(events).toEqual([])
  })
})

describe('membership-update', () => {
  it('ends a membership with a to-date, after which the person no longer shows in the group', () => {
    const { call, kari, tromso } = withPersonAndGroups()
    const { id } = call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2024-01-01' })
    expect(call('person-list', {}).rows.find((row) => row.id === kari.id)?.groups).toEqual(['Tromsø'])
    expect(call('membership-update', { id, from: '2024-01-01', to: '2026-03-01' })).toMatchObject({ to: '2026-03-01' })
    expect(call('person-list', {}).rows.find((row) => row.id === kari.id)?.groups).toEqual([])
  })

  it('may stretch a period over its own old dates but not into another one', () => {
    const { call, send, kari, tromso } = withPersonAndGroups()
    const early = call('membership-create', {
      personId: kari.id,
      groupId: tromso.id,
      from: '2020-01-01',
      to: '2020-12-31',
    })
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2022-01-01' })
    expect(call('membership-update', { id: early.id, from: '2019-06-01', to: '2021-06-30' })).toMatchObject({
      from: '2019-06-01',
      to: '2021-06-30',
    })
    expect(send('membership-update', { id: early.id, from: '2019-06-01', to: '2022-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'from' },
    })
    expect(send('membership-update', { id: early.id, from: '2019-06-01', to: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'from' },
    })
    expect(call('membership-list', { personId: kari.id }).map((m) => [m.from, m.to])).toEqual([
      ['2022-01-01', null],
      ['2019-06-01', '2021-06-30'],
    ])
  })

  it('refuses an end before the start, under the end field', () => {
    const { call, send, kari, tromso } = withPersonAndGroups()
    const { id } = call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2024-01-01' })
    expect(send('membership-update', { id, from: '2024-01-01', to: '2023-12-31' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'to', messageKey: 'validation.endBeforeStart' },
    })
    expect(call('membership-list', { personId: kari.id })[0]).toMatchObject({ to: null })
  })

  it('says NOT_FOUND for a membership that does not exist', () => {
    const { send } = withPersonAndGroups()
    expect(send('membership-update', { id: 999, from: '2024-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.membership' },
    })
  })
})

describe('membership-delete', () => {
  it('removes an entry made by mistake, and says NOT_FOUND the second time', () => {
    const { call, send, kari, tromso, events } = withPersonAndGroups()
    const { id } = call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2024-01-01' })
    expect(call('membership-delete', { id })).toEqual({ id })
    expect(call('membership-list', { groupId: tromso.id })).toEqual([])
    expect(events.at(-1)).toEqual({ name: 'changed', topics: ['memberships'] })
    expect(send('membership-delete', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('membership-list', () => {
  it('shows current memberships first, then the most recent', () => {
    const { call, kari, tromso, bergen } = withPersonAndGroups()
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2018-01-01', to: '2019-12-31' })
    call('membership-create', { personId: kari.id, groupId: bergen.id, from: '2021-01-01', to: '2022-12-31' })
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2024-01-01' })
    expect(call('membership-list', { personId: kari.id }).map((m) => `${m.groupName} ${m.from}`)).toEqual([
      'Tromsø 2024-01-01',
      'Bergen 2021-01-01',
      'Tromsø 2018-01-01',
    ])
  })

  it('refuses input with neither a person nor a group', () => {
    const { send } = withPersonAndGroups()
    expect(send('membership-list', {} as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('person-list groups', () => {
  it('shows only the groups a person belongs to today, not ended or future ones', () => {
    const { call, kari, ola, tromso, bergen } = withPersonAndGroups()
    const oslo = call('group-create', { name: 'Oslo' })
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2025-01-01' })
    call('membership-create', { personId: kari.id, groupId: bergen.id, from: '2020-01-01', to: '2026-03-15' })
    call('membership-create', { personId: kari.id, groupId: oslo.id, from: '2020-01-01', to: '2026-03-14' })
    call('membership-create', { personId: ola.id, groupId: oslo.id, from: '2026-03-16' })
    const groupsOf = Object.fromEntries(call('person-list', {}).rows.map((row) => [row.name, [...row.groups].sort()]))
    expect(groupsOf).toEqual({ 'Kari Nordmann': ['Bergen', 'Tromsø'], 'Ola Nordmann': [] })
  })
})

describe('overview-get', () => {
  it('is all zeros for an empty record', () => {
    const { call } = createHarness()
    expect(call('overview-get', undefined)).toEqual({
      groupsByStatus: { active: 0, dormant: 0, closed: 0 },
      people: 0,
      currentMemberships: 0,
      peopleWithoutGroup: 0,
    })
  })

  it('counts groups by status, people, current memberships and people without a group today', () => {
    const { call, kari, ola, tromso, bergen } = withPersonAndGroups()
    const oslo = call('group-create', { name: 'Oslo' })
    const molde = call('group-create', { name: 'Molde' })
    call('group-set-status', { id: oslo.id, status: 'dormant', since: '2026-01-01' })
    call('group-set-status', { id: molde.id, status: 'closed', since: '2026-01-01' })
    const per = call('person-create', { name: 'Per' })
    call('person-create', { name: 'Lise' })
    // Kari: two groups today. Ola: ended yesterday. Per: starts tomorrow. Lise: never.
    call('membership-create', { personId: kari.id, groupId: tromso.id, from: '2024-01-01' })
    call('membership-create', { personId: kari.id, groupId: bergen.id, from: '2026-03-15', to: '2026-03-15' })
    call('membership-create', { personId: ola.id, groupId: tromso.id, from: '2024-01-01', to: '2026-03-14' })
    call('membership-create', { personId: per.id, groupId: bergen.id, from: '2026-03-16' })
    expect(call('overview-get', undefined)).toEqual({
      groupsByStatus: { active: 2, dormant: 1, closed: 1 },
      people: 4,
      currentMemberships: 2,
      peopleWithoutGroup: 3,
    })
  })
})
