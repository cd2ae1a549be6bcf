export type DatabaseProblem = 'DB_TOO_NEW' | 'DB_UNWRITABLE' | 'DB_UNREADABLE' | 'DB_MIGRATION_FAILED'

/** Why a database file could not be opened; shown to the user translated (`dbErrors.<code>`). */
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
