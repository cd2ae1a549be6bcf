import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chooseNativeBinding, electronBindingPath } from '../../main/electron/native-binding'

type Target = { root: string; electronVersion: string; platform: string; arch: string }
type Attempt = { name: string; command: string; args: string[] }
type Plan =
  | { action: 'ready'; binding: string }
  | { action: 'fail'; reason: string }
  | { action: 'build'; binding: string; source: string; electronVersion: string; attempts: Attempt[] }
type Spawn = (command: string, args: string[], options: { cwd: string }) => { status: number | null }
type NativeTool = {
  electronBindingPath: (target: Target) => string
  readElectronVersion: (root: string) => string | null
  findNodeGyp: (options: {
    env: Record<string, string | undefined>
    execPath: string
    exists: (file: string) => boolean
  }) => string | null
  planNativeBuild: (
    options: Omit<Target, 'electronVersion'> & {
      electronVersion: string | null
      exists: (file: string) => boolean
      node: string
      prebuildInstall: string | null
      nodeGyp: string | null
    },
  ) => Plan
  buildNative: (plan: Plan, options: { spawn: Spawn; log: (line: string) => void; tmpdir: string }) => boolean
}
const tool = createRequire(import.meta.url)('../../main/tools/electron-native.cjs') as NativeTool

const target = { root: '/project', electronVersion: '41.7.1', platform: 'linux', arch: 'x64' }
const binding = path.join(
  '/project',
  'node_modules',
  '.region-desk-native',
  'electron-41.7.1-linux-x64',
  'better_sqlite3.node',
)

describe('chooseNativeBinding', () => {
  it('uses the default addon in a packaged app, which electron-builder rebuilt', () => {
    expect(chooseNativeBinding({ ...target, isPackaged: true, exists: () => true })).toBeUndefined()
  })

  it('uses the Electron build in development when it exists', () => {
    expect(chooseNativeBinding({ ...target, isPackaged: false, exists: (file) => file === binding })).toBe(binding)
  })

  it('falls back to the default when it was never built', () => {
    expect(chooseNativeBinding({ ...target, isPackaged: false, exists: () => false })).toBeUndefined()
  })

  it('looks where the prestart script puts it', () => {
    for (const other of [target, { root: '/a b', electronVersion: '42.0.0-beta.1', platform: 'win32', arch: 'arm64' }])
      expect(electronBindingPath(other)).toBe(tool.electronBindingPath(other))
  })
})

describe('planNativeBuild', () => {
  const base = { ...target, node: '/usr/bin/node', prebuildInstall: '/pi/bin.js', nodeGyp: '/gyp/node-gyp.js' }
  const sourceOnly = (file: string) => file.endsWith(path.join('better-sqlite3', 'package.json'))

  it('does nothing when the Electron build is already there', () => {
    expect(tool.planNativeBuild({ ...base, exists: () => true })).toEqual({ action: 'ready', binding })
  })

  it('downloads a prebuilt addon first, then compiles against Electron headers, in a copy of better-sqlite3', () => {
    expect(tool.planNativeBuild({ ...base, exists: sourceOnly })).toEqual({
      action: 'build',
      binding,
      source: path.join('/project', 'node_modules', 'better-sqlite3'),
      electronVersion: '41.7.1',
      attempts: [
        {
          name: 'prebuild-install',
          command: '/usr/bin/node',
          args: ['/pi/bin.js', '--runtime', 'electron', '--target', '41.7.1', '--arch', 'x64'],
        },
        {
          name: 'node-gyp',
          command: '/usr/bin/node',
          args: [
            '/gyp/node-gyp.js',
            'rebuild',
            '--release',
            '--runtime=electron',
            '--target=41.7.1',
            '--arch=x64',
            '--dist-url=https://electronjs.org/headers',
          ],
        },
      ],
    })
  })

  it('tries only what is available', () => {
    const plan = tool.planNativeBuild({ ...base, nodeGyp: null, exists: sourceOnly })
    expect(plan.action === 'build' && plan.attempts.map((attempt) => attempt.name)).toEqual(['prebuild-install'])
  })

  it.each([
    ['Electron is missing', { electronVersion: null }, sourceOnly],
    ['better-sqlite3 is missing', {}, () => false],
    ['no build tool is found', { prebuildInstall: null, nodeGyp: null }, sourceOnly],
  ])('fails with a reason when %s', (_case, change, exists) => {
    expect(tool.planNativeBuild({ ...base, ...change, exists })).toMatchObject({
      action: 'fail',
      reason: expect.any(String),
    })
  })
})

