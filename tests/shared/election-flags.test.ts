import { describe, expect, it } from 'vitest'
import {
  electionFlags,
  electionStates,
  isDeadlineAfterMeeting,
  isLate,
  isNoticeLate,
  isResultMissing,
  raisedFlagKeys,
  type ElectionDates,
  type ElectionState,
} from '../../shared/elections/flags'

const at = (state: ElectionState, more: Omit<ElectionDates, 'state'> = {}): ElectionDates => ({ state, ...more })

describe('electionStates', () => {
  it('lists the lifecycle in order', () => {
    expect(electionStates).toEqual([
      'not_planned',
      'planned',
      'notice_sent',
      'deadline_passed',
      'held',
      'reported',
      'minutes_filed',
    ])
  })
})

describe('isLate: the window has closed and the election is not held', () => {
  const closes = '2026-05-31'
  it.each([
    { name: 'on the last day of the window', election: at('planned'), today: '2026-05-31', closes, late: false },
    { name: 'the day after the window', election: at('planned'), today: '2026-06-01', closes, late: true },
    { name: 'never planned, after the window', election: at('not_planned'), today: '2026-06-01', closes, late: true },
    {
      name: 'deadline passed, after the window',
      election: at('deadline_passed'),
      today: '2026-06-01',
      closes,
      late: true,
    },
    { name: 'held', election: at('held'), today: '2026-06-01', closes, late: false },
    { name: 'reported', election: at('reported'), today: '2026-06-01', closes, late: false },
    { name: 'minutes filed', election: at('minutes_filed'), today: '2026-06-01', closes, late: false },
    {
      name: 'a held date without the state',
      election: at('planned', { heldOn: '2026-05-20' }),
      today: '2026-06-01',
      closes,
      late: false,
    },
    { name: 'no window set', election: at('planned'), today: '2026-06-01', closes: null, late: false },
    {
      name: 'window end as a date-time',
      election: at('planned'),
      today: '2026-05-31',
      closes: '2026-05-31T23:59:00+02:00',
      late: false,
    },
    { name: 'today as a date-time', election: at('planned'), today: '2026-06-01T00:05:00', closes, late: true },
  ])('$name: $late', ({ election, today, closes, late }) => {
    expect(isLate(election, closes, today)).toBe(late)
  })
})

describe('isResultMissing: the meeting was more than N days ago and no result came', () => {
  const meetingDate = '2026-04-10'
  const days = 14
  it.each([
    {
      name: 'exactly N days after the meeting',
      election: at('held', { meetingDate }),
      today: '2026-04-24',
      missing: false,
    },
    { name: 'N + 1 days after the meeting', election: at('held', { meetingDate }), today: '2026-04-25', missing: true },
    { name: 'never even marked held', election: at('planned', { meetingDate }), today: '2026-04-25', missing: true },
    { name: 'reported', election: at('reported', { meetingDate }), today: '2026-05-25', missing: false },
    { name: 'minutes filed', election: at('minutes_filed', { meetingDate }), today: '2026-05-25', missing: false },
    {
      name: 'a report date without the state',
      election: at('held', { meetingDate, reportedOn: '2026-04-12' }),
      today: '2026-05-25',
      missing: false,
    },
    {
      name: 'meeting as a local date-time',
      election: at('held', { meetingDate: '2026-04-10T18:30' }),
      today: '2026-04-25',
      missing: true,
    },
    {
      name: 'meeting still ahead',
      election: at('planned', { meetingDate: '2026-05-10' }),
      today: '2026-04-25',
      missing: false,
    },
    { name: 'no meeting date', election: at('planned'), today: '2026-04-25', missing: false },
    {
      name: 'an impossible meeting date',
      election: at('held', { meetingDate: '2026-02-30' }),
      today: '2026-04-25',
      missing: false,
    },
  ])('$name: $missing', ({ election, today, missing }) => {
    expect(isResultMissing(election, today, days)).toBe(missing)
  })
})

