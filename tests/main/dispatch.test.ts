import { describe, expect, it, vi } from 'vitest'
import { createContext } from '../../main/context'
import { openDatabase } from '../../main/db/open'
import { people } from '../../main/db/schema'
import { createDispatcher } from '../../main/dispatch'
import { handlers, unhandledMethods } from '../../main/handlers'
import { registerHandlers, type HandlerMap } from '../../main/handlers/registry'
import { api, type MethodName } from '../../shared/api'
import type { AppEvent } from '../../shared/api/contract'
import { AppError, errorCodes, type Reply } from '../../shared/errors'
import { en } from '../../shared/i18n/en'
import { nb } from '../../shared/i18n/nb'
import { sv } from '../../shared/i18n/sv'
import { createHarness } from './harness'

const settingsIn = (language: 'nb' | 'sv' | 'en' | null) =>
  ({ orgPreset: 'norway', language, regionName: null, leaderName: null }) as const

/** A dispatcher over a fresh record whose handler map the test may override, with its log and events. */
function withHandlers(overrides: Partial<HandlerMap> = {}) {
  const db = openDatabase(':memory:')
  const ctx = createContext(db, () => new Date('2026-03-15T12:00:00Z'))
  const events: AppEvent[] = []
  const logError = vi.fn<(line: string) => void>()
  const dispatch = createDispatcher(ctx, { ...handlers, ...overrides } as HandlerMap, {
    emit: (event) => events.push(event),
    logError,
  })
  const peopleCount = () => Number(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get())
  return { db, dispatch, events, logError, peopleCount }
}

describe('dispatch: unknown methods', () => {
  it.each(['no-such-method', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty', 'GROUP-LIST'])(
    'answers %j with NOT_FOUND and a message, without crashing',
    (method) => {
      const { dispatch, events } = createHarness()
      expect(dispatch(method, {})).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', messageKey: 'errors.unknownMethod', message: en.errors.unknownMethod },
      })
      expect(events).toEqual([])
    },
  )
})

