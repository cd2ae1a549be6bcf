import { useSearchParams } from 'react-router'

/** List filters live in the URL, so Back returns to the same search, page and sort. */
export function useListParams<K extends string>(defaults: Record<K, string>) {
  const [params, setParams] = useSearchParams()
  const values = Object.fromEntries(
    Object.entries<string>(defaults).map(([key, fallback]) => [key, params.get(key) ?? fallback]),
  ) as Record<K, string>
  const set = (changes: Partial<Record<K | 'page', string>>) => {
    const next = new URLSearchParams(params)
    for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
      if (value === undefined || value === (defaults as Record<string, string>)[key]) next.delete(key)
      else next.set(key, value)
    }
    if (!('page' in changes)) next.delete('page')
    setParams(next, { replace: true })
  }
  return { values, page: Number(params.get('page') ?? '1') || 1, set }
}
