import { describe, expect, it } from 'vitest'
import { seedDemoRegion } from '../../main/demo/seed'
import { createHarness } from './harness'

describe('group-timeline', () => {
  it('tells a group’s years newest first: elections, new holders, and its status', () => {
    const { db, call } = createHarness('2026-11-21')
    seedDemoRegion(db, '2026-11-21')
    const group = call('group-list', { status: 'active', query: 'Asker' }).rows[0]!
    const timeline = call('group-timeline', { groupId: group.id })
    const dates = timeline.map((entry) => entry.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(timeline.some((entry) => entry.event === 'election.held' && entry.params.season === 2026)).toBe(true)
    expect(timeline.some((entry) => entry.event === 'term.started' && typeof entry.params.person === 'string')).toBe(true)
    expect(timeline.at(-1)).toMatchObject({ kind: 'status', event: 'status.active' })
    const onlyTerms = call('group-timeline', { groupId: group.id, kinds: ['term'] })
    expect(onlyTerms.every((entry) => entry.kind === 'term')).toBe(true)
  })

  it('says NOT_FOUND for a group that does not exist', () => {
    const { send } = createHarness()
    expect(send('group-timeline', { groupId: 404 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
