import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  chooseDatabase,
  databaseEnvVar,
  databaseFileName,
  demoDatabaseFileName,
  userDataFolder,
} from '../../main/paths'

describe('userDataFolder', () => {
  it.each([
    ['linux without XDG_CONFIG_HOME', 'linux', {}, '/home/kari', '/home/kari/.config/Region Desk'],
    [
      'linux with XDG_CONFIG_HOME',
      'linux',
      { XDG_CONFIG_HOME: '/data/config' },
      '/home/kari',
      '/data/config/Region Desk',
    ],
    ['freebsd (like linux)', 'freebsd', {}, '/home/kari', '/home/kari/.config/Region Desk'],
    [
      'darwin, ignoring XDG_CONFIG_HOME',
      'darwin',
      { XDG_CONFIG_HOME: '/data/config' },
      '/Users/kari',
      '/Users/kari/Library/Application Support/Region Desk',
    ],
    [
      'win32 with APPDATA',
      'win32',
      { APPDATA: 'D:\\Profiles\\kari\\AppData\\Roaming' },
      'C:\\Users\\kari',
      'D:\\Profiles\\kari\\AppData\\Roaming\\Region Desk',
    ],
    ['win32 without APPDATA', 'win32', {}, 'C:\\Users\\kari', 'C:\\Users\\kari\\AppData\\Roaming\\Region Desk'],
  ] as const)('gives the folder Electron uses on %s', (_case, platform, env, home, expected) => {
    expect(userDataFolder({ platform, env, home })).toBe(expected)
  })

  // BUG (fails today): `env.XDG_CONFIG_HOME ?? …` keeps an empty variable, giving the relative folder
  // "Region Desk" (under whatever folder browser mode was started in), while Electron/Chromium treat
  // an empty XDG_CONFIG_HOME as unset and use ~/.config. The two modes then open different records.
  // Suggested fix: `env.XDG_CONFIG_HOME || path.posix.join(home, '.config')` (and `||` for APPDATA).
  it('treats an empty XDG_CONFIG_HOME as unset, as Electron does', () => {
    expect(userDataFolder({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home: '/home/kari' })).toBe(
      '/home/kari/.config/Region Desk',
    )
  })
})

describe('chooseDatabase', () => {
  const userData = '/home/kari/.config/Region Desk'
  const where = (env: NodeJS.ProcessEnv = {}) => ({ env: { INIT_CWD: '/home/kari/projects', ...env }, userData })
  const envDb = { [databaseEnvVar]: '/srv/region/env.sqlite' }

  it.each([
    [
      '--db beats --demo and the variable',
      ['--db', '/tmp/flag.sqlite', '--demo'],
      envDb,
      '/tmp/flag.sqlite',
      'flag',
      false,
    ],
    ['--db=PATH works too', ['--db=/tmp/flag.sqlite'], envDb, '/tmp/flag.sqlite', 'flag', false],
    ['--demo beats the variable', ['--demo'], envDb, path.join(userData, demoDatabaseFileName), 'demo', true],
    ['the variable beats the default', [], envDb, '/srv/region/env.sqlite', 'env', false],
    ['the default last', [], {}, path.join(userData, databaseFileName), 'default', false],
    ['an empty --db is ignored', ['--db='], {}, path.join(userData, databaseFileName), 'default', false],
    [
      'an empty variable is ignored',
      [],
      { [databaseEnvVar]: '' },
      path.join(userData, databaseFileName),
      'default',
      false,
    ],
    [
      'other arguments do not matter',
      ['--port', '0', 'extra'],
      {},
      path.join(userData, databaseFileName),
      'default',
      false,
    ],
  ] as const)('%s', (_case, argv, env, expectedPath, source, demo) => {
    expect(chooseDatabase([...argv], where(env))).toEqual({ path: expectedPath, source, demo })
  })

  it.each([
    ['a relative --db', ['--db', 'records/mine.sqlite'], {}],
    ['a relative variable', [], { [databaseEnvVar]: 'records/mine.sqlite' }],
  ] as const)('resolves %s against the folder npm was run in (INIT_CWD)', (_case, argv, env) => {
    expect(chooseDatabase([...argv], where(env)).path).toBe(path.resolve('/home/kari/projects', 'records/mine.sqlite'))
  })

  it('resolves a relative --db against the current folder when not run through npm', () => {
    expect(chooseDatabase(['--db', 'mine.sqlite'], { env: {}, userData }).path).toBe(path.resolve('mine.sqlite'))
  })

  it('computes the default folder from the platform when no userData is given', () => {
    expect(chooseDatabase([], { platform: 'linux', env: {}, home: '/home/ola' })).toEqual({
      path: path.join('/home/ola/.config/Region Desk', databaseFileName),
      source: 'default',
      demo: false,
    })
  })
})
