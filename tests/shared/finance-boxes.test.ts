import { describe, expect, it } from 'vitest'
import {
  addMonths,
  boxStaleness,
  formatKroner,
  hasWholeOre,
  kronerToMinor,
  monthsBetween,
  type BoxDates,
} from '../../shared/stewardship/boxes'

describe('addMonths', () => {
  it.each([
    ['2025-03-15', 12, '2026-03-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2025-12-01', 1, '2026-01-01'],
    ['2026-03-15', -13, '2025-02-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })
})

describe('monthsBetween', () => {
  it.each([
    ['2025-03-15', '2026-03-14', 11],
    ['2025-03-15', '2026-03-15', 12],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-03-15', '2025-03-01', 0],
    ['2025-03-15T10:00:00.000Z', '2026-04-20', 13],
  ])('%s to %s: %i', (from, to, expected) => {
    expect(monthsBetween(from, to)).toBe(expected)
  })
})

describe('boxStaleness: due N months after the last count, flagged from the day after', () => {
  const box = (more: Partial<BoxDates>): BoxDates => ({
    status: 'in_use',
    lastCountedOn: '2025-03-15',
    createdAt: '2024-01-10T09:00:00.000Z',
    ...more,
  })
  it.each([
    ['counted 11 months ago', box({}), '2026-02-15', false],
    ['exactly 12 months: the due day is not late yet', box({}), '2026-03-15', false],
    ['12 months and a day', box({}), '2026-03-16', true],
    ['13 months', box({}), '2026-04-15', true],
    ['stored boxes are flagged too', box({ status: 'stored' }), '2026-04-15', true],
    ['returned boxes never', box({ status: 'returned' }), '2030-01-01', false],
    ['lost boxes never', box({ status: 'lost' }), '2030-01-01', false],
    [
      'never counted: from registration, still within',
      box({ lastCountedOn: null, createdAt: '2025-06-01T08:00:00Z' }),
      '2026-06-01',
      false,
    ],
    [
      'never counted: from registration, late',
      box({ lastCountedOn: null, createdAt: '2025-06-01T08:00:00Z' }),
      '2026-06-02',
      true,
    ],
    ['counted today', box({ lastCountedOn: '2026-03-15' }), '2026-03-15', false],
  ])('%s', (_name, input, today, stale) => {
    expect(boxStaleness(input, today, 12).stale).toBe(stale)
  })

  it('says since when and for how many months, and whether it was ever counted', () => {
    expect(boxStaleness(box({ lastCountedOn: '2025-02-14' }), '2026-03-15', 12)).toEqual({
      stale: true,
      since: '2025-02-14',
      neverCounted: false,
      months: 13,
    })
    expect(boxStaleness(box({ lastCountedOn: null }), '2026-03-15', 12)).toMatchObject({
      since: '2024-01-10',
      neverCounted: true,
      months: 26,
    })
  })

  it('follows the setting', () => {
    expect(boxStaleness(box({}), '2025-09-16', 6).stale).toBe(true)
    expect(boxStaleness(box({}), '2025-09-15', 6).stale).toBe(false)
  })
})

describe('kroner and øre', () => {
  it.each([
    [0, 0],
    [0.29, 29],
    [1234.5, 123450],
    [19.99, 1999],
    [0.1 + 0.2, 30],
  ])('%d kr is %i øre', (kroner, minor) => {
    expect(kronerToMinor(kroner)).toBe(minor)
    expect(hasWholeOre(kroner)).toBe(true)
  })

  it('refuses fractions of an øre', () => {
    expect(hasWholeOre(1.234)).toBe(false)
  })

  it('formats in the UI language', () => {
    expect(formatKroner(123450, 'nb').replace(/\s/g, ' ')).toBe('1 234,50 kr')
    expect(formatKroner(123450, 'en')).toBe('1,234.50 kr')
  })
})
