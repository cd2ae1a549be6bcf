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
}

export const read = <I extends z.ZodType>(input: I) => ({
  returns: <R>(): MethodSpec<I, R> => ({ kind: 'read', input, topics: [] }),
})

export const write = <I extends z.ZodType>(input: I, topics: readonly Topic[]) => ({
  returns: <R>(): MethodSpec<I, R> => ({ kind: 'write', input, topics }),
})

export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never
export type ResultOf<S> = S extends MethodSpec<z.ZodType, infer R> ? R : never

/** Pushed from main to every open window after a write commits. */
export type AppEvent = { name: 'changed'; topics: Topic[] }
