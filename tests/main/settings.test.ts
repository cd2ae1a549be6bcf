import { describe, expect, it } from 'vitest'
import { latestVersion } from '../../main/db/migrate'
import { createHarness } from './harness'

describe('settings-get', () => {
  it('starts with a Norwegian preset, no names and no language chosen (the UI follows the OS)', () => {
    const { call } = createHarness()
    expect(call('settings-get', undefined)).toEqual({
      regionName: null,
      orgPreset: 'norway',
      leaderName: null,
      language: null,
    })
  })
})

describe('settings-update', () => {
  it.each([
    { regionName: 'Nord-Norge', orgPreset: 'norway', leaderName: 'Kari Nordmann', language: 'nb' },
    { regionName: 'Skåne', orgPreset: 'sweden', leaderName: 'Malin Öberg', language: 'sv' },
    { regionName: null, orgPreset: 'custom', leaderName: null, language: 'en' },
    { regionName: 'Back to auto', orgPreset: 'norway', leaderName: null, language: null },
  ] as const)('saves $orgPreset / $language and reads the same back', (input) => {
    const { call, events } = createHarness()
    expect(call('settings-update', input)).toEqual(input)
    expect(call('settings-get', {})).toEqual(input)
    expect(events).toEqual([{ name: 'changed', topics: ['settings'] }])
  })

  it('trims names and stores blanks as empty', () => {
    const { call } = createHarness()
    call('settings-update', { regionName: '  Vestland ', orgPreset: 'norway', leaderName: '   ', language: 'nb' })
    expect(call('settings-get', undefined)).toMatchObject({ regionName: 'Vestland', leaderName: null })
  })

  it.each([
    ['an unknown language', { language: 'de' }, 'language'],
    ['an unknown preset', { orgPreset: 'finland' }, 'orgPreset'],
    ['a region name too long', { regionName: 'x'.repeat(121) }, 'regionName'],
  ])('refuses %s, naming the field and keeping what was saved', (_case, change, field) => {
    const { call, send } = createHarness()
    const saved = { regionName: 'Nord', orgPreset: 'norway', leaderName: null, language: 'nb' } as const
    call('settings-update', saved)
    expect(send('settings-update', { ...saved, ...change } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field },
    })
    expect(call('settings-get', undefined)).toEqual(saved)
  })
})

describe('app-info', () => {
  it('tells which file is open, its schema version and that it is not the demo', () => {
    const { call } = createHarness()
    expect(call('app-info', undefined)).toEqual({
      databasePath: ':memory:',
      schemaVersion: latestVersion(),
      isDemo: false,
    })
  })
})
