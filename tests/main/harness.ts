import type { Input, MethodName, Result } from '../../shared/api'
import type { AppEvent } from '../../shared/api/contract'
import type { Reply } from '../../shared/errors'
import { createContext } from '../../main/context'
import { openDatabase } from '../../main/db/open'
import { createDispatcher } from '../../main/dispatch'
import { handlers } from '../../main/handlers'

/** A fresh in-memory record with the real dispatcher, as both transports use it. */
export function createHarness(today = '2026-03-15') {
  const db = openDatabase(':memory:')
  const events: AppEvent[] = []
  const ctx = createContext(db, () => new Date(`${today}T12:00:00Z`))
  const dispatch = createDispatcher(ctx, handlers, { emit: (event) => events.push(event) })
  const send = <M extends MethodName>(method: M, input: Input<M>) => dispatch(method, input) as Reply<Result<M>>
  /** Like send, but fails the test on an error reply. */
  const call = <M extends MethodName>(method: M, input: Input<M>): Result<M> => {
    const reply = send(method, input)
    if (!reply.ok)
      throw new Error(`${method} failed: ${reply.error.code} ${reply.error.messageKey} ${reply.error.field ?? ''}`)
    return reply.value
  }
  return { db, ctx, dispatch, send, call, events }
}
