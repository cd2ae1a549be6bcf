/** Collection boxes: when one is overdue for emptying and counting, and its amount in kroner and øre. */

export const boxStatuses = ['in_use', 'stored', 'returned', 'lost'] as const
export type BoxStatus = (typeof boxStatuses)[number]

/** Boxes the group still holds; returned and lost ones are out of its hands and never flagged. */
export const isHeldBox = (status: BoxStatus) => status === 'in_use' || status === 'stored'

const datePart = /^(\d{4})-(\d{2})-(\d{2})/

/** `YYYY-MM-DD` plus whole months; the 31st becomes the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const match = datePart.exec(date)
  if (!match) throw new Error(`not a date: ${date}`)
  const total = Number(match[1]) * 12 + Number(match[2]) - 1 + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const day = Math.min(Number(match[3]), lastDay)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whole months from `from` to `to` (0 when `to` is earlier): 2025-03-15 to 2026-03-14 is 11. */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0
  const [a, b] = [datePart.exec(from), datePart.exec(to)]
  if (!a || !b) return 0
  let months = (Number(b[1]) - Number(a[1])) * 12 + Number(b[2]) - Number(a[2])
  if (addMonths(from, months) > to.slice(0, 10)) months -= 1
  return Math.max(0, months)
}

export type BoxDates = {
  status: BoxStatus
  lastCountedOn: string | null
  /** When the box was registered (a date or an ISO time stamp); stands in for a count never made. */
  createdAt: string
}

export type BoxStaleness = {
  stale: boolean
  /** The last count, or the registration for a box never counted. */
  since: string
  neverCounted: boolean
  /** Whole months since then. */
  months: number
}

/**
 * A box the group holds (in use or stored) is due for counting `staleMonths` months after its last
 * count (or its registration, if never counted) and flagged from the day after: the group has the
 * whole of the due day to count it. Returned and lost boxes are never flagged.
 */
export function boxStaleness(box: BoxDates, today: string, staleMonths: number): BoxStaleness {
  const since = (box.lastCountedOn ?? box.createdAt).slice(0, 10)
  const due = addMonths(since, staleMonths)
  return {
    stale: isHeldBox(box.status) && today > due,
    since,
    neverCounted: box.lastCountedOn === null,
    months: monthsBetween(since, today),
  }
}

/** Kroner as typed (up to two decimals) to whole øre; rounding absorbs binary fractions (0.1 + 0.2). */
export const kronerToMinor = (kroner: number) => Math.round(kroner * 100)

/** Whether a kroner amount has at most two decimals. */
export const hasWholeOre = (kroner: number) => Math.abs(kroner * 100 - Math.round(kroner * 100)) < 1e-6

/** `1 234,50 kr` in nb/sv, `1,234.50 kr` in en: both countries' currency is the krona/krone. */
export function formatKroner(minor: number, locale: string): string {
  const amount = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    minor / 100,
  )
  return `${amount} kr`
}
