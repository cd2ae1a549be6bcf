const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/**
 * Sorts in the Nordic alphabet (… x y z æ ø å), which SQLite's NOCASE cannot do; null sorts last.
 * Lists are filtered in SQL first, so this sorts at most one region's (or country's) rows.
 */
export function sortRows<T extends Record<string, unknown>>(
  rows: T[],
  key: keyof T & string,
  dir: 'asc' | 'desc',
): T[] {
  const sign = dir === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    const x = a[key]
    const y = b[key]
    if (x === y) return 0
    if (x === null || x === undefined) return 1
    if (y === null || y === undefined) return -1
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return order * sign || collator.compare(String(a.name ?? ''), String(b.name ?? ''))
  })
}
