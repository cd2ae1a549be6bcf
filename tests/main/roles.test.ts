import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

/** A group with people; today is 2026-03-15. Roles are the Norwegian preset. */
function region() {
  const harness = createHarness('2026-03-15')
  const { call } = harness
  const group = call('group-create', { name: 'Amnesty Tromsø' })
  const other = call('group-create', { name: 'Amnesty Bodø' })
  const person = (name: string) => call('person-create', { name }).id
  const people = {
    kari: person('Kari Nordmann'),
    ola: person('Ola Åsen'),
    anna: person('Анна Петрова'),
    per: person('Per Ødegård'),
  }
  const roles = call('role-list', {})
  const role = (key: string) => roles.find((candidate) => candidate.key === key)!
  return { ...harness, group, other, people, role }
}

describe('role-create', () => {
  it('adds a custom role keyed custom-<n>, numbering on', () => {
    const { call } = region()
    const fields = {
      names: { nb: 'Kampanjeansvarlig', sv: 'Kampanjansvarig', en: 'Campaign lead' },
      requirement: 'should' as const,
      selection: 'elected' as const,
      electionOrder: 6,
      seats: 2,
      combinable: true,
    }
    const first = call('role-create', fields)
    expect(first).toMatchObject({ key: 'custom-1', seats: 2, combinable: true, active: true, names: fields.names })
    expect(call('role-create', { ...fields, names: { ...fields.names, en: 'Member contact' } }).key).toBe('custom-2')
    expect(call('role-list', {}).map((role) => role.key)).toContain('custom-2')
  })

  it('refuses blank names and zero seats, naming the field', () => {
    const { send } = region()
    const base = {
      names: { nb: 'X', sv: 'X', en: 'X' },
      requirement: 'must' as const,
      selection: 'elected' as const,
      electionOrder: 1,
      seats: 1,
      combinable: false,
    }
    expect(send('role-create', { ...base, names: { ...base.names, sv: '  ' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'names.sv', messageKey: 'validation.required' },
    })
    expect(send('role-create', { ...base, seats: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'seats' },
    })
    expect(send('role-create', { ...base, requirement: 'maybe' as 'must' })).toMatchObject({
      ok: false,
      error: { field: 'requirement', messageKey: 'validation.choice' },
    })
  })
})

describe('role-update', () => {
  it('changes names and settings but never a preset role’s key', () => {
    const { call, role } = region()
    const treasurer = role('treasurer')
    const updated = call('role-update', {
      ...treasurer,
      names: { ...treasurer.names, nb: 'Kasserer' },
      seats: 2,
      active: false,
      // A key sent along is not part of the input and changes nothing.
      ...({ key: 'cashier' } as object),
    })
    expect(updated).toMatchObject({ key: 'treasurer', names: { nb: 'Kasserer' }, seats: 2, active: false })
    expect(call('role-list', {}).map((r) => r.key)).not.toContain('treasurer')
    expect(call('role-list', { includeInactive: true }).map((r) => r.key)).toContain('treasurer')
  })

  it('refuses fewer seats than a group has holders, and allows it once a term has ended', () => {
    const { call, send, role, group, people } = region()
    const treasurer = call('role-update', { ...role('treasurer'), seats: 2 })
    call('role-term-create', { groupId: group.id, roleId: treasurer.id, personId: people.kari, from: '2025-03-01' })
    const ola = call('role-term-create', {
      groupId: group.id,
      roleId: treasurer.id,
      personId: people.ola,
      from: '2025-06-01',
    })
    expect(send('role-update', { ...treasurer, seats: 1 })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'seats',
        messageKey: 'stewardship.errors.seatsBelowHolders',
        params: { group: 'Amnesty Tromsø', count: 2 },
      },
    })
    call('role-term-end', { id: ola.id, to: '2026-03-01' })
    expect(call('role-update', { ...treasurer, seats: 1 }).seats).toBe(1)
  })

  it('says which role is missing', () => {
    const { send, role } = region()
    expect(send('role-update', { ...role('leader'), id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'id', messageKey: 'errors.notFound.role' },
    })
  })
})

