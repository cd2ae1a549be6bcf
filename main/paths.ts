import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

/** Electron names the per-user folder after package.json's productName. */
export const appName = 'Region Desk'
export const databaseFileName = 'region-desk.sqlite'
export const demoDatabaseFileName = 'region-desk-demo.sqlite'
export const databaseEnvVar = 'REGION_DESK_DB'

type Where = { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; home?: string }

/**
 * The folder Electron's app.getPath('userData') gives, computed without Electron, so browser
 * mode and the desktop app open the same record.
 */
export function userDataFolder({ platform = process.platform, env = process.env, home = os.homedir() }: Where = {}) {
  const appData =
    platform === 'win32'
      ? env.APPDATA || path.win32.join(home, 'AppData', 'Roaming')
      : platform === 'darwin'
        ? path.posix.join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || path.posix.join(home, '.config')
  return (platform === 'win32' ? path.win32 : path.posix).join(appData, appName)
}

export type DatabaseChoice = { path: string; demo: boolean; source: 'flag' | 'env' | 'demo' | 'default' }

/**
 * `--db PATH` wins, then `--demo` (the demo file), then the REGION_DESK_DB variable, then the default
 * file: a flag typed now beats a variable set long ago. A relative --db is taken from the folder the
 * user ran npm in (npm itself runs scripts from the project root and keeps that folder in INIT_CWD).
 */
export function chooseDatabase(argv: string[], where: Where & { userData?: string } = {}): DatabaseChoice {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, demo: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  })
  const env = where.env ?? process.env
  const folder = where.userData ?? userDataFolder(where)
  const base = env.INIT_CWD ?? process.cwd()
  if (typeof values.db === 'string' && values.db)
    return { path: path.resolve(base, values.db), demo: false, source: 'flag' }
  if (values.demo) return { path: path.join(folder, demoDatabaseFileName), demo: true, source: 'demo' }
  if (env[databaseEnvVar]) return { path: path.resolve(base, env[databaseEnvVar]), demo: false, source: 'env' }
  return { path: path.join(folder, databaseFileName), demo: false, source: 'default' }
}
