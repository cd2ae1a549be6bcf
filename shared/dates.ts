/** A date as YYYY-MM-DD in the machine's own time zone (toISOString would give UTC's date near midnight). */
export function localIsoDate(date: Date): string {
  const offset = date.getTimezoneOffset() * 60_000
  return new Date(date.getTime() - offset).toISOString().slice(0, 10)
}
