import { afterEach, describe, expect, test } from 'vitest'
import { minutesLabels } from '../../main/pdf/labels'
import type { MinutesData } from '../../main/pdf/minutes-data'
import { clean, formatDate, generatedStamp, listNames, meetingWhen, meetingWhere } from '../../main/pdf/minutes-text'
import { typicalElection } from '../bench/minutes-fixtures'

const originalTz = process.env.TZ
afterEach(() => {
  process.env.TZ = originalTz
})

describe('formatDate', () => {
  test.each([
    ['nb-NO', '2026-11-21', '21.11.2026'],
    ['sv-SE', '2026-11-21', '2026-11-21'],
    ['en-GB', '2026-11-21', '21 November 2026'],
    ['nb-NO', '2026-12-31T23:45', '31.12.2026'],
    ['nb-NO', 'next spring', 'next spring'],
  ])('%s %s -> %s', (locale, input, expected) => expect(formatDate(input, locale)).toBe(expected))

  // Node reads TZ afresh when it changes: the far ends of the clock must not move a date.
  test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('keeps the calendar date in %s', (zone) => {
    process.env.TZ = zone
    expect(formatDate('2026-01-01', 'nb-NO')).toBe('01.01.2026')
    expect(formatDate('2026-12-31', 'en-GB')).toBe('31 December 2026')
  })
})

describe('meetingWhen', () => {
  const nb = minutesLabels.nb
  const at = (meetingAt: string | null, heldOn: string | null): MinutesData => ({
    ...typicalElection(0),
    meetingAt,
    heldOn,
  })
  test.each([
    [at('2026-03-12T18:00', '2026-03-12'), '12.03.2026 kl. 18:00'],
    [at('2026-03-12T18:00', null), '12.03.2026 kl. 18:00'],
    // Held on another day than planned: the planned time says nothing about it.
    [at('2026-03-12T18:00', '2026-03-19'), '19.03.2026'],
    [at(null, '2026-03-19'), '19.03.2026'],
    [at(null, null), '–'],
  ])('%#', (data, expected) => expect(meetingWhen(data, nb)).toBe(expected))
})

describe('meetingWhere', () => {
  test.each([
    ['zoom', null, 'Zoom'],
    ['in_person', '  Kulturhuset,\n Storgata 1 ', 'Fysisk møte – Kulturhuset, Storgata 1'],
    [null, 'Biblioteket', 'Biblioteket'],
    [null, '   ', '–'],
  ] as const)('%s %j', (platform, place, expected) =>
    expect(meetingWhere({ ...typicalElection(0), platform, place }, minutesLabels.nb)).toBe(expected),
  )
})

describe('names', () => {
  test('are joined the way each language lists them', () => {
    expect(listNames(['Ola', 'Kari', 'Åse'], 'nb-NO')).toBe('Ola, Kari og Åse')
    expect(listNames(['Ola', 'Kari'], 'sv-SE')).toBe('Ola och Kari')
    expect(listNames(['Ola', 'Kari', 'Åse'], 'en-GB')).toBe('Ola, Kari and Åse')
  })

  test('are composed and single-spaced', () => {
    expect(clean('Nguye\u0302\u0303n  Thi\u0323\nMai')).toBe('Nguyễn Thị Mai')
    expect(clean('   ')).toBeNull()
  })
})

describe('generatedStamp', () => {
  test('is the local date and time', () => {
    expect(generatedStamp(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05 07:03')
  })
})
