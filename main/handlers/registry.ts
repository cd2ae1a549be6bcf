import type { Api, MethodName } from '../../shared/api'
import type { ParsedInputOf, ResultOf } from '../../shared/api/contract'
import type { Ctx } from '../context'

export type Handler<M extends MethodName> = (ctx: Ctx, input: ParsedInputOf<Api[M]>) => ResultOf<Api[M]>
export type HandlerMap = { [M in MethodName]: Handler<M> }
export type PartialHandlers = Partial<HandlerMap>

/** Joins each domain's handlers into one map; a name given twice is a programming error and is refused. */
export function registerHandlers(...parts: PartialHandlers[]): HandlerMap {
  const joined: Record<string, unknown> = {}
  for (const part of parts)
    for (const [name, handler] of Object.entries(part)) {
      if (Object.hasOwn(joined, name)) throw new Error(`Handler registered twice: ${name}`)
      joined[name] = handler
    }
  return joined as HandlerMap
}
