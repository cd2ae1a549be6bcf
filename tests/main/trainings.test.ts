import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

/** A record on 2026-03-15 with the Norwegian presets, two groups and a few people. */
function region() {
  const harness = createHarness('2026-03-15')
  const { call, db } = harness
  const roleId = (key: string) =>
    (db.sqlite.prepare('SELECT id FROM roles WHERE key = ?').get(key) as { id: number }).id
  const types = call('training-type-list', {})
  const typeId = (key: string) => types.find((type) => type.key === key)!.id
  const person = (name: string) => call('person-create', { name }).id
  const people = {
    kari: person('Kari Nordmann'),
    ola: person('Ola Åsen'),
    per: person('Per Ødegård'),
    liv: person('Liv Berg'),
    anna: person('Anna Lie'),
  }
  const tromso = call('group-create', { name: 'Amnesty Tromsø' }).id
  const bodo = call('group-create', { name: 'Amnesty Bodø' }).id
  /** Terms are put in directly: how they come about (election, appointment) is another domain's business. */
  const term = (groupId: number, role: string, personId: number, from: string, to: string | null = null) =>
    db.sqlite
      .prepare('INSERT INTO role_terms (group_id, role_id, person_id, from_date, to_date) VALUES (?, ?, ?, ?, ?)')
      .run(groupId, roleId(role), personId, from, to)
  const session = (type: string, date: string) =>
    call('training-session-create', { trainingTypeId: typeId(type), date, place: 'Oslo' })
  return { ...harness, roleId, typeId, people, tromso, bodo, term, session }
}

const failure = (code: string, messageKey: string, field?: string) => ({
  ok: false,
  error: field === undefined ? { code, messageKey } : { code, messageKey, field },
})

describe('training-type-list', () => {
  it('has the three presets, with validity and the roles that require them', () => {
    const { call, roleId } = region()
    const types = call('training-type-list', {})
    expect(types.map((type) => [type.key, type.names.nb, type.validityMonths, type.active])).toEqual([
      ['group_leader_gathering', 'Gruppeledersamling', 24, true],
      ['social_media_course', 'SoMe-kurs', 24, true],
      ['treasurer_course', 'Økonomikurs', null, true],
    ])
    expect(types[0]!.requirements).toEqual([
      { roleId: roleId('leader'), withinMonths: 6 },
      { roleId: roleId('deputy'), withinMonths: 6 },
    ])
    expect(types[2]!.requirements).toEqual([{ roleId: roleId('treasurer'), withinMonths: 6 }])
  })
})

describe('training-type-create', () => {
  it('adds a custom type with a readable key and announces the change', () => {
    const { call, events } = region()
    const created = call('training-type-create', {
      names: { nb: 'Kampanjekurs', sv: 'Kampanjkurs', en: 'Campaign course' },
      validityMonths: 36,
    })
    expect(created).toMatchObject({ key: 'custom-campaign-course', validityMonths: 36, active: true, requirements: [] })
    expect(events.at(-1)).toEqual({ name: 'changed', topics: ['trainings'] })
    const again = call('training-type-create', {
      names: { nb: 'Kampanjekurs 2', sv: 'Kampanjkurs 2', en: 'Campaign  course!' },
    })
    expect(again).toMatchObject({ key: 'custom-campaign-course-2', validityMonths: null })
  })

  it('refuses a name another type has in the same language, whatever the case or accents', () => {
    const { send } = region()
    expect(
      send('training-type-create', { names: { nb: 'SOME-KURS', sv: 'Ny', en: 'New' }, validityMonths: null }),
    ).toMatchObject(failure('CONFLICT', 'trainings.errors.nameTaken', 'names.nb'))
    expect(send('training-type-create', { names: { nb: 'Ny', sv: 'Ny', en: 'group leader gathering' } })).toMatchObject(
      failure('CONFLICT', 'trainings.errors.nameTaken', 'names.en'),
    )
  })

  it.each([
    ['a missing name', { names: { nb: 'Kurs', en: 'Course' } }, 'validation.required', 'names.sv'],
    ['a blank name', { names: { nb: 'Kurs', sv: '  ', en: 'Course' } }, 'validation.required', 'names.sv'],
    [
      'zero months validity',
      { names: { nb: 'K', sv: 'K', en: 'K' }, validityMonths: 0 },
      'validation.tooSmall',
      'validityMonths',
    ],
    [
      'part months',
      { names: { nb: 'K', sv: 'K', en: 'K' }, validityMonths: 1.5 },
      'validation.wholeNumber',
      'validityMonths',
    ],
    [
      'months as text',
      { names: { nb: 'K', sv: 'K', en: 'K' }, validityMonths: '12' },
      'validation.invalid',
      'validityMonths',
    ],
  ])('refuses %s', (_name, input, messageKey, field) => {
    const { send, call } = region()
    expect(send('training-type-create', input as never)).toMatchObject(failure('VALIDATION', messageKey, field))
    expect(call('training-type-list', {})).toHaveLength(3)
  })
})

