import { describe, expect, it } from 'vitest'
import { stewardshipText } from '../../shared/i18n/sections/stewardship'
import {
  addDays,
  completedOnAfter,
  isOverdue,
  statusReasonAfter,
  suggestsDone,
  type HandoverStatus,
} from '../../shared/stewardship/handovers'

describe('isOverdue', () => {
  it.each<[HandoverStatus, string, boolean]>([
    ['open', '2026-03-14', true],
    ['in_progress', '2026-03-14', true],
    ['open', '2026-03-15', false],
    ['open', '2026-04-01', false],
    ['done', '2026-01-01', false],
    ['waived', '2026-01-01', false],
  ])('%s, due %s, today 2026-03-15 -> %s', (status, dueOn, expected) => {
    expect(isOverdue({ status, dueOn }, '2026-03-15')).toBe(expected)
  })
})

describe('suggestsDone', () => {
  const ticked = { doneOn: '2026-03-01' }
  const open = { doneOn: null }
  it.each<[HandoverStatus, { doneOn: string | null }[], boolean]>([
    ['open', [ticked, ticked], true],
    ['in_progress', [ticked], true],
    ['in_progress', [ticked, open], false],
    ['open', [], false],
    ['done', [ticked], false],
    ['waived', [ticked], false],
  ])('%s with %j -> %s', (status, items, expected) => {
    expect(suggestsDone({ status, items })).toBe(expected)
  })
})

describe('completedOnAfter', () => {
  it.each<[HandoverStatus, string | null, HandoverStatus, string | null]>([
    ['open', null, 'done', '2026-03-15'],
    ['done', '2026-03-01', 'done', '2026-03-01'],
    ['done', '2026-03-01', 'in_progress', null],
    ['in_progress', null, 'waived', null],
  ])('%s (%s) -> %s gives %s', (status, completedOn, next, expected) => {
    expect(completedOnAfter({ status, completedOn }, next, '2026-03-15')).toBe(expected)
  })
})

describe('statusReasonAfter', () => {
  it.each<[HandoverStatus, string | null, string | null]>([
    ['waived', 'The old holder moved abroad', 'The old holder moved abroad'],
    ['waived', '   ', 'missing'],
    ['waived', null, 'missing'],
    ['done', 'left over', null],
  ])('%s with %j -> %j', (status, reason, expected) => {
    expect(statusReasonAfter(status, reason)).toBe(expected)
  })
})

describe('addDays', () => {
  it.each([
    ['2026-03-10', 30, '2026-04-09'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %d = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })
})

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

describe('stewardship texts', () => {
  const en = new Map(leaves(stewardshipText.en))
  it.each(['nb', 'sv'] as const)('%s has exactly the keys and placeholders of en, none blank', (language) => {
    const texts = leaves(stewardshipText[language])
    expect(texts.map(([key]) => key).sort()).toEqual([...en.keys()].sort())
    expect(texts.filter(([, text]) => !text.trim())).toEqual([])
    expect(texts.filter(([key, text]) => placeholders(text).join() !== placeholders(en.get(key)!).join())).toEqual([])
  })
})
