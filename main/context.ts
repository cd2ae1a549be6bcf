import { localIsoDate } from '../shared/dates'
import { ReopenError, reopenDatabase, type Db } from './db/open'

/**
 * What every handler receives: the open record and a clock (injected so tests can fix "today").
 * The transports keep this one object for the app's life, and the dispatcher reads `db` on every
 * call, so `reopen` (a restore) swaps the record for all of them at once.
 */
export type Ctx = {
  db: Db
  now: () => Date
  /** Closes the record, lets `replace` change its file, opens it again; see reopenDatabase. Optional so a bare { db, now } still serves reads. */
  reopen?: (replace: (file: string) => { undo: () => void }) => void
}

export const createContext = (db: Db, now: () => Date = () => new Date()): Ctx => {
  const ctx: Ctx & Required<Pick<Ctx, 'reopen'>> = {
    db,
    now,
    reopen: (replace) => {
      try {
        ctx.db = reopenDatabase(ctx.db, replace)
      } catch (error) {
        if (!(error instanceof ReopenError)) throw error
        ctx.db = error.db
        throw error.cause
      }
    },
  }
  return ctx
}

/** The user's calendar date: the machine's local time zone is the user's. */
export const today = (ctx: Ctx) => localIsoDate(ctx.now())
export const timestamp = (ctx: Ctx) => ctx.now().toISOString()
