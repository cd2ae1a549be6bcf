import type { Db } from '../db/open'
import { openDatabase } from '../db/open'
import { DatabaseOpenError } from '../db/errors'
import { recoverFromBackup } from '../backup'
import { appName, chooseDatabase } from '../paths'
import { createTranslator, languageFromLocales } from '../../shared/i18n'

type OpenOptions = {
  argv: string[]
  userData: string
  /** The OS locale: no settings can be read yet, since the record did not open. */
  locale: string
  nativeBinding?: string
  showErrorBox: (title: string, message: string) => void
  /** Asked when the file is damaged and a verified backup exists: true restores that backup. */
  askToRecover?: (title: string, message: string) => boolean
}

/**
 * Opens the record chosen by --db, REGION_DESK_DB, --demo or the default. When it cannot be
 * opened, tells the user why in their language and returns null; openDatabase leaves the file as
 * it was, so the caller only has to quit.
 */
export function openRecordOrExplain({
  argv,
  userData,
  locale,
  nativeBinding,
  showErrorBox,
  askToRecover,
}: OpenOptions): Db | null {
  const choice = chooseDatabase(argv, { userData })
  try {
    return openDatabase(choice.path, { nativeBinding })
  } catch (error) {
    const t = createTranslator(languageFromLocales([locale]))
    if (error instanceof DatabaseOpenError) {
      if (isAddonLoadFailure(error.cause))
        console.error('better-sqlite3 is not built for this Electron: run `node main/tools/electron-native.cjs`.')
      const backup = error.params.backup
      // A damaged file with a verified backup: offer it. The damaged file is moved aside, never deleted.
      if (typeof backup === 'string' && askToRecover?.(appName, t(`dbErrors.${error.problem}`, error.params))) {
        recoverFromBackup(choice.path, backup, { nativeBinding })
        return openDatabase(choice.path, { nativeBinding })
      }
      showErrorBox(appName, t(`dbErrors.${error.problem}`, error.params))
    } else {
      console.error(`Opening the record failed: ${error instanceof Error ? error.name : typeof error}`)
      showErrorBox(appName, t('errors.internal'))
    }
    return null
  }
}

/** A native addon built for another ABI fails here, not as a bad file; developers need to know which. */
const isAddonLoadFailure = (cause: unknown) =>
  cause instanceof Error && 'code' in cause && cause.code === 'ERR_DLOPEN_FAILED'
