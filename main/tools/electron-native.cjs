'use strict'
/**
 * Runs before `npm start` / `npm run dev`. `npm install` builds better-sqlite3 for Node, which the
 * tests need; Electron needs a build for its own ABI. Rebuilding in place would break whichever
 * ran second, so this builds a copy in a temp folder and keeps only the .node file, in
 * node_modules/.region-desk-native/electron-<version>-<platform>-<arch>/, once per Electron version.
 * The decisions are pure functions (tested); the side effects are main() and buildNative().
 */
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const electronHeaders = 'https://electronjs.org/headers'

/** Same layout as main/electron/native-binding.ts, which loads it (a test compares the two). */
function electronBindingPath({ root, electronVersion, platform, arch }) {
  return path.join(
    root,
    'node_modules',
    '.region-desk-native',
    `electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  )
}

function readElectronVersion(root) {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version || null
    )
  } catch {
    return null
  }
}

/** node-gyp as npm hands it to scripts, else the copy npm ships beside node (Unix, then Windows layout). */
function findNodeGyp({ env, execPath, exists }) {
  const bin = path.dirname(execPath)
  const candidates = [
    env.npm_config_node_gyp,
    path.join(bin, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(bin, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]
  return candidates.find((file) => Boolean(file) && exists(file)) || null
}

/**
 * What to do, touching nothing: 'ready' when the Electron build is there, 'fail' with a reason,
 * or 'build' with the attempts in order (download a prebuilt addon, else compile against
 * Electron's headers).
 */
function planNativeBuild({ root, electronVersion, platform, arch, exists, node, prebuildInstall, nodeGyp }) {
  if (!electronVersion)
    return {
      action: 'fail',
      reason: 'Electron is not installed (node_modules/electron/package.json is missing). Run npm install.',
    }
  const binding = electronBindingPath({ root, electronVersion, platform, arch })
  if (exists(binding)) return { action: 'ready', binding }
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  if (!exists(path.join(source, 'package.json')))
    return { action: 'fail', reason: 'better-sqlite3 is not installed. Run npm install.' }
  const attempts = []
  if (prebuildInstall)
    attempts.push({
      name: 'prebuild-install',
      command: node,
      args: [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch],
    })
  if (nodeGyp)
    attempts.push({
      name: 'node-gyp',
      command: node,
      args: [
        nodeGyp,
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        `--dist-url=${electronHeaders}`,
      ],
    })
  if (attempts.length === 0)
    return { action: 'fail', reason: 'Neither prebuild-install nor node-gyp was found. Run npm install.' }
  return { action: 'build', binding, source, electronVersion, attempts }
}

/** Builds in a throwaway copy; true when the Electron addon is in place. */
function buildNative(plan, { spawn = spawnSync, log = console.log, tmpdir = os.tmpdir() } = {}) {
  const work = fs.mkdtempSync(path.join(tmpdir, 'region-desk-native-'))
  try {
    const copy = path.join(work, 'better-sqlite3')
    // The Node build stays behind, so a failed attempt can never pass it off as Electron's.
    fs.cpSync(plan.source, copy, {
      recursive: true,
      filter: (file) => path.relative(plan.source, file).split(path.sep)[0] !== 'build',
    })
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node')
    for (const attempt of plan.attempts) {
      log(`[electron-native] trying ${attempt.name}`)
      const result = spawn(attempt.command, attempt.args, { cwd: copy, stdio: 'inherit' })
      if (result.status === 0 && fs.existsSync(built)) {
        install(built, plan.binding)
        return true
      }
    }
    return false
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
}

/** Copy then rename, so an interrupted copy is never mistaken for a finished build. */
function install(built, binding) {
  fs.mkdirSync(path.dirname(binding), { recursive: true })
  const partial = `${binding}.partial`
  fs.copyFileSync(built, partial)
  fs.renameSync(partial, binding)
}

function resolveFrom(request, folder) {
  try {
    return require.resolve(request, { paths: [folder] })
  } catch {
    return null
  }
}

function main() {
  const root = path.resolve(__dirname, '..', '..')
  const plan = planNativeBuild({
    root,
    electronVersion: readElectronVersion(root),
    platform: process.platform,
    arch: process.arch,
    exists: fs.existsSync,
    node: process.execPath,
    prebuildInstall: resolveFrom('prebuild-install/bin.js', path.join(root, 'node_modules', 'better-sqlite3')),
    nodeGyp: findNodeGyp({ env: process.env, execPath: process.execPath, exists: fs.existsSync }),
  })
  if (plan.action === 'ready') return 0
  if (plan.action === 'fail') {
    console.error(`[electron-native] ${plan.reason}`)
    return 1
  }
  console.log(
    `[electron-native] building better-sqlite3 for Electron ${plan.electronVersion} (once per Electron version)`,
  )
  if (buildNative(plan)) {
    console.log(`[electron-native] ready: ${path.relative(root, plan.binding)}`)
    return 0
  }
  console.error(
    '[electron-native] could not build better-sqlite3 for Electron. The download needs network access; ' +
      'the fallback compile needs Python and a C++ compiler. The Node build used by npm test was not touched.',
  )
  return 1
}

if (require.main === module) process.exitCode = main()

module.exports = { electronBindingPath, readElectronVersion, findNodeGyp, planNativeBuild, buildNative }