describe('training-type-update', () => {
  it('renames, changes validity, retires and brings back a type', () => {
    const { call, typeId } = region()
    const id = typeId('social_media_course')
    const names = { nb: 'SoMe-kurs', sv: 'Sociala medier', en: 'Social media' }
    expect(call('training-type-update', { id, names, validityMonths: 12, active: false })).toMatchObject({
      names,
      validityMonths: 12,
      active: false,
      key: 'social_media_course',
    })
    expect(call('training-type-list', { includeInactive: false }).map((type) => type.key)).toEqual([
      'group_leader_gathering',
      'treasurer_course',
    ])
    expect(call('training-type-update', { id, names, validityMonths: null, active: true }).active).toBe(true)
  })

  it('refuses an unknown type and a name taken by another type', () => {
    const { send, typeId } = region()
    const names = { nb: 'Økonomikurs', sv: 'X', en: 'Y' }
    expect(send('training-type-update', { id: 999, names, validityMonths: null, active: true })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.typeNotFound', 'id'),
    )
    expect(
      send('training-type-update', { id: typeId('social_media_course'), names, validityMonths: null, active: true }),
    ).toMatchObject(failure('CONFLICT', 'trainings.errors.nameTaken', 'names.nb'))
    // Its own name is no clash.
    expect(
      send('training-type-update', { id: typeId('treasurer_course'), names, validityMonths: null, active: true }).ok,
    ).toBe(true)
  })
})

