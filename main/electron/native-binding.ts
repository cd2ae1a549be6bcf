import path from 'node:path'

/**
 * Where main/tools/electron-native.cjs puts better-sqlite3 built for Electron, beside (never over)
 * the Node build that the tests load. Keep in step with that script; a test compares the two.
 */
export function electronBindingPath({ root, electronVersion, platform, arch }: BindingTarget) {
  return path.join(
    root,
    'node_modules',
    '.region-desk-native',
    `electron-${electronVersion}-${platform}-${arch}`,
    'better_sqlite3.node',
  )
}

type BindingTarget = { root: string; electronVersion: string; platform: string; arch: string }

/**
 * The addon for openDatabase's nativeBinding. A packaged app uses the default: electron-builder
 * rebuilds its own copy for Electron. In development it is the Electron build if one exists;
 * otherwise the default, which fails to load and says why.
 */
export function chooseNativeBinding(
  options: BindingTarget & { isPackaged: boolean; exists: (file: string) => boolean },
): string | undefined {
  if (options.isPackaged) return undefined
  const file = electronBindingPath(options)
  return options.exists(file) ? file : undefined
}
