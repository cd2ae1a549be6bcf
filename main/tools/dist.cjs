'use strict'
/**
 * `npm run dist` = `electron-vite build && node main/tools/dist.cjs [electron-builder args]`.
 *
 * electron-builder (npmRebuild) rebuilds better-sqlite3 for Electron's ABI in place, in the project's
 * own node_modules, so the packaged app gets a working addon. That same file is the Node build the
 * tests load: left as it is, `npm test` would fail after every `npm run dist` until someone ran
 * `npm rebuild`. This runs electron-builder and puts Node's build back afterwards, also when
 * packaging fails. (npm start is unaffected either way: it loads its own copy, see electron-native.cjs.)
 */
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

const nodeAddon = (root) => path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
const keptAddon = (root) => path.join(root, 'node_modules', '.region-desk-native', 'node-build', 'better_sqlite3.node')

/** Copies Node's addon aside; null when there is none (nothing to protect). */
function keepNodeAddon(root) {
  const source = nodeAddon(root)
  if (!fs.existsSync(source)) return null
  const kept = keptAddon(root)
  fs.mkdirSync(path.dirname(kept), { recursive: true })
  fs.copyFileSync(source, kept)
  return kept
}

/** Puts Node's addon back if packaging replaced it; true when it had to. */
function restoreNodeAddon(root, kept) {
  if (!kept || !fs.existsSync(kept)) return false
  const target = nodeAddon(root)
  const same = fs.existsSync(target) && fs.readFileSync(target).equals(fs.readFileSync(kept))
  if (!same) {
    const partial = `${target}.partial`
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(kept, partial)
    fs.renameSync(partial, target)
  }
  fs.rmSync(kept, { force: true })
  return !same
}

/** Runs electron-builder with Node's addon protected; returns electron-builder's exit code. */
function dist({ root, args, spawn = spawnSync, log = console.log }) {
  const kept = keepNodeAddon(root)
  try {
    const cli = require.resolve('electron-builder/cli.js', { paths: [root, __dirname] })
    const result = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' })
    return result.status ?? 1
  } finally {
    if (restoreNodeAddon(root, kept)) log('[dist] put back the Node build of better-sqlite3 (npm test needs it)')
  }
}

if (require.main === module)
  process.exitCode = dist({ root: path.resolve(__dirname, '..', '..'), args: process.argv.slice(2) })

module.exports = { dist, keepNodeAddon, restoreNodeAddon, nodeAddon, keptAddon }
