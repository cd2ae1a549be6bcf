import { describe, expect, it } from 'vitest'
import {
  combinationClash,
  coversDay,
  peakHolders,
  periodsOverlap,
  seatProblem,
  vacantRoleIds,
  type Period,
} from '../../shared/stewardship/terms'

const p = (from: string, to: string | null = null): Period => ({ from, to })

describe('periodsOverlap', () => {
  it.each<[string, Period, Period, boolean]>([
    ['touching: one ends the day the next begins', p('2025-03-01', '2026-03-10'), p('2026-03-10'), false],
    ['touching, the other way round', p('2026-03-10'), p('2025-03-01', '2026-03-10'), false],
    ['one day of overlap', p('2025-03-01', '2026-03-11'), p('2026-03-10'), true],
    ['both open-ended', p('2025-01-01'), p('2026-01-01'), true],
    ['open-ended after a closed one', p('2024-01-01', '2025-01-01'), p('2025-06-01'), false],
    ['open-ended started before a closed one ends', p('2024-06-01'), p('2024-01-01', '2025-01-01'), true],
    ['one inside the other', p('2024-01-01', '2026-01-01'), p('2025-01-01', '2025-02-01'), true],
    ['same period', p('2025-01-01', '2025-02-01'), p('2025-01-01', '2025-02-01'), true],
    ['apart', p('2024-01-01', '2024-02-01'), p('2024-03-01', '2024-04-01'), false],
    ['an empty period overlaps nothing', p('2025-01-10', '2025-01-10'), p('2025-01-01'), false],
  ])('%s -> %s', (_name, a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected)
    expect(periodsOverlap(b, a)).toBe(expected)
  })
})

describe('coversDay', () => {
  it.each<[Period, string, boolean]>([
    [p('2025-01-01', '2025-02-01'), '2025-01-01', true],
    [p('2025-01-01', '2025-02-01'), '2025-01-31', true],
    [p('2025-01-01', '2025-02-01'), '2025-02-01', false],
    [p('2025-01-01'), '2099-12-31', true],
    [p('2025-01-01'), '2024-12-31', false],
  ])('%j on %s -> %s', (period, day, expected) => {
    expect(coversDay(period, day)).toBe(expected)
  })
})

describe('peakHolders', () => {
  it('counts the most holders on one day inside the window, and names the first such day', () => {
    const periods = [p('2024-01-01', '2025-01-01'), p('2024-06-01', '2024-09-01'), p('2024-08-01')]
    expect(peakHolders(periods, p('2000-01-01'))).toEqual({ count: 3, on: '2024-08-01' })
    expect(peakHolders(periods, p('2024-09-01'))).toEqual({ count: 2, on: '2024-09-01' })
    expect(peakHolders(periods, p('2025-01-01'))).toEqual({ count: 1, on: '2025-01-01' })
    expect(peakHolders([], p('2025-01-01'))).toEqual({ count: 0, on: null })
  })
})

describe('seatProblem', () => {
  const kari = (from: string, to: string | null = null) => ({ personId: 1, from, to })
  const ola = (from: string, to: string | null = null) => ({ personId: 2, from, to })
  const anna = (from: string, to: string | null = null) => ({ personId: 3, from, to })

  it.each([
    {
      name: 'a successor starting the day the holder’s term ends',
      others: [kari('2025-03-01', '2026-03-10')],
      candidate: ola('2026-03-10'),
      seats: 1,
      expected: null,
    },
    {
      name: 'a second holder of a one-seat role',
      others: [kari('2025-03-01')],
      candidate: ola('2026-03-10'),
      seats: 1,
      expected: { kind: 'seats', on: '2026-03-10', count: 2, seats: 1 },
    },
    {
      name: 'a second holder of a two-seat role',
      others: [kari('2025-03-01')],
      candidate: ola('2026-03-10'),
      seats: 2,
      expected: null,
    },
    {
      name: 'a third holder of a two-seat role',
      others: [kari('2025-03-01'), anna('2025-06-01')],
      candidate: ola('2026-03-10'),
      seats: 2,
      expected: { kind: 'seats', on: '2026-03-10', count: 3, seats: 2 },
    },
    {
      name: 'three over time, never more than two at once',
      others: [kari('2025-03-01', '2026-01-01'), anna('2025-06-01')],
      candidate: ola('2026-01-01'),
      seats: 2,
      expected: null,
    },
    {
      name: 'an interim term ending before a holder begins',
      others: [kari('2026-06-01')],
      candidate: ola('2026-03-01', '2026-06-01'),
      seats: 1,
      expected: null,
    },
    {
      name: 'an interim term running into a holder’s start',
      others: [kari('2026-06-01')],
      candidate: ola('2026-03-01', '2026-06-02'),
      seats: 1,
      expected: { kind: 'seats', on: '2026-06-01', count: 2, seats: 1 },
    },
    {
      name: 'an open-ended term before a later holder',
      others: [kari('2026-06-01')],
      candidate: ola('2026-03-01'),
      seats: 1,
      expected: { kind: 'seats', on: '2026-06-01', count: 2, seats: 1 },
    },
    {
      name: 'the same person twice at once, even with seats free',
      others: [kari('2025-03-01')],
      candidate: kari('2026-03-10'),
      seats: 3,
      expected: { kind: 'samePerson', on: '2026-03-10' },
    },
    {
      name: 'the same person again after the term ended',
      others: [kari('2024-03-01', '2025-03-01')],
      candidate: kari('2025-03-01'),
      seats: 1,
      expected: null,
    },
  ])('$name', ({ others, candidate, seats, expected }) => {
    expect(seatProblem(others, candidate, seats)).toEqual(expected)
  })
})

describe('combinationClash', () => {
  const leader = { roleId: 1, combinable: false, from: '2025-03-01', to: null }
  const social = { roleId: 4, combinable: true, from: '2025-03-01', to: null }
  const webmaster = { roleId: 6, combinable: true, from: '2025-03-01', to: null }

  it.each([
    {
      name: 'treasurer while leader (leader not combinable)',
      candidate: { roleId: 3, combinable: false, from: '2026-01-01', to: null },
      others: [leader],
      clash: 1,
    },
    {
      name: 'social media while leader (leader not combinable)',
      candidate: { roleId: 4, combinable: true, from: '2026-01-01', to: null },
      others: [leader],
      clash: 1,
    },
    { name: 'two combinable roles', candidate: { ...webmaster, from: '2026-01-01' }, others: [social], clash: null },
    {
      name: 'leader after the social-media term ended',
      candidate: { ...leader, from: '2026-01-01' },
      others: [{ ...social, to: '2026-01-01' }],
      clash: null,
    },
    {
      name: 'the same role is the seat rule’s business',
      candidate: { ...leader, from: '2026-01-01' },
      others: [leader],
      clash: null,
    },
  ])('$name', ({ candidate, others, clash }) => {
    expect(combinationClash(candidate, others)?.roleId ?? null).toBe(clash)
  })
})

describe('vacantRoleIds', () => {
  it('lists active elected must-roles nobody holds; the appointed auditor is chased in Finance', () => {
    const roles = [
      { id: 1, requirement: 'must' as const, selection: 'elected' as const, active: true },
      { id: 2, requirement: 'should' as const, selection: 'elected' as const, active: true },
      { id: 3, requirement: 'must' as const, selection: 'elected' as const, active: true },
      { id: 4, requirement: 'must' as const, selection: 'appointed' as const, active: true },
      { id: 5, requirement: 'must' as const, selection: 'elected' as const, active: false },
    ]
    expect(vacantRoleIds(roles, new Set([1]))).toEqual([3])
  })
})
