import { parseArgs } from 'node:util'
import { createTranslator, languageFromLocales } from '../../shared/i18n'
import { DatabaseOpenError } from '../db/errors'
import { openDatabase } from '../db/open'
import { inspectRecordFile } from '../demo/file'
import { replaceDemoRegion } from '../demo/seed'
import { chooseDatabase, userDataFolder } from '../paths'

export type LoaderOptions = {
  /** The per-user folder; tests pass a temporary one. */
  userData?: string
  log: (line: string) => void
  /** Refusals and failures; defaults to `log`. */
  error?: (line: string) => void
  now?: () => Date
}

const usage = `Usage: node out/main/demo.js [--db PATH]
Writes the invented demo region to PATH, or to the separate demo file in the per-user folder.
It fills an empty file or replaces an earlier demo, and never writes over real data.`

/**
 * `npm run demo [-- --db PATH]`. Returns the exit code. Prints paths and counts only: the demo is
 * invented, but a refused file is the user's real record and none of it may reach the terminal.
 */
export function runDemoLoader(argv: string[], options: LoaderOptions): number {
  const { log, error = log, now = () => new Date() } = options
  const { values } = parseArgs({
    args: argv,
    options: { help: { type: 'boolean' } },
    strict: false,
    allowPositionals: true,
  })
  if (values.help) {
    log(usage)
    return 0
  }
  // Only --db or the demo file: REGION_DESK_DB usually names the real record, so it is ignored here.
  const choice = chooseDatabase([...argv, '--demo'], { userData: options.userData ?? userDataFolder(), env: {} })
  const file = choice.path

  const found = inspectFileSafely(file, error)
  if (found === null) return 1
  if (found === 'real' || found === 'foreign') {
    error(refusal(file, found))
    return 1
  }

  let db: ReturnType<typeof openDatabase>
  try {
    db = openDatabase(file)
  } catch (problem) {
    if (!(problem instanceof DatabaseOpenError)) throw problem
    error(createTranslator(osLanguage())(`dbErrors.${problem.problem}`, problem.params))
    return 1
  }
  try {
    const outcome = replaceDemoRegion(db, now().toISOString().slice(0, 10))
    if (!outcome.ok) {
      error(refusal(file, outcome.found))
      return 1
    }
    const { groups, people, memberships } = outcome.summary
    const open = choice.source === 'demo' ? '--demo' : `--db "${file}"`
    log(`${outcome.replaced ? 'Replaced the demo region in' : 'Wrote the demo region to'} ${file}`)
    log(`${groups} groups, ${people} people, ${memberships} memberships (all invented).`)
    log(`Open it in the browser:  npm run serve -- ${open}`)
    log(`or on the desktop:       npm start -- ${open}`)
    return 0
  } finally {
    db.sqlite.close()
  }
}

function inspectFileSafely(file: string, error: (line: string) => void) {
  try {
    return inspectRecordFile(file)
  } catch (problem) {
    const code = problem instanceof Error && 'code' in problem ? String(problem.code) : 'unknown'
    error(`Cannot read ${file} (${code}). Nothing was changed.`)
    return null
  }
}

const refusal = (file: string, found: 'real' | 'foreign') =>
  found === 'real'
    ? `Refusing: ${file} holds real data and is not a demo file. Nothing was changed.\n` +
      'Give an empty or new file with --db PATH, or leave out --db to use the separate demo file.'
    : `Refusing: ${file} is not a Region Desk record. Nothing was changed.`

const osLanguage = () => languageFromLocales([Intl.DateTimeFormat().resolvedOptions().locale])

// Runs only as the entry point (the CommonJS build electron-vite makes), not when a test imports it.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module)
  process.exitCode = runDemoLoader(process.argv.slice(2), { log: console.log, error: console.error })
