import type { z } from 'zod'

/** A read runs outside a write transaction; a write runs in exactly one transaction and announces what changed. */
export type MethodKind = 'read' | 'write'

/** The part of the record a write touched: the UI refreshes whatever shows that part. */
export type Topic = 'settings' | 'groups' | 'people' | 'memberships' | 'elections' | 'roles' | 'trainings' | 'finance'

export type MethodSpec<I extends z.ZodType = z.ZodType, R = unknown> = {
  kind: MethodKind
  input: I
  /** Topics a write changes; empty for reads. */
  topics: readonly Topic[]
  /** Phantom: carries the result type only. */
  result?: R
  /** A write that commits by itself (see writeOwnTransaction); the dispatcher opens no transaction for it. */
  ownTransaction?: true
}

export const read = <I extends z.ZodType>(input: I) => ({
  returns: <R>(): MethodSpec<I, R> => ({ kind: 'read', input, topics: [] }),
})

export const write = <I extends z.ZodType>(input: I, topics: readonly Topic[]) => ({
  returns: <R>(): MethodSpec<I, R> => ({ kind: 'write', input, topics }),
})

/**
 * A write that cannot run inside the dispatcher's transaction: restoring a backup swaps the
 * connection itself, erasing a person must VACUUM and checkpoint after its own commit. It still
 * announces its topics once it succeeded.
 */
export const writeOwnTransaction = <I extends z.ZodType>(input: I, topics: readonly Topic[]) => ({
  returns: <R>(): MethodSpec<I, R> => ({ kind: 'write', input, topics, ownTransaction: true }),
})

export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never
export type ResultOf<S> = S extends MethodSpec<z.ZodType, infer R> ? R : never

/**
 * Pushed from main to the windows: `changed` to every window after a write commits; `navigate` asks
 * a window to show a page (a plain path like '/import'), sent by the desktop app's menu.
 */
export type AppEvent =
  | { name: 'changed'; topics: Topic[] }
  // Navigating changes nothing; the empty `topics` also keeps AppEvent['topics'] a plain Topic[].
  | { name: 'navigate'; to: string; topics: [] }