describe('findNodeGyp', () => {
  it('prefers the node-gyp npm hands to scripts, then the one bundled with npm', () => {
    const bundled = path.join('/usr', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')
    expect(
      tool.findNodeGyp({ env: { npm_config_node_gyp: '/npm/gyp.js' }, execPath: '/usr/bin/node', exists: () => true }),
    ).toBe('/npm/gyp.js')
    expect(tool.findNodeGyp({ env: {}, execPath: '/usr/bin/node', exists: (file) => file === bundled })).toBe(bundled)
    expect(tool.findNodeGyp({ env: {}, execPath: '/usr/bin/node', exists: () => false })).toBeNull()
  })
})

describe('buildNative', () => {
  let folder = ''
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

  /** A project whose better-sqlite3 holds a Node build, as npm install leaves it. */
  function project() {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-native-test-'))
    const root = path.join(folder, 'project')
    const source = path.join(root, 'node_modules', 'better-sqlite3')
    fs.mkdirSync(path.join(source, 'build', 'Release'), { recursive: true })
    fs.mkdirSync(path.join(source, 'deps'), { recursive: true })
    fs.writeFileSync(path.join(source, 'package.json'), '{"name":"better-sqlite3"}')
    fs.writeFileSync(path.join(source, 'deps', 'sqlite3.c'), 'source')
    fs.writeFileSync(path.join(source, 'build', 'Release', 'better_sqlite3.node'), 'node build')
    fs.mkdirSync(path.join(root, 'node_modules', 'electron'), { recursive: true })
    fs.writeFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), '{"version":"41.7.1"}')
    const temp = path.join(folder, 'tmp')
    fs.mkdirSync(temp)
    const plan = tool.planNativeBuild({
      root,
      electronVersion: tool.readElectronVersion(root),
      platform: 'linux',
      arch: 'x64',
      exists: fs.existsSync,
      node: 'node',
      prebuildInstall: 'prebuild-install',
      nodeGyp: 'node-gyp',
    })
    return { root, source, temp, plan }
  }

  const writeBuild = (cwd: string, text: string) => {
    fs.mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true })
    fs.writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), text)
  }

  it('builds in a copy without the Node build and installs the result beside it', () => {
    const { source, temp, plan } = project()
    const seen: string[] = []
    const spawn: Spawn = (_command, args, { cwd }) => {
      seen.push(String(args[0]))
      expect(fs.existsSync(path.join(cwd, 'build'))).toBe(false)
      expect(fs.readFileSync(path.join(cwd, 'deps', 'sqlite3.c'), 'utf8')).toBe('source')
      if (args[0] === 'prebuild-install') return { status: 1 }
      writeBuild(cwd, 'electron build')
      return { status: 0 }
    }
    expect(tool.buildNative(plan, { spawn, log: () => {}, tmpdir: temp })).toBe(true)
    expect(seen).toEqual(['prebuild-install', 'node-gyp'])
    expect(plan.action === 'build' && fs.readFileSync(plan.binding, 'utf8')).toBe('electron build')
    expect(fs.readFileSync(path.join(source, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node build')
    expect(fs.readdirSync(temp)).toEqual([])
  })

  it('installs nothing when every attempt fails, even one that exits 0 without a build', () => {
    const { source, temp, plan } = project()
    const spawn: Spawn = (_command, args) => ({ status: args[0] === 'prebuild-install' ? 0 : 1 })
    expect(tool.buildNative(plan, { spawn, log: () => {}, tmpdir: temp })).toBe(false)
    expect(plan.action === 'build' && fs.existsSync(plan.binding)).toBe(false)
    expect(fs.readFileSync(path.join(source, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node build')
    expect(fs.readdirSync(temp)).toEqual([])
  })
})
