import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { appName } from '../../main/paths'

const root = path.resolve(__dirname, '../..')
const require = createRequire(import.meta.url)
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string
  productName: string
  main: string
  scripts: Record<string, string>
  dependencies: Record<string, string>
  build: Record<string, unknown> & {
    files: string[]
    asarUnpack: string[]
    afterPack: string
    directories: { output: string; buildResources: string }
  }
}
const config = pkg.build

// electron-builder's own matching code, so the test reads the patterns exactly as packaging will.
type Stat = fs.Stats
type Filter = (file: string, stat: Stat) => boolean
type Matcher = { createFilter: () => Filter }
const fileMatcher = require('app-builder-lib/out/fileMatcher') as {
  getMainFileMatchers: (...args: unknown[]) => Matcher[]
  getFileMatchers: (...args: unknown[]) => Matcher[] | null
}
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
const { resolveFunction } = require('app-builder-lib/out/util/resolve') as {
  resolveFunction: (type: unknown, executor: string, name: string, root: string) => Promise<unknown>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

const outDir = path.join(root, config.directories.output)
const same = (pattern: string) => pattern

/** What electron-builder copies from the project (node_modules comes separately: production dependencies only). */
function packagedFiles(): string[] {
  const fakePackager = {
    info: {
      config,
      projectDir: root,
      buildResourcesDir: path.join(root, config.directories.buildResources),
      isPrepackedAppAsar: false,
      debugLogger: new DebugLogger(false),
    },
  }
  const [main] = fileMatcher.getMainFileMatchers(root, '/app', same, {}, fakePackager, outDir, false)
  const filter = main!.createFilter()
  const files: string[] = []
  const walk = (folder: string) => {
    for (const name of fs.readdirSync(folder)) {
      const file = path.join(folder, name)
      const stat = fs.statSync(file)
      if (!filter(file, stat)) continue
      if (stat.isDirectory()) walk(file)
      else files.push(path.relative(root, file).split(path.sep).join('/'))
    }
  }
  walk(root)
  return files.sort()
}

function unpackFilter(): Filter {
  const matchers = fileMatcher.getFileMatchers(config, 'asarUnpack', '/app', {
    macroExpander: same,
    customBuildOptions: {},
    globalOutDir: outDir,
    defaultSrc: root,
  })
  return matchers![0]!.createFilter()
}
const isUnpacked = (file: string) => unpackFilter()(file, fs.statSync(file))

const built = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']

let files: string[] = []
beforeAll(() => {
  // The unit tests may run without `npm test`'s build step; build once then (the e2e suite builds too).
  if (built.some((file) => !fs.existsSync(path.join(root, file)))) {
    const bin = path.join(
      root,
      'node_modules',
      '.bin',
      process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
    )
    const result = spawnSync(bin, ['build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
    expect(result.status).toBe(0)
  }
  files = packagedFiles()
}, 180_000)

describe('electron-builder configuration (package.json "build")', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app as the OS shows it, and as userData is named', () => {
    expect(config.appId).toBe('org.regiondesk.app')
    expect(config.productName).toBe('Region Desk')
    expect(pkg.productName).toBe(config.productName)
    expect(appName).toBe(config.productName)
  })

  it('writes installers to dist/ and takes icons from main/resources', () => {
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'main/resources' })
  })

  it('builds AppImage and deb on Linux, an NSIS installer on Windows, a dmg on macOS', () => {
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' })
    expect((config.linux as { maintainer: string }).maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/)
    expect(config.win).toMatchObject({ target: ['nsis'] })
    expect(config.mac).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity' })
  })

  it('rebuilds better-sqlite3 for Electron and unpacks it from the asar', () => {
    expect(config.npmRebuild).toBe(true)
    expect(config.asar).not.toBe(false)
    const addon = require.resolve('better-sqlite3/build/Release/better_sqlite3.node')
    expect(isUnpacked(addon)).toBe(true)
  })

  it('unpacks the fonts the PDF code reads from disk', () => {
    const fontsSource = fs.readFileSync(path.join(root, 'main/pdf/fonts.ts'), 'utf8')
    const fonts = [...fontsSource.matchAll(/resolve\('(dejavu-fonts-ttf\/[^']+)'\)/g)].map((match) => match[1]!)
    expect(fonts).toEqual(['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'])
    for (const font of fonts) expect(isUnpacked(require.resolve(font)), font).toBe(true)
    expect(isUnpacked(path.join(root, 'out/main/index.js'))).toBe(false)
  })

  it('has icons of 1024 and 512 pixels where the config points', () => {
    const size = (file: string) => {
      const png = fs.readFileSync(path.join(root, file))
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
      return [png.readUInt32BE(16), png.readUInt32BE(20)]
    }
    expect(size('main/resources/icon.png')).toEqual([1024, 1024])
    expect(size('main/resources/icons/512x512.png')).toEqual([512, 512])
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const icon = (config[platform] as { icon: string }).icon
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true)
    }
  })

  it('npm run dist builds first, then packages', () => {
    expect(pkg.scripts.dist).toBe('electron-vite build && node main/tools/dist.cjs')
  })
})

