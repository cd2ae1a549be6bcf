export type DatabaseProblem =
  | 'DB_TOO_NEW'
  | 'DB_UNWRITABLE'
  | 'DB_UNREADABLE'
  | 'DB_MIGRATION_FAILED'
  /** quick_check failed or SQLite reported corruption; params.backup names the newest verified backup, if any. */
  | 'DB_CORRUPT'

/**
 * Why a database file could not be opened; shown to the user translated (`dbErrors.<code>`).
 * When a verified backup exists, params carry `backup` (its path) and `context: 'backup'`, so the
 * same `t('dbErrors.<code>', params)` call picks the text that offers it (`<code>_backup`).
 */
export class DatabaseOpenError extends Error {
  constructor(
    readonly problem: DatabaseProblem,
    readonly params: Record<string, string | number> = {},
    cause?: unknown,
  ) {
    super(problem, { cause })
    this.name = 'DatabaseOpenError'
  }
}
