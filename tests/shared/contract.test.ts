import { describe, expect, it } from 'vitest'
import { api, contractNameClashes, domains, isMethodName } from '../../shared/api'
import { read, write } from '../../shared/api/contract'
import { z } from 'zod'

describe('contractNameClashes', () => {
  it('finds a method defined in two domains', () => {
    const groupsPart = { 'group-list': read(z.object({})).returns<unknown>(), 'group-get': 1 }
    const otherPart = { 'group-get': 2, 'person-get': 3 }
    expect(contractNameClashes({ groupsPart, otherPart })).toEqual(['group-get'])
  })

  it('finds every clash, once per extra definition', () => {
    expect(contractNameClashes({ a: { x: 1, y: 1 }, b: { x: 2 }, c: { x: 3, y: 3, z: 3 } })).toEqual(['x', 'x', 'y'])
  })

  it('finds none in the real domains, so no method silently replaces another in `api`', () => {
    expect(contractNameClashes(domains)).toEqual([])
    const defined = Object.values(domains).reduce((sum, part) => sum + Object.keys(part).length, 0)
    expect(Object.keys(api)).toHaveLength(defined)
  })
})

describe('the contract', () => {
  const methods = Object.entries(api)

  it.each(methods.map(([name]) => [name]))('%s is named noun-verb in kebab case', (name) => {
    expect(name).toMatch(/^[a-z]+(-[a-z]+)+$/)
  })

  it.each(methods.map(([name, spec]) => [name, spec.kind, spec.topics]))(
    '%s (%s) announces topics exactly when it writes',
    (_name, kind, topics) => {
      if (kind === 'write') expect(topics.length).toBeGreaterThan(0)
      else expect(topics).toEqual([])
    },
  )

  it('knows its own method names and nothing inherited', () => {
    for (const name of Object.keys(api)) expect(isMethodName(name)).toBe(true)
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', ''])
      expect(isMethodName(name)).toBe(false)
  })

  it('builds read and write specs with the kind and topics given', () => {
    const input = z.object({ id: z.number() })
    expect(read(input).returns<number>()).toEqual({ kind: 'read', input, topics: [] })
    expect(write(input, ['groups', 'memberships']).returns<number>()).toEqual({
      kind: 'write',
      input,
      topics: ['groups', 'memberships'],
    })
  })
})
