'use strict'
/**
 * electron-builder's afterPack hook (package.json build.afterPack): flips Electron's fuses in the
 * packaged binary, after the files are in place and before electron-builder signs it. Fuses are
 * switches compiled into the Electron binary; flipped here, no environment variable or command-line
 * flag can turn the packaged app back into a general-purpose Node.js or a debuggable process.
 */
const path = require('node:path')

/** The six fuses and their settings, by @electron/fuses' option names. */
const fuseSettings = {
  // ELECTRON_RUN_AS_NODE would turn the app into a plain Node.js with the user's file access.
  RunAsNode: false,
  // Cookies and other Chromium storage encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload any script into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends would let anyone attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // The app.asar must match the hash electron-builder embeds (macOS and Windows; no effect on Linux).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Code is only ever loaded from app.asar, never from a loose app/ folder dropped beside it.
  OnlyLoadAppFromAsar: true,
}

/** electron-builder's Arch enum (builder-util): ia32 0, x64 1, armv7l 2, arm64 3, universal 4. */
const arm64Arches = new Set([3, 4])

/** The Electron executable electron-builder produced, where @electron/fuses expects it (the .app on macOS). */
function packagedBinary({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      return path.join(appOutDir, packager.executableName)
    default:
      throw new Error(`after-pack: unknown platform ${electronPlatformName}`)
  }
}

/** The config flipFuses gets: exactly the six fuses, by wire index. */
function fuseConfig({ electronPlatformName, arch }, { FuseVersion, FuseV1Options }) {
  const config = {
    version: FuseVersion.V1,
    // Changing the binary breaks the ad-hoc signature Apple silicon requires before any real signing.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' && arm64Arches.has(arch),
  }
  for (const [name, value] of Object.entries(fuseSettings)) {
    if (FuseV1Options[name] === undefined) throw new Error(`after-pack: @electron/fuses has no fuse ${name}`)
    config[FuseV1Options[name]] = value
  }
  return config
}

async function afterPack(context) {
  // Required here, not at the top, so merely loading the hook (as the packaging test does) needs nothing.
  const fuses = require('@electron/fuses')
  const binary = packagedBinary(context)
  console.log(`[after-pack] flipping Electron fuses in ${path.relative(process.cwd(), binary) || binary}`)
  await fuses.flipFuses(binary, fuseConfig(context, fuses))
}

module.exports = { afterPack, default: afterPack, fuseSettings, packagedBinary, fuseConfig }