describe('role-term-create', () => {
  it('appoints an interim holder and lists it first among the group’s current terms', () => {
    const { call, role, group, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('treasurer').id,
      personId: people.per,
      from: '2026-02-01',
      startKind: 'interim',
      note: 'Until the spring election',
    })
    expect(term).toMatchObject({
      personName: 'Per Ødegård',
      roleNames: { nb: 'Økonomiansvarlig' },
      startKind: 'interim',
      to: null,
      note: 'Until the spring election',
    })
    expect(call('role-term-list', { groupId: group.id, currentOnly: true })).toMatchObject([{ id: term.id }])
    expect(call('role-term-list', { personId: people.per })).toMatchObject([{ groupName: 'Amnesty Tromsø' }])
  })

  it('refuses an overlapping holder of a one-seat role, naming the field, and records nothing', () => {
    const { call, send, role, group, people, events } = region()
    const roleId = role('treasurer').id
    call('role-term-create', { groupId: group.id, roleId, personId: people.kari, from: '2025-03-01' })
    const before = events.length
    expect(
      send('role-term-create', { groupId: group.id, roleId, personId: people.ola, from: '2026-03-10' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'from',
        messageKey: 'stewardship.errors.seatsTaken',
        params: { seats: 1, count: 2, date: '2026-03-10' },
        message:
          'At most 1 people can hold this role in the group at once; on 2026-03-10 there would be 2. End a term first.',
      },
    })
    // An interim term that runs into a later holder's start is refused on its end date.
    const later = call('role-term-create', {
      groupId: group.id,
      roleId: role('deputy').id,
      personId: people.anna,
      from: '2026-06-01',
    })
    expect(
      send('role-term-create', {
        groupId: group.id,
        roleId: role('deputy').id,
        personId: people.per,
        from: '2026-03-01',
        to: '2026-06-02',
        startKind: 'interim',
      }),
    ).toMatchObject({ ok: false, error: { field: 'to', messageKey: 'stewardship.errors.seatsTaken' } })
    expect(events.length).toBe(before + 1)
    expect(call('role-term-list', { groupId: group.id }).map((term) => term.id)).toContain(later.id)
    expect(call('role-term-list', { groupId: group.id })).toHaveLength(2)
  })

  it('accepts a successor starting the day the holder’s term ends, and a second holder of a two-seat role', () => {
    const { call, role, group, people } = region()
    const roleId = role('treasurer').id
    const kari = call('role-term-create', { groupId: group.id, roleId, personId: people.kari, from: '2025-03-01' })
    call('role-term-end', { id: kari.id, to: '2026-03-10', endReason: 'stepped_down' })
    call('role-term-create', { groupId: group.id, roleId, personId: people.ola, from: '2026-03-10' })

    const social = role('social_media')
    call('role-update', { ...social, seats: 2 })
    call('role-term-create', { groupId: group.id, roleId: social.id, personId: people.anna, from: '2025-03-01' })
    call('role-term-create', { groupId: group.id, roleId: social.id, personId: people.per, from: '2026-01-01' })
    expect(call('role-term-list', { groupId: group.id, currentOnly: true })).toHaveLength(3)
  })

  it('refuses the same person twice in one role at once, even with seats free', () => {
    const { call, send, role, group, people } = region()
    const social = call('role-update', { ...role('social_media'), seats: 3 })
    call('role-term-create', { groupId: group.id, roleId: social.id, personId: people.anna, from: '2025-03-01' })
    expect(
      send('role-term-create', { groupId: group.id, roleId: social.id, personId: people.anna, from: '2026-01-01' }),
    ).toMatchObject({
      ok: false,
      error: { messageKey: 'stewardship.errors.holdsAlready', params: { person: 'Анна Петрова', date: '2026-01-01' } },
    })
  })

  it('refuses a role that may not be combined unless told to record it anyway', () => {
    const { call, send, role, group, other, people } = region()
    call('role-term-create', {
      groupId: group.id,
      roleId: role('leader').id,
      personId: people.kari,
      from: '2025-03-01',
    })
    const interim = { groupId: group.id, roleId: role('treasurer').id, personId: people.kari, from: '2026-03-01' }
    expect(send('role-term-create', { ...interim, startKind: 'interim' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'allowCombined',
        messageKey: 'stewardship.errors.notCombinable',
        params: { person: 'Kari Nordmann', role: 'Leder' },
      },
    })
    expect(call('role-term-create', { ...interim, startKind: 'interim', allowCombined: true }).startKind).toBe(
      'interim',
    )
    // The same person in another group is no combination.
    expect(call('role-term-create', { ...interim, groupId: other.id }).groupName).toBe('Amnesty Bodø')
  })

  it('refuses bad input, missing records and a role out of use', () => {
    const { call, send, role, group, people } = region()
    const base = { groupId: group.id, roleId: role('treasurer').id, personId: people.kari, from: '2026-03-01' }
    expect(send('role-term-create', { ...base, from: '2026-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'from', messageKey: 'validation.date' },
    })
    expect(send('role-term-create', { ...base, to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'to', messageKey: 'validation.endBeforeStart' },
    })
    expect(send('role-term-create', { ...base, to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'to', messageKey: 'stewardship.errors.endOnStart' },
    })
    expect(send('role-term-create', { ...base, startKind: 'acclaimed' as 'elected' })).toMatchObject({
      ok: false,
      error: { field: 'startKind' },
    })
    expect(send('role-term-create', { ...base, personId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'personId' },
    })
    expect(send('role-term-create', { ...base, groupId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'groupId' },
    })
    call('role-update', { ...role('treasurer'), active: false })
    expect(send('role-term-create', base)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'roleId', messageKey: 'stewardship.errors.roleInactive' },
    })
  })
})