describe('dispatch: invalid input', () => {
  it('names the field and translates the message into the language chosen in settings', () => {
    const { call, send } = createHarness()
    const messages: string[] = []
    for (const [language, expected] of [
      ['sv', sv.validation.email],
      ['nb', nb.validation.email],
      ['en', en.validation.email],
    ] as const) {
      call('settings-update', settingsIn(language))
      const reply = send('person-create', { name: 'Kari', email: 'not-an-email' })
      expect(reply).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'VALIDATION',
          field: 'email',
          messageKey: 'validation.email',
          message: expected,
        }),
      })
      if (!reply.ok) messages.push(reply.error.message)
    }
    expect(new Set(messages).size).toBe(3)
  })

  it('fills numbers into the translated message (a too long name says the limit)', () => {
    const { call, send } = createHarness()
    call('settings-update', settingsIn('nb'))
    expect(send('person-create', { name: 'x'.repeat(161) })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        field: 'name',
        params: { max: 160 },
        message: nb.validation.tooLong.replace('{{max}}', '160'),
      },
    })
  })

  it('falls back to English while no language is chosen', () => {
    const { send } = createHarness()
    expect(send('group-get', { id: 0 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'id', message: en.validation.invalid },
    })
  })

  it('runs no handler for invalid input', () => {
    const handler = vi.fn()
    const { dispatch } = withHandlers({ 'person-create': handler })
    dispatch('person-create', { email: 'kari@example.no' })
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('dispatch: a handler that crashes', () => {
  const personalInput = { name: 'Kari Nordmann', email: 'kari.nordmann@example.no', phone: '+47 912 34 567' }

  it('replies INTERNAL with the translated generic message, and no stack, message or input text', () => {
    const { dispatch, db } = withHandlers({
      'person-create': (_ctx, input) => {
        throw new Error(`cannot save ${input.name} <${input.email}> ${input.phone}`)
      },
    })
    db.sqlite.prepare("UPDATE settings SET language = 'sv'").run()
    const reply = dispatch('person-create', personalInput)
    expect(reply).toEqual({
      ok: false,
      error: { code: 'INTERNAL', messageKey: 'errors.internal', message: sv.errors.internal, params: undefined },
    })
    const text = JSON.stringify(reply)
    for (const secret of [...Object.values(personalInput), 'kari.nordmann', 'cannot save', 'at ', '.ts'])
      expect(text).not.toContain(secret)
  })

  it('logs one line that names the method but none of the personal data', () => {
    const { dispatch, logError } = withHandlers({
      'person-update': (_ctx, input) => {
        throw new TypeError(`no row for ${input.email}`)
      },
    })
    dispatch('person-update', { id: 7, ...personalInput })
    expect(logError).toHaveBeenCalledTimes(1)
    const line = logError.mock.calls[0]![0]
    expect(line).toContain('person-update')
    for (const secret of [...Object.values(personalInput), 'kari.nordmann', 'example.no', 'no row for'])
      expect(line).not.toContain(secret)
  })

  it('still answers when the thrown value is not an Error at all', () => {
    const { dispatch, logError } = withHandlers({
      'group-list': () => {
        throw 'kari@example.no'
      },
    })
    expect(dispatch('group-list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(logError.mock.calls[0]![0]).not.toContain('kari@example.no')
  })
})

describe('dispatch: writes are all or nothing', () => {
  it.each([
    ['a crash', () => new Error('disk hiccup'), 'INTERNAL'],
    ['an expected failure', () => new AppError('CONFLICT', 'errors.constraint'), 'CONFLICT'],
  ] as const)('leaves nothing written when a write fails halfway with %s', (_case, failure, code) => {
    const { dispatch, events, peopleCount } = withHandlers({
      'person-create': (ctx, input) => {
        ctx.db.orm.insert(people).values(input).run()
        ctx.db.orm
          .insert(people)
          .values({ ...input, name: `${input.name} (2)` })
          .run()
        throw failure()
      },
    })
    expect(dispatch('person-create', { name: 'Kari' })).toMatchObject({ ok: false, error: { code } })
    expect(peopleCount()).toBe(0)
    expect(events).toEqual([])
  })

  it('turns a database constraint the handler did not foresee into a CONFLICT, writing nothing', () => {
    const { dispatch, db, peopleCount } = withHandlers({
      'person-create': (ctx, input) => {
        ctx.db.orm.insert(people).values(input).run()
        ctx.db.sqlite.prepare('INSERT INTO settings (id) VALUES (1)').run()
        return ctx.db.orm.select().from(people).get()!
      },
    })
    expect(dispatch('person-create', { name: 'Kari' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'errors.constraint' },
    })
    expect(peopleCount()).toBe(0)
    expect(db.sqlite.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(1)
  })
})

describe('dispatch: change events', () => {
  it('announces each successful write exactly once, with the topics the contract names', () => {
    const { call, events } = createHarness()
    const person = call('person-create', { name: 'Kari' })
    expect(events).toEqual([{ name: 'changed', topics: [...api['person-create'].topics] }])
    const group = call('group-create', { name: 'Tromsø' })
    call('membership-create', { personId: person.id, groupId: group.id, from: '2026-01-01' })
    call('settings-update', settingsIn('nb'))
    expect(events).toEqual([
      { name: 'changed', topics: ['people'] },
      { name: 'changed', topics: ['groups'] },
      { name: 'changed', topics: ['memberships'] },
      { name: 'changed', topics: ['settings'] },
    ])
  })

  it('announces nothing for reads', () => {
    const { call, events } = createHarness()
    const { id } = call('person-create', { name: 'Kari' })
    events.length = 0
    call('person-list', {})
    call('person-get', { id })
    call('group-list', {})
    call('settings-get', {})
    call('overview-get', undefined)
    call('app-info', undefined)
    call('membership-list', { personId: id })
    expect(events).toEqual([])
  })

  it.each([
    ['invalid input', 'person-create', { name: '' }],
    ['a missing record', 'person-update', { id: 999, name: 'Kari' }],
    ['a conflict', 'group-create', { name: 'BERGEN' }],
  ] as const)('announces nothing for a write refused for %s', (_case, method, input) => {
    const { call, dispatch, events } = createHarness()
    call('group-create', { name: 'Bergen' })
    events.length = 0
    expect(dispatch(method, input).ok).toBe(false)
    expect(events).toEqual([])
  })

  // BUG (fails today): emit() is called inside the dispatcher's try, so a listener that throws after
  // the transaction committed turns a saved write into INTERNAL "nothing was saved". Suggested fix:
  // call emit after the try/catch (or in its own try that only logs), and reply ok.
  it('still reports a committed write as saved when a listener throws', () => {
    const db = openDatabase(':memory:')
    const dispatch = createDispatcher(createContext(db), handlers, {
      emit: () => {
        throw new Error('window went away')
      },
      logError: () => {},
    })
    const reply = dispatch('person-create', { name: 'Kari' })
    expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(1)
    expect(reply).toMatchObject({ ok: true, value: { name: 'Kari' } })
  })
})

// Found while testing conflicts here; it belongs with groups.test.ts, which another engineer owns.
describe('group-create conflicts as the user meets them', () => {
  // BUG (fails today): the name check and the unique index use SQLite's COLLATE NOCASE, which folds
  // ASCII letters only, so "TROMSØ" is accepted next to "Tromsø" (and "ÅS" next to "Ås"). Suggested
  // fix: keep a normalised name column (e.g. name.toLocaleLowerCase('nb'), set by the handlers) with
  // the unique index on it, and compare against that in assertNameFree.
  it('refuses a group name that differs only in the case of Nordic letters', () => {
    const { call, send } = createHarness()
    call('group-create', { name: 'Tromsø' })
    call('group-create', { name: 'Ås' })
    expect(send('group-create', { name: 'TROMSØ' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'name' },
    })
    expect(send('group-create', { name: 'ÅS' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'name' },
    })
    expect(call('group-list', {}).total).toBe(2)
  })
})

describe('registerHandlers', () => {
  it('refuses a method registered twice, naming it', () => {
    const handler = () => ({ rows: [], total: 0 })
    expect(() => registerHandlers({ 'group-list': handler }, { 'group-list': handler })).toThrow(/group-list/)
  })

  it('joins distinct parts into one map', () => {
    const list = () => ({ rows: [], total: 0 })
    const get = () => {
      throw new Error('unused')
    }
    const joined = registerHandlers({ 'group-list': list }, { 'group-get': get })
    expect(Object.keys(joined).sort()).toEqual(['group-get', 'group-list'])
  })

  it('leaves no contract method without a handler', () => {
    expect(unhandledMethods()).toEqual([])
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(api).sort())
  })
})

describe('dispatch: garbage input to every method', () => {
  const deep = (depth: number, key: string): unknown => {
    let value: unknown = { [key]: 'bottom' }
    for (let i = 0; i < depth; i++) value = { [key]: value }
    return value
  }
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['42', 42],
    ["'x'", 'x'],
    ['[]', []],
    ['{}', {}],
    ['{ id: -1 }', { id: -1 }],
    ["{ id: 'x' }", { id: 'x' }],
    ['{ id: 1.5 }', { id: 1.5 }],
    ['{ id: NaN }', { id: Number.NaN }],
    ['{ id: Infinity }', { id: Number.POSITIVE_INFINITY }],
    ['{ id: 2**64 }', { id: 2 ** 64 }],
    ['deeply nested under a known key', deep(2000, 'id')],
    ['deeply nested under an unknown key', deep(2000, 'x')],
    ['a wide object', Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))],
    ['wrong types in every field', { name: { toString: 'x' }, email: ['a@b.c'], from: 20260101, query: null }],
  ]

  it.each(
    (Object.keys(api) as MethodName[]).flatMap((method) => garbage.map(([label, input]) => [method, label, input])),
  )('%s with %s answers with a Reply and does not throw', (method, _label, input) => {
    const { dispatch, events, db } = createHarness()
    let reply: Reply<unknown> | undefined
    expect(() => {
      reply = dispatch(method as string, input)
    }).not.toThrow()
    expect(typeof reply?.ok).toBe('boolean')
    if (reply && !reply.ok) {
      expect(errorCodes).toContain(reply.error.code)
      expect(reply.error.code).not.toBe('INTERNAL')
      expect(reply.error.message).toEqual(expect.any(String))
      expect(reply.error.message.length).toBeGreaterThan(0)
      expect(reply.error.message).not.toBe(reply.error.messageKey)
    }
    // Garbage never changes the record.
    expect(events).toEqual([])
    expect(db.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
    expect(db.sqlite.prepare('SELECT count(*) FROM groups').pluck().get()).toBe(0)
  })
})