describe('role-training-requirement-set', () => {
  it('adds a requirement, changes its months and removes it', () => {
    const { call, roleId, typeId } = region()
    const some = typeId('social_media_course')
    let type = call('role-training-requirement-set', {
      roleId: roleId('leader'),
      trainingTypeId: some,
      withinMonths: 3,
    })
    expect(type.requirements).toEqual([
      { roleId: roleId('leader'), withinMonths: 3 },
      { roleId: roleId('social_media'), withinMonths: 6 },
    ])
    type = call('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: 12 })
    expect(type.requirements[0]).toEqual({ roleId: roleId('leader'), withinMonths: 12 })
    type = call('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: null })
    expect(type.requirements).toEqual([{ roleId: roleId('social_media'), withinMonths: 6 }])
    // Removing what is not there changes nothing.
    expect(
      call('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: null })
        .requirements,
    ).toHaveLength(1)
  })

  it('refuses unknown roles and types, bad months, and new requirements of a retired type', () => {
    const { send, call, roleId, typeId } = region()
    const some = typeId('social_media_course')
    expect(send('role-training-requirement-set', { roleId: 999, trainingTypeId: some, withinMonths: 6 })).toMatchObject(
      failure('NOT_FOUND', 'errors.notFound.role', 'roleId'),
    )
    expect(
      send('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: 999, withinMonths: 6 }),
    ).toMatchObject(failure('NOT_FOUND', 'trainings.errors.typeNotFound', 'trainingTypeId'))
    expect(
      send('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: -1 }),
    ).toMatchObject(failure('VALIDATION', 'validation.notNegative', 'withinMonths'))
    expect(
      send('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: 121 }),
    ).toMatchObject(failure('VALIDATION', 'validation.tooBig', 'withinMonths'))
    expect(
      send('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some } as never),
    ).toMatchObject(failure('VALIDATION', 'validation.required', 'withinMonths'))

    const type = call('training-type-list', {}).find((candidate) => candidate.id === some)!
    call('training-type-update', { id: some, names: type.names, validityMonths: 24, active: false })
    expect(
      send('role-training-requirement-set', { roleId: roleId('leader'), trainingTypeId: some, withinMonths: 6 }),
    ).toMatchObject(failure('CONFLICT', 'trainings.errors.typeInactive', 'trainingTypeId'))
    // A requirement it already has may still change or go.
    expect(
      send('role-training-requirement-set', { roleId: roleId('social_media'), trainingTypeId: some, withinMonths: 9 })
        .ok,
    ).toBe(true)
  })
})

describe('training sessions', () => {
  it('creates, lists newest first with counts, filters by type and year, and gets one', () => {
    const { call, session, typeId, people } = region()
    const gathering = session('group_leader_gathering', '2026-02-07')
    session('social_media_course', '2025-10-01')
    const online = call('training-session-create', {
      trainingTypeId: typeId('group_leader_gathering'),
      date: '2025-09-13',
      place: '',
      online: true,
      notes: 'Zoom',
    })
    expect(online).toMatchObject({ place: null, online: true, notes: 'Zoom', attendance: [] })
    call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'attended' },
        { personId: people.ola, status: 'no_show' },
        { personId: people.per, status: 'registered' },
        { personId: people.liv, status: 'attended' },
      ],
    })

    const all = call('training-session-list', {})
    expect(all.years).toEqual([2026, 2025])
    expect(all.rows.map((row) => row.date)).toEqual(['2026-02-07', '2025-10-01', '2025-09-13'])
    expect(all.rows[0]).toMatchObject({
      typeNames: { en: 'Group leader gathering' },
      place: 'Oslo',
      online: false,
      attended: 2,
      registered: 1,
      noShow: 1,
    })
    const filtered = call('training-session-list', { trainingTypeId: typeId('group_leader_gathering'), year: 2025 })
    expect(filtered.rows.map((row) => row.id)).toEqual([online.id])
    expect(filtered.years).toEqual([2026, 2025])

    const detail = call('training-session-get', { id: gathering.id })
    expect(detail.attendance.map((entry) => `${entry.personName}: ${entry.status}`)).toEqual([
      'Kari Nordmann: attended',
      'Liv Berg: attended',
      'Ola Åsen: no_show',
      'Per Ødegård: registered',
    ])
  })

  it('updates a session, and keeps a retired type only on the session that has it', () => {
    const { call, send, session, typeId } = region()
    const some = session('social_media_course', '2026-02-07')
    const type = call('training-type-list', {}).find((candidate) => candidate.key === 'social_media_course')!
    call('training-type-update', { id: type.id, names: type.names, validityMonths: 24, active: false })

    expect(
      call('training-session-update', { id: some.id, trainingTypeId: type.id, date: '2026-02-08', online: true }),
    ).toMatchObject({ date: '2026-02-08', place: null, online: true })
    expect(send('training-session-create', { trainingTypeId: type.id, date: '2026-04-01' })).toMatchObject(
      failure('CONFLICT', 'trainings.errors.typeInactive', 'trainingTypeId'),
    )
    const other = session('treasurer_course', '2026-02-07')
    expect(
      send('training-session-update', { id: other.id, trainingTypeId: type.id, date: '2026-02-07' }),
    ).toMatchObject(failure('CONFLICT', 'trainings.errors.typeInactive', 'trainingTypeId'))
    expect(
      send('training-session-update', { id: 999, trainingTypeId: typeId('treasurer_course'), date: '2026-02-07' }),
    ).toMatchObject(failure('NOT_FOUND', 'trainings.errors.sessionNotFound', 'id'))
  })

  it.each([
    ['no type', { date: '2026-04-01' }, 'validation.required', 'trainingTypeId'],
    ['an impossible date', { trainingTypeId: 1, date: '2026-02-30' }, 'validation.date', 'date'],
    ['a date in another format', { trainingTypeId: 1, date: '01.04.2026' }, 'validation.date', 'date'],
    ['a long place', { trainingTypeId: 1, date: '2026-04-01', place: 'x'.repeat(201) }, 'validation.tooLong', 'place'],
  ])('refuses a session with %s', (_name, input, messageKey, field) => {
    const { send } = region()
    expect(send('training-session-create', input as never)).toMatchObject(failure('VALIDATION', messageKey, field))
  })

  it('refuses a session of an unknown type', () => {
    const { send } = region()
    expect(send('training-session-create', { trainingTypeId: 999, date: '2026-04-01' })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.typeNotFound', 'trainingTypeId'),
    )
  })

  it('deletes a session with its attendance, and says how many entries went with it', () => {
    const { call, send, session, people, db } = region()
    const gathering = session('group_leader_gathering', '2026-02-07')
    call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'attended' },
        { personId: people.ola, status: 'registered' },
      ],
    })
    expect(call('training-session-delete', { id: gathering.id })).toEqual({ id: gathering.id, attendanceRemoved: 2 })
    expect(db.sqlite.prepare('SELECT count(*) AS n FROM attendance').get()).toEqual({ n: 0 })
    expect(send('training-session-get', { id: gathering.id })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.sessionNotFound'),
    )
    expect(send('training-session-delete', { id: gathering.id })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.sessionNotFound'),
    )
  })
})

