const datePart = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/

/**
 * The calendar date of a `YYYY-MM-DD` string or an ISO date-time, as written: "2026-04-30T23:30+02:00"
 * is 30 April. Converting to UTC first would move a late-evening meeting to the next day. Returns
 * null for anything that is not a real date, so a typo never raises a flag.
 */
export function calendarDay(value: string | null | undefined): number | null {
  const match = value ? datePart.exec(value) : null
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const time = Date.UTC(year, month - 1, day)
  const date = new Date(time)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return Math.round(time / 86_400_000)
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null if either is not a date. */
export function daysFrom(from: string | null | undefined, to: string | null | undefined): number | null {
  const start = calendarDay(from)
  const end = calendarDay(to)
  return start === null || end === null ? null : end - start
}
