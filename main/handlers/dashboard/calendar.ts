import { ICalCalendar } from 'ical-generator'
import type { Language } from '../../../shared/api/settings'
import { createTranslator } from '../../../shared/i18n'
import type { Ctx } from '../../context'
import type { PartialHandlers } from '../registry'

type Meeting = {
  id: number
  groupName: string
  meetingAt: string
  platform: string | null
  place: string | null
  candidacyDeadline: string | null
}

/** 'YYYY-MM-DDTHH:MM' as the same wall-clock time on this machine: the calendar shows it as written. */
const wallClock = (meetingAt: string) => {
  const [date, time] = meetingAt.split('T') as [string, string]
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  return new Date(year, month - 1, day, hour, minute)
}

export const calendarHandlers: PartialHandlers = {
  'season-calendar': (ctx: Ctx, { season, language }: { season: number; language: Language }) => {
    const t = createTranslator(language)
    const meetings = ctx.db.sqlite
      .prepare(
        `SELECT e.id, g.name AS groupName, e.meeting_at AS meetingAt, e.platform, e.place, e.candidacy_deadline AS candidacyDeadline
         FROM elections e JOIN groups g ON g.id = e.group_id
         WHERE e.season = ? AND e.meeting_at IS NOT NULL AND e.state IN ('planned', 'notice_sent', 'deadline_passed')
         ORDER BY e.meeting_at`,
      )
      .all(season) as Meeting[]
    // The class, not the default export: the bundled CJS build does not unwrap a default.
    const calendar = new ICalCalendar({
      name: t('dashboard.calendar.name', { season }),
      prodId: { company: 'Region Desk', product: 'Region Desk' },
    })
    for (const meeting of meetings) {
      const start = wallClock(meeting.meetingAt)
      calendar.createEvent({
        id: `election-${meeting.id}@region-desk`,
        start,
        end: new Date(start.getTime() + 2 * 3_600_000),
        floating: true,
        summary: t('dashboard.calendar.summary', { group: meeting.groupName }),
        location:
          [meeting.platform ? t(`groups.platforms.${meeting.platform}`) : null, meeting.place]
            .filter(Boolean)
            .join(', ') || null,
        description: meeting.candidacyDeadline
          ? t('dashboard.calendar.deadline', { date: meeting.candidacyDeadline })
          : null,
        stamp: ctx.now(),
      })
    }
    return {
      fileName: `${t('dashboard.calendar.fileName', { season })}.ics`,
      text: calendar.toString(),
      events: meetings.length,
    }
  },
}
