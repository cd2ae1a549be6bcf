import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'

describe('person-create', () => {
  it('saves the person with a lowercased email and blanks as empty, and shows them in the list', () => {
    const { call } = createHarness('2026-03-15')
    const person = call('person-create', {
      name: '  Kari Nordmann ',
      email: ' Kari@Example.NO ',
      phone: '  ',
      notes: '',
    })
    expect(person).toMatchObject({ name: 'Kari Nordmann', email: 'kari@example.no', phone: null, notes: null })
    expect(person.id).toBeGreaterThan(0)
    expect(call('person-get', { id: person.id })).toEqual(person)
    expect(call('person-list', {})).toEqual({
      total: 1,
      rows: [{ id: person.id, name: 'Kari Nordmann', email: 'kari@example.no', phone: null, groups: [] }],
    })
  })

  it.each([
    ['a missing name', { name: '' }, 'name', 'validation.required'],
    ['a blank name', { name: '   ' }, 'name', 'validation.required'],
    ['a bad email', { name: 'Kari', email: 'kari@' }, 'email', 'validation.email'],
    ['letters in the phone number', { name: 'Kari', phone: '912 CALL ME' }, 'phone', 'validation.phone'],
    ['a name too long', { name: 'K'.repeat(161) }, 'name', 'validation.tooLong'],
  ])('refuses %s, naming the field', (_case, input, field, messageKey) => {
    const { send, call } = createHarness()
    expect(send('person-create', input)).toMatchObject({ ok: false, error: { code: 'VALIDATION', field, messageKey } })
    expect(call('person-list', {}).total).toBe(0)
  })
})

describe('person-get', () => {
  it('says NOT_FOUND for a person that does not exist', () => {
    const { send } = createHarness()
    expect(send('person-get', { id: 42 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.person' },
    })
  })
})

describe('person-update', () => {
  it('changes the fields, clears blanked ones and keeps the creation time', () => {
    const { call } = createHarness()
    const before = call('person-create', { name: 'Kari', email: 'kari@example.no', phone: '+47 912 34 567' })
    const after = call('person-update', { id: before.id, name: 'Kari Nordmann', email: 'KARI.N@example.no', phone: '' })
    expect(after).toMatchObject({ id: before.id, name: 'Kari Nordmann', email: 'kari.n@example.no', phone: null })
    expect(after.createdAt).toBe(before.createdAt)
    expect(call('person-get', { id: before.id })).toEqual(after)
    expect(call('person-list', {}).total).toBe(1)
  })

  it('says NOT_FOUND for a person that does not exist and creates nobody', () => {
    const { send, call } = createHarness()
    expect(send('person-update', { id: 42, name: 'Nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', messageKey: 'errors.notFound.person' },
    })
    expect(call('person-list', {}).total).toBe(0)
  })
})

describe('person-list', () => {
  function withPeople() {
    const harness = createHarness()
    for (const [name, email, phone] of [
      ['Åse Ødegård', 'ase@example.no', '+47 912 34 567'],
      ['Malin Öberg', 'malin.oberg@example.se', '070-123 45 67'],
      ['Ola Nordmann', 'ola@nordmann.no', null],
      ['Per 100% Hansen', null, '(0047) 22 33 44 55'],
      ['Zara Ali', 'zara_ali@example.org', null],
    ] as const)
      harness.call('person-create', { name, email, phone })
    return harness
  }

  it.each([
    ['a name ignoring case', 'ola', ['Ola Nordmann']],
    ['a name ignoring accents', 'ase', ['Åse Ødegård']],
    ['a name typed exactly with Nordic letters', 'ØDEGÅRD', ['Åse Ødegård']],
    ['a name typed with accents', 'ÖBERG', ['Malin Öberg']],
    ['part of an email', 'nordmann.no', ['Ola Nordmann']],
    ['an email typed in capitals', 'MALIN.OBERG@', ['Malin Öberg']],
    ['part of a phone number as stored', '912 34', ['Åse Ødegård']],
    ['a phone number with punctuation', '070-123', ['Malin Öberg']],
    ['a percent sign literally, not as a wildcard', '%', ['Per 100% Hansen']],
    ['an underscore literally, not as a wildcard', '_', ['Zara Ali']],
    ['nothing that matches', 'xyz', []],
  ])('finds people by %s', (_case, query, names) => {
    const { call } = withPeople()
    const result = call('person-list', { query })
    expect(result.rows.map((row) => row.name)).toEqual(names)
    expect(result.total).toBe(names.length)
  })

  // BUG (fails today): fold() strips combining marks only, and ø/æ have no decomposition, so a
  // Swede typing "Ödegård" (ö is their ø), or anyone typing plain "odegard", finds nobody, while
  // "oberg" does find "Öberg". Suggested fix: in shared/text.ts fold, after stripping marks, map
  // ø -> o and æ -> a (as ö -> o and ä -> a already happen), so the Nordic spellings meet.
  it('finds a Norwegian name typed the Swedish way ("Ödegård") or in plain letters ("odegard")', () => {
    const { call } = withPeople()
    for (const query of ['Ödegård', 'odegard'])
      expect([query, call('person-list', { query }).rows.map((row) => row.name)]).toEqual([query, ['Åse Ødegård']])
  })

  it('lists everyone sorted in Nordic order when there is no query, and pages', () => {
    const { call } = withPeople()
    expect(call('person-list', {}).rows.map((row) => row.name)).toEqual([
      'Malin Öberg',
      'Ola Nordmann',
      'Per 100% Hansen',
      'Zara Ali',
      'Åse Ødegård',
    ])
    const page = call('person-list', { page: 2, pageSize: 2, dir: 'desc' })
    expect(page).toMatchObject({ total: 5 })
    expect(page.rows.map((row) => row.name)).toEqual(['Per 100% Hansen', 'Ola Nordmann'])
  })
})

describe('person-find-by-email', () => {
  function withDuplicates() {
    const harness = createHarness()
    const kari = harness.call('person-create', { name: 'Kari', email: 'kari@example.no' })
    const karin = harness.call('person-create', { name: 'Karin', email: 'KARI@example.NO' })
    harness.call('person-create', { name: 'Other', email: 'other@example.no' })
    harness.call('person-create', { name: 'No email' })
    return { ...harness, kari, karin }
  }

  it('finds everyone using the email, whatever its letter case', () => {
    const { call } = withDuplicates()
    expect(
      call('person-find-by-email', { email: ' Kari@EXAMPLE.no ' })
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Kari', 'Karin'])
  })

  it('leaves out the person being edited', () => {
    const { call, kari, karin } = withDuplicates()
    expect(call('person-find-by-email', { email: 'kari@example.no', excludeId: kari.id })).toEqual([
      { id: karin.id, name: 'Karin' },
    ])
    expect(call('person-find-by-email', { email: 'other@example.no', excludeId: kari.id })).toHaveLength(1)
  })

  it.each([
    ['an unused email', 'nobody@example.no'],
    ['a blank email', '   '],
    ['part of an email', 'kari'],
  ])('finds nobody for %s', (_case, email) => {
    const { call } = withDuplicates()
    expect(call('person-find-by-email', { email })).toEqual([])
  })
})