describe('what goes into the package', () => {
  it('every file pattern matches built files', () => {
    expect(config.files).toEqual(['out/**', 'package.json'])
    expect(files.filter((file) => file.startsWith('out/')).length).toBeGreaterThan(3)
    expect(files).toContain('package.json')
  })

  it('holds the main process, the preload and the renderer, and the file package.json "main" names', () => {
    for (const file of [...built, pkg.main]) expect(files).toContain(file)
    expect(files.some((file) => /^out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true)
    expect(files.some((file) => /^out\/renderer\/assets\/.+\.css$/.test(file))).toBe(true)
  })

  it('holds no sources, tests, tools, resources, records or the development build of better-sqlite3', () => {
    const unexpected = files.filter((file) => !file.startsWith('out/') && file !== 'package.json')
    expect(unexpected).toEqual([])
    expect(files.filter((file) => /\.(ts|tsx|sqlite)$/.test(file) || file.includes('.test.'))).toEqual([])
    expect(files.some((file) => file.includes('.region-desk-native'))).toBe(false)
  })

  it('bundles every database migration into the main process', () => {
    const mainCode = mainBundle()
    const migrations = fs.readdirSync(path.join(root, 'main/db/migrations')).filter((file) => file.endsWith('.sql'))
    expect(migrations.length).toBeGreaterThanOrEqual(3)
    for (const migration of migrations) {
      expect(mainCode, migration).toContain(`./migrations/${migration}`)
      const firstTable = /CREATE TABLE `(\w+)`/.exec(
        fs.readFileSync(path.join(root, 'main/db/migrations', migration), 'utf8'),
      )
      if (firstTable) expect(mainCode).toContain(`CREATE TABLE \`${firstTable[1]}\``)
    }
  })

  it('the main process needs only Node, Electron and the production dependencies electron-builder packs', () => {
    const required = [...mainBundle().matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]!)
    const packages = new Set(
      required
        .filter(
          (name) =>
            !name.startsWith('.') && name !== 'electron' && !builtinModules.includes(name.replace(/^node:/, '')),
        )
        .map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!)),
    )
    expect(packages.size).toBeGreaterThan(3)
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name)
  })

  it('the sandboxed preload requires nothing but electron', () => {
    const preload = fs.readFileSync(path.join(root, 'out/preload/index.js'), 'utf8')
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1])).toEqual(['electron'])
  })
})

