import type { ElectionRow } from '../../../shared/api/elections'
import { stateRank } from '../../../shared/elections/lifecycle'
import { likePattern } from '../../../shared/text'
import { sortRows } from '../sorting'
import type { PartialHandlers } from '../registry'
import { flagThresholds, raisedFlags } from './flags'
import { readSeason } from './seasons'

type Row = Omit<ElectionRow, 'flags'> & {
  noticeSentOn: string | null
  candidacyDeadline: string | null
}

export const electionListHandlers: PartialHandlers = {
  /**
   * Active groups with their regular election of the season (a group without one shows as not
   * planned), every by-election, and any group that is no longer active but held one this season.
   */
  'election-list': (ctx, input) => {
    const season = readSeason(ctx, input.season)
    const rows = ctx.db.sqlite
      .prepare(
        `SELECT g.id AS groupId, g.name AS groupName, g.town, e.id AS electionId, coalesce(e.kind, 'regular') AS kind,
           coalesce(e.state, 'not_planned') AS state, e.meeting_at AS meetingAt, e.platform, e.held_on AS heldOn,
           e.notice_sent_on AS noticeSentOn, e.candidacy_deadline AS candidacyDeadline
         FROM groups g
         LEFT JOIN elections e ON e.group_id = g.id AND e.season = @season
         WHERE (g.status = 'active' OR e.id IS NOT NULL)
           AND (@query = '' OR fold(g.name) LIKE @pattern ESCAPE '\\' OR fold(coalesce(g.town, '')) LIKE @pattern ESCAPE '\\')`,
      )
      .all({ season: input.season, query: input.query, pattern: likePattern(input.query) }) as Row[]
    const thresholds = flagThresholds(ctx)
    const withFlags: ElectionRow[] = rows.map(({ noticeSentOn, candidacyDeadline, ...row }) => ({
      ...row,
      flags: raisedFlags(ctx, { ...row, noticeSentOn, candidacyDeadline }, season, thresholds),
    }))
    const filtered = withFlags.filter(
      (row) => (input.state === 'all' || row.state === input.state) && (!input.flaggedOnly || row.flags.length > 0),
    )
    const sorted =
      input.sort === 'state'
        ? [...filtered].sort(
            (a, b) => stateRank(a.state) - stateRank(b.state) || a.groupName.localeCompare(b.groupName, 'nb'),
          )
        : sortRows(filtered, input.sort === 'meeting' ? 'meetingAt' : 'groupName', 'asc')
    return { season, rows: sorted }
  },
}
