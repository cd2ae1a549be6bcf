import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

type Spawn = (command: string, args: string[], options: { cwd: string }) => { status: number | null }
type DistTool = {
  dist: (options: { root: string; args: string[]; spawn: Spawn; log: (line: string) => void }) => number
  nodeAddon: (root: string) => string
  keptAddon: (root: string) => string
}
const tool = createRequire(import.meta.url)('../../main/tools/dist.cjs') as DistTool

let folder = ''
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

/** A project whose better-sqlite3 holds Node's build, as npm install leaves it. */
function project() {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-dist-'))
  const addon = tool.nodeAddon(folder)
  fs.mkdirSync(path.dirname(addon), { recursive: true })
  fs.writeFileSync(addon, 'node build')
  return { root: folder, addon }
}

/** electron-builder as npmRebuild runs it: the addon is rebuilt for Electron in place. */
const rebuildingBuilder =
  (addon: string, status: number): Spawn =>
  () => {
    fs.writeFileSync(addon, 'electron build')
    return { status }
  }

describe('npm run dist', () => {
  it('runs electron-builder with the given arguments and puts Node’s better-sqlite3 back afterwards', () => {
    const { root, addon } = project()
    const calls: string[][] = []
    const spawn: Spawn = (command, args, options) => {
      calls.push([command, ...args])
      expect(options.cwd).toBe(root)
      return rebuildingBuilder(addon, 0)(command, args, options)
    }
    const lines: string[] = []
    expect(tool.dist({ root, args: ['--linux', 'AppImage'], spawn, log: (line) => lines.push(line) })).toBe(0)
    expect(calls[0]?.[0]).toBe(process.execPath)
    expect(calls[0]?.[1]).toMatch(/electron-builder[\\/]cli\.js$/)
    expect(calls[0]?.slice(2)).toEqual(['--linux', 'AppImage'])
    expect(fs.readFileSync(addon, 'utf8')).toBe('node build')
    expect(fs.existsSync(tool.keptAddon(root))).toBe(false)
    expect(lines.join('\n')).toMatch(/put back/)
  })

  it('puts it back also when packaging fails, and reports the failure', () => {
    const { root, addon } = project()
    expect(tool.dist({ root, args: [], spawn: rebuildingBuilder(addon, 1), log: () => {} })).toBe(1)
    expect(fs.readFileSync(addon, 'utf8')).toBe('node build')
  })

  it('puts it back even when electron-builder cannot be started at all', () => {
    const { root, addon } = project()
    const crashing: Spawn = () => {
      fs.writeFileSync(addon, 'half-written')
      throw new Error('spawn failed')
    }
    expect(() => tool.dist({ root, args: [], spawn: crashing, log: () => {} })).toThrow('spawn failed')
    expect(fs.readFileSync(addon, 'utf8')).toBe('node build')
  })
})
