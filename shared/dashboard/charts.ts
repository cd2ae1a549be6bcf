/** Shapes the dashboard's charts from plain facts; the components only draw what this returns. */

const day = 86_400_000
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / day)

export type WeekPoint = { week: number; thisSeason: number | null; lastSeason: number }

/**
 * Elections held per week of the season, cumulative, this season against last season, aligned on
 * the week since each season's window opened. This season's line stops at today's week.
 */
export function heldPerWeek(
  thisSeason: { windowStart: string; windowEnd: string; heldOn: string[]; today: string },
  lastSeason: { windowStart: string; heldOn: string[] },
): WeekPoint[] {
  const weeks = Math.max(1, Math.ceil((dayNumber(thisSeason.windowEnd) - dayNumber(thisSeason.windowStart) + 1) / 7))
  const weekOf = (start: string, date: string) => Math.floor((dayNumber(date) - dayNumber(start)) / 7) + 1
  const cumulative = (start: string, dates: string[]) => {
    const perWeek = new Array<number>(weeks + 1).fill(0)
    for (const date of dates) perWeek[Math.min(Math.max(weekOf(start, date), 0), weeks)]! += 1
    let total = 0
    return perWeek.map((count) => (total += count))
  }
  const current = cumulative(thisSeason.windowStart, thisSeason.heldOn)
  const previous = cumulative(lastSeason.windowStart, lastSeason.heldOn)
  const todayWeek = weekOf(thisSeason.windowStart, thisSeason.today)
  return Array.from({ length: weeks }, (_, index) => {
    const week = index + 1
    return { week, thisSeason: week <= todayWeek ? current[week]! : null, lastSeason: previous[week]! }
  })
}

/** A share as a whole percentage; nothing to count is 100 % done. */
export const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((part / whole) * 100))
