import type { Season } from '../../../shared/api/elections'
import type { Ctx } from '../../context'

/** The season as stored, or as it would be from the region's default window. */
export function readSeason(ctx: Ctx, year: number): Season {
  const stored = ctx.db.sqlite
    .prepare('SELECT year, window_start AS windowStart, window_end AS windowEnd FROM seasons WHERE year = ?')
    .get(year) as Season | undefined
  if (stored) return stored
  const { start, end } = ctx.db.sqlite
    .prepare('SELECT window_start AS start, window_end AS end FROM settings WHERE id = 1')
    .get() as {
    start: string
    end: string
  }
  return { year, windowStart: `${year}-${start}`, windowEnd: `${year}-${end}` }
}

/** Writes need the season row (elections refer to it); it is created from the default window. */
export function ensureSeason(ctx: Ctx, year: number): Season {
  const season = readSeason(ctx, year)
  ctx.db.sqlite
    .prepare('INSERT OR IGNORE INTO seasons (year, window_start, window_end) VALUES (@year, @windowStart, @windowEnd)')
    .run(season)
  return season
}
