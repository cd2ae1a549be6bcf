/** ISO calendar dates (YYYY-MM-DD) in UTC, the form the API and `today(ctx)` use. */
const day = 86_400_000

export { addDays } from '../../shared/dates'

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / day)

export const laterOf = (a: string, b: string) => (a > b ? a : b)
export const earlierOf = (a: string, b: string) => (a < b ? a : b)