describe('role-term-end', () => {
  it('ends a term with a reason and note, and hands over to a successor in the same step', () => {
    const { call, role, group, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('treasurer').id,
      personId: people.kari,
      from: '2025-03-01',
      startKind: 'elected',
    })
    const ended = call('role-term-end', {
      id: term.id,
      to: '2026-03-01',
      endReason: 'stepped_down',
      note: 'Moved to Oslo',
      handover: { toPersonId: people.ola, dueOn: '2026-03-31' },
    })
    expect(ended).toMatchObject({ to: '2026-03-01', endReason: 'stepped_down', note: 'Moved to Oslo' })
    expect(call('handover-list', { groupId: group.id })).toMatchObject([
      { fromPersonName: 'Kari Nordmann', toPersonName: 'Ola Åsen', dueOn: '2026-03-31', manual: true, itemsTotal: 7 },
    ])
    expect(call('role-term-list', { groupId: group.id, currentOnly: true })).toEqual([])
    expect(call('vacancy-list', { groupId: group.id }).map((vacancy) => vacancy.roleNames.en)).toContain('Treasurer')
  })

  it('keeps a holder who announced a later end among the current holders', () => {
    const { call, role, group, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('leader').id,
      personId: people.kari,
      from: '2025-03-01',
    })
    call('role-term-end', { id: term.id, to: '2026-06-01' })
    expect(call('role-term-list', { groupId: group.id, currentOnly: true })).toMatchObject([{ to: '2026-06-01' }])
  })

  it('refuses ending twice, an end on or before the start, a handover to the same person; all atomic', () => {
    const { call, send, role, group, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('leader').id,
      personId: people.kari,
      from: '2025-03-01',
    })
    expect(send('role-term-end', { id: term.id, to: '2025-03-01' })).toMatchObject({
      ok: false,
      error: { field: 'to', messageKey: 'stewardship.errors.endOnStart' },
    })
    expect(send('role-term-end', { id: term.id, to: '2025-01-01' })).toMatchObject({
      ok: false,
      error: { field: 'to', messageKey: 'validation.endBeforeStart' },
    })
    expect(
      send('role-term-end', {
        id: term.id,
        to: '2026-03-01',
        handover: { toPersonId: people.kari, dueOn: '2026-04-01' },
      }),
    ).toMatchObject({ ok: false, error: { field: 'handover.toPersonId', messageKey: 'stewardship.errors.samePerson' } })
    // The failed step ended nothing.
    expect(call('role-term-list', { groupId: group.id, currentOnly: true })).toHaveLength(1)
    call('role-term-end', { id: term.id, to: '2026-03-01' })
    expect(send('role-term-end', { id: term.id, to: '2026-03-05' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'to', messageKey: 'stewardship.errors.termEnded' },
    })
    expect(send('role-term-end', { id: 999, to: '2026-03-05' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'stewardship.errors.termNotFound' },
    })
    expect(send('role-term-end', { id: term.id, to: '2026-03-05', endReason: 'fired' as 'other' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'endReason' },
    })
  })
})

