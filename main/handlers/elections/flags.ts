import type { Season } from '../../../shared/api/elections'
import { electionFlagKeys, electionFlags, type ElectionFlag } from '../../../shared/elections/flags'
import type { ElectionState } from '../../../shared/elections/lifecycle'
import { today, type Ctx } from '../../context'

type Thresholds = { resultMissingAfterDays: number; noticeDaysBefore: number }

/** The region's thresholds for election flags (settings). */
export function flagThresholds(ctx: Ctx): Thresholds {
  return ctx.db.sqlite
    .prepare(
      'SELECT result_overdue_days AS resultMissingAfterDays, notice_min_days AS noticeDaysBefore FROM settings WHERE id = 1',
    )
    .get() as Thresholds
}

type Dates = {
  state: ElectionState
  meetingAt: string | null
  noticeSentOn: string | null
  candidacyDeadline: string | null
}

/** The flags that are raised, as a list the UI can show and filter on. */
export function raisedFlags(
  ctx: Ctx,
  election: Dates,
  season: Season,
  thresholds = flagThresholds(ctx),
): ElectionFlag[] {
  const flags = electionFlags({
    election: { ...election, meetingDate: election.meetingAt },
    today: today(ctx),
    windowClosesOn: season.windowEnd,
    settings: thresholds,
  })
  return electionFlagKeys.filter((flag) => flags[flag])
}
