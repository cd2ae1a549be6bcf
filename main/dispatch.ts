import type { z } from 'zod'
import { api, isMethodName, type MethodName } from '../shared/api'
import type { AppEvent } from '../shared/api/contract'
import { AppError, type ApiError, type Reply } from '../shared/errors'
import { createTranslator } from '../shared/i18n'
import { describeIssue } from '../shared/validation'
import type { Ctx } from './context'
import { getSettings } from './handlers/settings'
import type { HandlerMap } from './handlers/registry'

export type Dispatcher = (method: string, input: unknown) => Reply<unknown>
export type DispatchOptions = {
  /** Told after each write commits, so every window refreshes what changed. */
  emit?: (event: AppEvent) => void
  /** Where internal failures are reported: method name and error class only, never input or messages. */
  logError?: (line: string) => void
}

/**
 * The one entry point both transports call: validates input with the contract's schema, runs the
 * handler (a write in exactly one transaction) and turns every outcome into a Reply. It never throws.
 */
export function createDispatcher(ctx: Ctx, handlers: HandlerMap, options: DispatchOptions = {}): Dispatcher {
  const fail = (error: Omit<ApiError, 'message'>): Reply<never> => ({
    ok: false,
    error: { ...error, message: translateFor(ctx)(error.messageKey, error.params) },
  })

  /** The write has committed: a failing listener must not turn "saved" into an error. */
  const announce = (method: string, topics: AppEvent['topics']) => {
    try {
      options.emit?.({ name: 'changed', topics })
    } catch (error) {
      options.logError?.(`${method} change event failed: ${error instanceof Error ? error.name : typeof error}`)
    }
  }

  return (method, input) => {
    if (!isMethodName(method)) return fail({ code: 'NOT_FOUND', messageKey: 'errors.unknownMethod' })
    const spec = api[method]
    // reportInput lets describeIssue tell a missing value from a wrong one.
    const parsed = (spec.input as z.ZodType).safeParse(input, { reportInput: true })
    if (!parsed.success) {
      const problem = describeIssue(parsed.error.issues[0]!)
      return fail({ code: 'VALIDATION', messageKey: problem.messageKey, params: problem.params, field: problem.field })
    }
    const handler = handlers[method] as (ctx: Ctx, input: unknown) => unknown
    try {
      // ctx.db is read per call: a restore swaps the connection (ctx.reopen).
      const inTransaction = spec.kind === 'write' && !spec.ownTransaction
      const value = inTransaction
        ? ctx.db.sqlite.transaction(() => handler(ctx, parsed.data))()
        : handler(ctx, parsed.data)
      if (spec.kind === 'write') announce(method, [...spec.topics])
      return { ok: true, value }
    } catch (error) {
      if (error instanceof AppError)
        return fail({ code: error.code, messageKey: error.messageKey, params: error.params, field: error.field })
      const constraint = sqliteConstraint(error)
      if (constraint) return fail({ code: 'CONFLICT', messageKey: constraint })
      options.logError?.(`${method} failed: ${error instanceof Error ? error.name : typeof error}`)
      return fail({ code: 'INTERNAL', messageKey: 'errors.internal' })
    }
  }
}

/** A constraint the handlers did not foresee still reaches the user as a conflict, not a crash. */
function sqliteConstraint(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null
  const code = String(error.code)
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'errors.stillReferenced'
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'errors.constraint'
  return null
}

function translateFor(ctx: Ctx) {
  let language: string = 'en'
  try {
    language = getSettings(ctx).language ?? 'en'
  } catch {
    // A broken settings row must not hide the original error.
  }
  return createTranslator(language)
}

export type { MethodName }