describe('attendance-set', () => {
  it('records many people at once and changes the status of those already recorded', () => {
    const { call, session, people, events } = region()
    const gathering = session('group_leader_gathering', '2026-03-14')
    call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'registered' },
        { personId: people.ola, status: 'registered' },
      ],
    })
    const after = call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'attended' },
        { personId: people.ola, status: 'no_show' },
        { personId: people.per, status: 'attended' },
      ],
    })
    expect(after.attendance.map((entry) => [entry.personName, entry.status])).toEqual([
      ['Kari Nordmann', 'attended'],
      ['Ola Åsen', 'no_show'],
      ['Per Ødegård', 'attended'],
    ])
    expect(after).toMatchObject({ attended: 2, noShow: 1, registered: 0 })
    expect(events.at(-1)).toEqual({ name: 'changed', topics: ['trainings'] })
    expect(call('attendance-set', { sessionId: gathering.id, entries: [] }).attendance).toHaveLength(3)
  })

  it('writes nothing when one of the people is unknown, and names the entry', () => {
    const { send, call, session, people } = region()
    const gathering = session('group_leader_gathering', '2026-03-14')
    expect(
      send('attendance-set', {
        sessionId: gathering.id,
        entries: [
          { personId: people.kari, status: 'attended' },
          { personId: 999, status: 'attended' },
        ],
      }),
    ).toMatchObject(failure('NOT_FOUND', 'errors.notFound.person', 'entries.1.personId'))
    expect(call('training-session-get', { id: gathering.id }).attendance).toEqual([])
  })

  it('refuses the same person twice, an unknown status and an unknown session', () => {
    const { send, session, people } = region()
    const gathering = session('group_leader_gathering', '2026-03-14')
    expect(
      send('attendance-set', {
        sessionId: gathering.id,
        entries: [
          { personId: people.kari, status: 'attended' },
          { personId: people.kari, status: 'no_show' },
        ],
      }),
    ).toMatchObject(failure('VALIDATION', 'trainings.errors.duplicatePerson', 'entries.1.personId'))
    expect(
      send('attendance-set', {
        sessionId: gathering.id,
        entries: [{ personId: people.kari, status: 'present' }],
      } as never),
    ).toMatchObject(failure('VALIDATION', 'validation.choice', 'entries.0.status'))
    expect(
      send('attendance-set', { sessionId: 999, entries: [{ personId: people.kari, status: 'attended' }] }),
    ).toMatchObject(failure('NOT_FOUND', 'trainings.errors.sessionNotFound', 'sessionId'))
  })
})