describe('role-term-update', () => {
  it('corrects dates under the same overlap rule', () => {
    const { call, send, role, group, people } = region()
    const roleId = role('treasurer').id
    const kari = call('role-term-create', {
      groupId: group.id,
      roleId,
      personId: people.kari,
      from: '2024-03-01',
      to: '2025-03-01',
    })
    const ola = call('role-term-create', { groupId: group.id, roleId, personId: people.ola, from: '2025-03-01' })
    expect(send('role-term-update', { id: kari.id, from: '2024-03-01', to: '2025-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'to', messageKey: 'stewardship.errors.seatsTaken' },
    })
    expect(send('role-term-update', { id: ola.id, from: '2025-02-01', to: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'from' },
    })
    const moved = call('role-term-update', {
      id: kari.id,
      from: '2024-02-01',
      to: '2025-02-15',
      endReason: 'successor',
    })
    expect(moved).toMatchObject({ from: '2024-02-01', to: '2025-02-15', endReason: 'successor' })
    call('role-term-end', { id: ola.id, to: '2026-01-01' })
    expect(call('role-term-update', { id: ola.id, from: '2025-03-01', to: null }).endReason).toBeNull()
  })
})

describe('role-term-delete', () => {
  it('deletes an entry made by mistake', () => {
    const { call, role, group, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('leader').id,
      personId: people.kari,
      from: '2025-03-01',
    })
    expect(call('role-term-delete', { id: term.id })).toEqual({ id: term.id })
    expect(call('role-term-list', { groupId: group.id })).toEqual([])
  })
})

describe('role-holders-as-of', () => {
  it('names who held which role on a day, in every group or one', () => {
    const { call, role, group, other, people } = region()
    const leader = role('leader').id
    const kari = call('role-term-create', {
      groupId: group.id,
      roleId: leader,
      personId: people.kari,
      from: '2024-03-01',
    })
    call('role-term-end', { id: kari.id, to: '2025-03-10' })
    call('role-term-create', { groupId: group.id, roleId: leader, personId: people.ola, from: '2025-03-10' })
    call('role-term-create', { groupId: other.id, roleId: leader, personId: people.anna, from: '2025-01-01' })

    const names = (date: string, groupId?: number) =>
      call('role-holders-as-of', { date, groupId }).map((holder) => `${holder.groupName}: ${holder.personName}`)
    expect(names('2024-06-01')).toEqual(['Amnesty Tromsø: Kari Nordmann'])
    // The day of the change belongs to the successor.
    expect(names('2025-03-10')).toEqual(['Amnesty Bodø: Анна Петрова', 'Amnesty Tromsø: Ola Åsen'])
    expect(names('2025-03-09', group.id)).toEqual(['Amnesty Tromsø: Kari Nordmann'])
    expect(names('2020-01-01')).toEqual([])
  })

  it('refuses a date that is no date', () => {
    const { send } = region()
    expect(send('role-holders-as-of', { date: '10.03.2025' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'date', messageKey: 'validation.date' },
    })
  })
})

describe('vacancy-list', () => {
  it('lists elected must-roles without a current holder in active groups only, with the day they fell vacant', () => {
    const { call, send, role, group, other, people } = region()
    const term = call('role-term-create', {
      groupId: group.id,
      roleId: role('treasurer').id,
      personId: people.kari,
      from: '2024-03-01',
    })
    call('role-term-end', { id: term.id, to: '2026-01-31' })
    call('role-term-create', { groupId: group.id, roleId: role('leader').id, personId: people.ola, from: '2025-03-01' })
    // The appointed external auditor is chased per fiscal year in Finance, not as a vacancy.
    expect(call('vacancy-list', { groupId: group.id })).toMatchObject([
      { roleNames: { en: 'Treasurer' }, vacantSince: '2026-01-31' },
    ])
    expect(call('vacancy-list', {}).filter((vacancy) => vacancy.groupId === other.id)).toHaveLength(2)
    call('group-set-status', { id: other.id, status: 'dormant', since: '2026-03-01' })
    expect(call('vacancy-list', {}).every((vacancy) => vacancy.groupId === group.id)).toBe(true)
    expect(send('vacancy-list', { groupId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