describe('isNoticeLate: notice fewer than N days before the meeting', () => {
  const meetingDate = '2026-04-10'
  const days = 7
  it.each([
    {
      name: 'sent exactly N days before',
      election: at('notice_sent', { meetingDate, noticeSentOn: '2026-04-03' }),
      today: '2026-04-05',
      late: false,
    },
    {
      name: 'sent N - 1 days before',
      election: at('notice_sent', { meetingDate, noticeSentOn: '2026-04-04' }),
      today: '2026-04-05',
      late: true,
    },
    {
      name: 'sent after the meeting',
      election: at('held', { meetingDate, noticeSentOn: '2026-04-11' }),
      today: '2026-04-12',
      late: true,
    },
    {
      name: 'sent in time, state not moved on',
      election: at('planned', { meetingDate, noticeSentOn: '2026-03-20' }),
      today: '2026-04-08',
      late: false,
    },
    {
      name: 'not sent, meeting exactly N days away',
      election: at('planned', { meetingDate }),
      today: '2026-04-03',
      late: false,
    },
    {
      name: 'not sent, meeting N - 1 days away',
      election: at('planned', { meetingDate }),
      today: '2026-04-04',
      late: true,
    },
    {
      name: 'not sent, meeting already past',
      election: at('planned', { meetingDate }),
      today: '2026-04-12',
      late: true,
    },
    {
      name: 'marked sent without a date',
      election: at('notice_sent', { meetingDate }),
      today: '2026-04-08',
      late: false,
    },
    { name: 'not sent, no meeting date', election: at('not_planned'), today: '2026-04-08', late: false },
    {
      name: 'date-times count by their calendar date',
      election: at('notice_sent', { meetingDate: '2026-04-10T19:00', noticeSentOn: '2026-04-03T22:15:00+02:00' }),
      today: '2026-04-05',
      late: false,
    },
  ])('$name: $late', ({ election, today, late }) => {
    expect(isNoticeLate(election, today, days)).toBe(late)
  })
})

describe('isDeadlineAfterMeeting', () => {
  const meetingDate = '2026-04-10'
  it.each([
    {
      name: 'the day before the meeting',
      election: at('planned', { meetingDate, candidacyDeadline: '2026-04-09' }),
      flagged: false,
    },
    {
      name: 'the meeting day itself',
      election: at('planned', { meetingDate, candidacyDeadline: '2026-04-10' }),
      flagged: false,
    },
    {
      name: 'the day after the meeting',
      election: at('planned', { meetingDate, candidacyDeadline: '2026-04-11' }),
      flagged: true,
    },
    {
      name: 'noon on the day of an evening meeting',
      election: at('planned', { meetingDate: '2026-04-10T18:00', candidacyDeadline: '2026-04-10T12:00' }),
      flagged: false,
    },
    { name: 'no deadline', election: at('planned', { meetingDate }), flagged: false },
    { name: 'no meeting date', election: at('planned', { candidacyDeadline: '2026-04-11' }), flagged: false },
  ])('$name: $flagged', ({ election, flagged }) => {
    expect(isDeadlineAfterMeeting(election)).toBe(flagged)
  })
})

describe('electionFlags', () => {
  const settings = { resultMissingAfterDays: 14, noticeDaysBefore: 7 }
  it.each([
    {
      name: 'everything wrong at once',
      election: at('planned', {
        meetingDate: '2026-05-20',
        noticeSentOn: '2026-05-18',
        candidacyDeadline: '2026-05-21',
      }),
      today: '2026-06-10',
      raised: ['late', 'resultMissing', 'noticeLate', 'deadlineAfterMeeting'],
    },
    {
      name: 'an election on track',
      election: at('notice_sent', {
        meetingDate: '2026-04-20',
        noticeSentOn: '2026-04-01',
        candidacyDeadline: '2026-04-19',
      }),
      today: '2026-04-10',
      raised: [],
    },
    {
      name: 'held after the window, result still missing',
      election: at('held', { meetingDate: '2026-06-02', noticeSentOn: '2026-05-20' }),
      today: '2026-06-30',
      raised: ['resultMissing'],
    },
  ])('$name', ({ election, today, raised }) => {
    const flags = electionFlags({ election, today, windowClosesOn: '2026-05-31', settings })
    expect(raisedFlagKeys(flags)).toEqual(raised)
  })
})
