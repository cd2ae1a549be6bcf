import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

const require = createRequire(import.meta.url)
type FusesModule = typeof import('@electron/fuses')
type Context = {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName?: string }
}
type Hook = { afterPack: (context: Context) => Promise<void> }

// The hook loads @electron/fuses with require(), which vi.mock cannot reach: the mock goes into
// Node's module cache instead, with the real enums and a recording flipFuses.
const fusesPath = require.resolve('@electron/fuses')
const real = require('@electron/fuses') as FusesModule
const flipFuses = vi.fn(async (_binary: string, _config: unknown) => 1)
let saved: NodeJS.Module | undefined

beforeAll(() => {
  saved = require.cache[fusesPath]
  require.cache[fusesPath] = { ...saved!, exports: { ...real, flipFuses } } as NodeJS.Module
})
afterAll(() => {
  if (saved) require.cache[fusesPath] = saved
})
beforeEach(() => flipFuses.mockClear())

const { afterPack } = require('../../main/tools/after-pack.cjs') as Hook
const { FuseV1Options, FuseVersion } = real

/** Exactly the fuses the issue asks for, by wire index, and nothing else. */
const expectedFuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
}

const out = path.join('/build', 'dist')
const packager = { appInfo: { productFilename: 'Region Desk' }, executableName: 'region-desk' }

describe('afterPack: Electron fuses', () => {
  it.each([
    ['linux', 1, path.join(out, 'linux-unpacked', 'region-desk'), false],
    ['win32', 1, path.join(out, 'win-unpacked', 'Region Desk.exe'), false],
    ['darwin', 1, path.join(out, 'mac', 'Region Desk.app'), false],
    ['darwin', 3, path.join(out, 'mac-arm64', 'Region Desk.app'), true],
    ['mas', 3, path.join(out, 'mas-arm64', 'Region Desk.app'), false],
  ])('on %s (arch %i) flips exactly the six fuses in %s', async (platform, arch, binary, resetAdHoc) => {
    await afterPack({ appOutDir: path.dirname(binary), electronPlatformName: platform, arch, packager })
    expect(flipFuses).toHaveBeenCalledOnce()
    expect(flipFuses).toHaveBeenCalledWith(binary, { ...expectedFuses, resetAdHocDarwinSignature: resetAdHoc })
  })

  it('leaves the other fuses as Electron ships them', async () => {
    await afterPack({ appOutDir: out, electronPlatformName: 'linux', arch: 1, packager })
    const config = flipFuses.mock.calls[0]?.[1] as unknown as Record<string, unknown>
    expect(config).not.toHaveProperty(String(FuseV1Options.LoadBrowserProcessSpecificV8Snapshot))
    expect(config).not.toHaveProperty(String(FuseV1Options.GrantFileProtocolExtraPrivileges))
  })

  it('fails the build rather than skip the fuses on an unknown platform', async () => {
    await expect(afterPack({ appOutDir: out, electronPlatformName: 'haiku', arch: 1, packager })).rejects.toThrow(
      /haiku/,
    )
    expect(flipFuses).not.toHaveBeenCalled()
  })

  it('fails the build when flipping fails (e.g. a binary without fuses)', async () => {
    flipFuses.mockRejectedValueOnce(new Error('Could not find sentinel'))
    await expect(afterPack({ appOutDir: out, electronPlatformName: 'linux', arch: 1, packager })).rejects.toThrow(
      /sentinel/,
    )
  })
})

describe('afterPack on a binary (the real @electron/fuses)', () => {
  it('writes the six fuses into the fuse wire and leaves the other two as they were', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-fuses-'))
    const mocked = require.cache[fusesPath]
    require.cache[fusesPath] = saved
    try {
      // What Electron 41 ships: the sentinel, wire version 1, eight fuses in their default states.
      const defaults = '10110100'
      const wire = Buffer.concat([
        Buffer.from('ELF...'),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 8]),
        Buffer.from(defaults),
        Buffer.from('...rest of the binary'),
      ])
      const binary = path.join(folder, 'region-desk')
      fs.writeFileSync(binary, wire)
      await afterPack({ appOutDir: folder, electronPlatformName: 'linux', arch: 1, packager })
      const flipped = fs.readFileSync(binary)
      const at = flipped.indexOf('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX') + 34
      // RunAsNode 0, CookieEncryption 1, NODE_OPTIONS 0, --inspect 0, asar integrity 1, only asar 1; 6 and 7 untouched.
      expect(flipped.subarray(at, at + 8).toString()).toBe('01001100')
      expect(flipped.length).toBe(wire.length)
    } finally {
      require.cache[fusesPath] = mocked
      fs.rmSync(folder, { recursive: true, force: true })
    }
  })
})
