import { localIsoDate } from '../shared/dates'
import type { Db } from './db/open'

/** What every handler receives: the open record and a clock (injected so tests can fix "today"). */
export type Ctx = { db: Db; now: () => Date }

export const createContext = (db: Db, now: () => Date = () => new Date()): Ctx => ({ db, now })

/** The user's calendar date: the machine's local time zone is the user's. */
export const today = (ctx: Ctx) => localIsoDate(ctx.now())
export const timestamp = (ctx: Ctx) => ctx.now().toISOString()