describe('attendance-remove', () => {
  it('removes one person from a session, and refuses someone not recorded', () => {
    const { call, send, session, people } = region()
    const gathering = session('group_leader_gathering', '2026-03-14')
    call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'attended' },
        { personId: people.ola, status: 'attended' },
      ],
    })
    const after = call('attendance-remove', { sessionId: gathering.id, personId: people.ola })
    expect(after.attendance.map((entry) => entry.personName)).toEqual(['Kari Nordmann'])
    expect(send('attendance-remove', { sessionId: gathering.id, personId: people.ola })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.attendanceNotFound', 'personId'),
    )
    expect(send('attendance-remove', { sessionId: 999, personId: people.kari })).toMatchObject(
      failure('NOT_FOUND', 'trainings.errors.sessionNotFound', 'sessionId'),
    )
  })
})

describe('training-compliance', () => {
  /** Today is 2026-03-15. */
  function withHolders() {
    const setup = region()
    const { term, tromso, bodo, people, session, call } = setup
    term(tromso, 'leader', people.kari, '2026-01-10') // due by 2026-07-10
    term(tromso, 'deputy', people.ola, '2025-06-01') // overdue since 2025-12-01
    term(tromso, 'social_media', people.per, '2025-01-01') // attended in 2023: lapsed 2025-02-01
    term(tromso, 'treasurer', people.liv, '2024-05-01') // attended the course (no validity) in 2020
    term(bodo, 'leader', people.anna, '2026-03-15') // started today
    term(bodo, 'deputy', people.kari, '2024-01-01', '2025-06-01') // ended: not a current holder
    const some = session('social_media_course', '2023-01-15')
    call('attendance-set', { sessionId: some.id, entries: [{ personId: people.per, status: 'attended' }] })
    const finance = session('treasurer_course', '2020-10-10')
    call('attendance-set', { sessionId: finance.id, entries: [{ personId: people.liv, status: 'attended' }] })
    return setup
  }

  const summary = (rows: { personName: string; roleNames: { en: string }; status: string }[]) =>
    rows.map((row) => `${row.status}: ${row.personName} (${row.roleNames.en})`)

  it('gives every current holder a row per required training, overdue first', () => {
    const { call } = withHolders()
    const rows = call('training-compliance', {})
    expect(summary(rows)).toEqual([
      'overdue: Ola Åsen (Deputy leader)',
      'expired: Per Ødegård (Social media lead)',
      'due: Kari Nordmann (Leader)',
      'due: Anna Lie (Leader)',
      'done: Liv Berg (Treasurer)',
    ])
    expect(rows[0]).toMatchObject({
      groupName: 'Amnesty Tromsø',
      termFrom: '2025-06-01',
      dueOn: '2025-12-01',
      lastAttendedOn: null,
      trainingNames: { nb: 'Gruppeledersamling' },
      withinMonths: 6,
      validityMonths: 24,
    })
    expect(rows[1]).toMatchObject({ lastAttendedOn: '2023-01-15', expiredOn: '2025-01-15', dueOn: '2025-07-01' })
    expect(rows[3]).toMatchObject({ groupName: 'Amnesty Bodø', termFrom: '2026-03-15', dueOn: '2026-09-15' })
    expect(rows[4]).toMatchObject({ lastAttendedOn: '2020-10-10', expiresOn: null, expiredOn: null })
  })

  it('filters by group, by status, by "needs action" and by training', () => {
    const { call, bodo, typeId } = withHolders()
    expect(summary(call('training-compliance', { groupId: bodo }))).toEqual(['due: Anna Lie (Leader)'])
    expect(summary(call('training-compliance', { status: 'overdue' }))).toEqual(['overdue: Ola Åsen (Deputy leader)'])
    expect(call('training-compliance', { status: 'open' }).map((row) => row.status)).toEqual([
      'overdue',
      'expired',
      'due',
      'due',
    ])
    expect(
      summary(call('training-compliance', { trainingTypeId: typeId('group_leader_gathering'), status: 'due' })),
    ).toEqual(['due: Kari Nordmann (Leader)', 'due: Anna Lie (Leader)'])
  })

  it('turns done when the holder attends, but not for a no-show or a mere registration', () => {
    const { call, session, people } = withHolders()
    const gathering = session('group_leader_gathering', '2026-03-14')
    const coming = session('group_leader_gathering', '2026-04-18')
    call('attendance-set', {
      sessionId: gathering.id,
      entries: [
        { personId: people.kari, status: 'attended' },
        { personId: people.ola, status: 'no_show' },
        { personId: people.anna, status: 'registered' },
      ],
    })
    call('attendance-set', { sessionId: coming.id, entries: [{ personId: people.ola, status: 'registered' }] })
    const byPerson = new Map(call('training-compliance', {}).map((row) => [row.personName, row]))
    expect(byPerson.get('Kari Nordmann')).toMatchObject({
      status: 'done',
      lastAttendedOn: '2026-03-14',
      expiresOn: '2028-03-14',
    })
    expect(byPerson.get('Ola Åsen')).toMatchObject({ status: 'overdue', nextSessionOn: '2026-04-18' })
    expect(byPerson.get('Anna Lie')).toMatchObject({ status: 'due', lastAttendedOn: null })
  })

  it('leaves out closed groups and retired trainings, and follows requirement changes', () => {
    const { call, tromso, typeId, roleId } = withHolders()
    call('group-set-status', { id: tromso, status: 'closed', since: '2026-03-01' })
    expect(summary(call('training-compliance', {}))).toEqual(['due: Anna Lie (Leader)'])
    call('group-set-status', { id: tromso, status: 'active', since: '2026-03-02' })

    const gathering = call('training-type-list', {}).find((type) => type.key === 'group_leader_gathering')!
    call('training-type-update', { id: gathering.id, names: gathering.names, validityMonths: 24, active: false })
    expect(call('training-compliance', {}).map((row) => row.personName)).toEqual(['Per Ødegård', 'Liv Berg'])

    call('role-training-requirement-set', {
      roleId: roleId('treasurer'),
      trainingTypeId: typeId('treasurer_course'),
      withinMonths: null,
    })
    expect(call('training-compliance', {}).map((row) => row.personName)).toEqual(['Per Ødegård'])
  })

  it('asks the database a fixed number of questions, however many holders there are', () => {
    const small = withHolders()
    const large = withHolders()
    for (let index = 0; index < 40; index += 1) {
      const group = large.call('group-create', { name: `Gruppe ${index}` }).id
      large.term(group, 'leader', large.call('person-create', { name: `Leder ${index}` }).id, '2025-12-01')
    }
    const countQueries = (setup: ReturnType<typeof withHolders>) => {
      const original = setup.db.sqlite.prepare.bind(setup.db.sqlite)
      let count = 0
      setup.db.sqlite.prepare = ((source: string) => {
        count += 1
        return original(source)
      }) as typeof setup.db.sqlite.prepare
      const rows = setup.call('training-compliance', {})
      setup.db.sqlite.prepare = original
      return { count, rows: rows.length }
    }
    const few = countQueries(small)
    const many = countQueries(large)
    expect(many.rows).toBe(few.rows + 40)
    expect(many.count).toBe(few.count)
    expect(few.count).toBeLessThanOrEqual(4)
  })

  it('refuses a bad filter', () => {
    const { send } = region()
    expect(send('training-compliance', { status: 'late' } as never)).toMatchObject(
      failure('VALIDATION', 'validation.choice', 'status'),
    )
    expect(send('training-compliance', { groupId: -1 })).toMatchObject(
      failure('VALIDATION', 'validation.invalid', 'groupId'),
    )
  })
})