describe('the built main process', () => {
  it('starts with a stand-in Electron: opens the record, serves app://, shows the window, menu and log', () => {
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-built-'))
    const script = path.join(userData, 'start.cjs')
    fs.writeFileSync(script, standInElectron)
    try {
      const result = spawnSync(process.execPath, [script, root, userData], { encoding: 'utf8', timeout: 60_000 })
      expect(result.stderr).toBe('')
      const calls = JSON.parse(result.stdout) as unknown[]
      expect(calls).toEqual([
        'registerSchemes',
        ['ipc', 'region-desk:invoke'],
        ['protocol.handle', 'app'],
        ['loadURL', 'app://region-desk/index.html'],
        ['menu', ['Fil', 'Rediger', 'Vis', 'Hjelp']],
      ])
      expect(fs.existsSync(path.join(userData, 'region-desk.sqlite'))).toBe(true)
      expect(fs.readFileSync(path.join(userData, 'logs', 'main.log'), 'utf8')).toMatch(
        /\[info\] +Region Desk [\d.]+ started/,
      )
    } finally {
      fs.rmSync(userData, { recursive: true, force: true })
    }
  }, 60_000)
})

/** Loads out/main/index.js under plain Node with just enough of Electron, and prints what it was asked to do. */
const standInElectron = `
const Module = require('node:module')
const path = require('node:path')
const [root, userData] = process.argv.slice(2)
const calls = []
const listeners = {}
const none = () => undefined
class BrowserWindow {
  static getAllWindows = () => []
  static getFocusedWindow = () => null
  webContents = { send: none }
  on = none
  once = none
  loadURL(url) { calls.push(['loadURL', url]); return Promise.resolve() }
}
const session = { on: none, setPermissionRequestHandler: none, setPermissionCheckHandler: none, webRequest: { onHeadersReceived: none } }
const workArea = { x: 0, y: 0, width: 1920, height: 1080 }
const electron = {
  app: {
    isPackaged: true, requestSingleInstanceLock: () => true, quit: none, exit: (code) => calls.push(['exit', code]),
    on: (name, listener) => (listeners[name] = listener), whenReady: () => Promise.resolve(), isReady: () => true,
    getPath: (name) => (name === 'userData' ? userData : path.join(userData, name)), getAppPath: () => root,
    getVersion: () => '0.1.0', getLocale: () => 'nb-NO',
  },
  BrowserWindow,
  protocol: { registerSchemesAsPrivileged: () => calls.push('registerSchemes'), handle: (scheme) => calls.push(['protocol.handle', scheme]) },
  Menu: { buildFromTemplate: (template) => template, setApplicationMenu: (menu) => calls.push(['menu', menu.map((item) => item.label)]) },
  screen: { getAllDisplays: () => [{ workArea }], getPrimaryDisplay: () => ({ workArea }) },
  session: { defaultSession: session },
  dialog: { showErrorBox: (...args) => calls.push(['errorBox', args]) },
  shell: {}, clipboard: {},
  ipcMain: { handle: (channel) => calls.push(['ipc', channel]) },
}
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'electron' ? 'electron' : resolve.call(this, request, ...rest)
}
require.cache.electron = { id: 'electron', filename: 'electron', loaded: true, exports: electron }
process.argv = [process.execPath, root]
require(path.join(root, 'out/main/index.js'))
setTimeout(() => {
  listeners['will-quit']?.()
  process.stdout.write(JSON.stringify(calls))
}, 300)
`

describe('the afterPack hook', () => {
  it('exists and is what electron-builder will call', async () => {
    expect(config.afterPack).toBe('./main/tools/after-pack.cjs')
    expect(fs.existsSync(path.join(root, config.afterPack))).toBe(true)
    const hook = await resolveFunction('commonjs', path.join(root, config.afterPack), 'afterPack', root)
    expect(typeof hook).toBe('function')
  })
})

/** out/main/index.js and the chunks it loads, as one text. */
function mainBundle() {
  const index = path.join(root, 'out/main/index.js')
  const code = fs.readFileSync(index, 'utf8')
  const chunks = [...code.matchAll(/require\("(\.\/chunks\/[^"]+)"\)/g)].map((match) =>
    fs.readFileSync(path.join(path.dirname(index), match[1]!), 'utf8'),
  )
  return [code, ...chunks].join('\n')
}
