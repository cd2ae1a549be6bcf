import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { Input, MethodName, Result } from '../../../shared/api'
import type { RegionDeskBridge } from '../../../shared/bridge'
import type { ApiError } from '../../../shared/errors'

/** An error reply, rethrown; callers branch on `code` and `field`, never on the class. */
export class RequestError extends Error {
  readonly code: ApiError['code']
  readonly messageKey: string
  readonly params: Record<string, string | number>
  readonly field?: string
  constructor(error: ApiError) {
    super(error.message)
    this.name = 'RequestError'
    this.code = error.code
    this.messageKey = error.messageKey
    this.params = error.params ?? {}
    this.field = error.field
  }
}

let bridge: RegionDeskBridge | null = null
export const setBridge = (next: RegionDeskBridge) => {
  bridge = next
}

export async function call<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  if (!bridge) throw new Error('setBridge was not called')
  const reply = await bridge.invoke(method, input)
  if (!reply.ok) throw new RequestError(reply.error)
  return reply.value as Result<M>
}

export const useApiQuery = <M extends MethodName>(method: M, input: Input<M>, options: { enabled?: boolean } = {}) =>
  useQuery({ queryKey: [method, input], queryFn: () => call(method, input), ...options })

export function useApiMutation<M extends MethodName>(method: M) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    // Refresh at once; the pushed 'changed' event also reaches other windows.
    onSuccess: () => client.invalidateQueries(),
  })
}

/**
 * Every write announces what changed. The record is small and local, so refetching the queries
 * on screen is cheaper than tracking which query reads which topic.
 */
export function useRefreshOnChanges(client: QueryClient) {
  useEffect(() => {
    if (!bridge) return
    return bridge.on('changed', () => void client.invalidateQueries())
  }, [client])
}

/** The desktop menu asks for a page (File → Import, Back up, …); browser mode never sends this. */
export function useMenuNavigation(navigate: (to: string) => void) {
  useEffect(() => {
    if (!bridge) return
    return bridge.on('navigate', (event) => {
      if (event.name === 'navigate' && event.to.startsWith('/')) navigate(event.to)
    })
  }, [navigate])
}
