import type { MinutesLabels } from './labels'
import type { LotSettlement, MinutesContest, MinutesData, MinutesOutcome } from './minutes-data'

/** What the minutes print for a fact nobody recorded. */
export const dash = '–'

/**
 * Names come from forms and spreadsheets: NFC so a decomposed 'ễ' prints (and copies) as one letter,
 * and runs of whitespace collapsed so a stray line break does not split a name over two lines.
 */
export function clean(text: string | null | undefined): string | null {
  const value = text?.normalize('NFC').replace(/\s+/g, ' ').trim()
  return value ? value : null
}

export function orDash(text: string | null | undefined): string {
  return clean(text) ?? dash
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()
const listFormats = new Map<string, Intl.ListFormat>()

function dateFormat(locale: string) {
  let format = dateFormats.get(locale)
  if (!format) {
    // Norwegian and Swedish print all-digit dates (21.11.2026, 2026-11-21); English spells the month.
    const style = locale.startsWith('en')
      ? ({ day: 'numeric', month: 'long', year: 'numeric' } as const)
      : ({ day: '2-digit', month: '2-digit', year: 'numeric' } as const)
    // The inputs are local calendar dates: built as UTC and printed as UTC, so no time zone moves them.
    format = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' })
    dateFormats.set(locale, format)
  }
  return format
}

/** 'YYYY-MM-DD' (or the date part of 'YYYY-MM-DDTHH:MM') in the language's usual form; odd input is printed as given. */
export function formatDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return isoDate
  const [, year, month, day] = match
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat(locale).format(date)
}

/** Names as a sentence list: 'A, B og C' / 'A, B och C' / 'A, B and C'. */
export function listNames(names: readonly string[], locale: string): string {
  let format = listFormats.get(locale)
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' })
    listFormats.set(locale, format)
  }
  return format.format(names.map(orDash))
}

/**
 * The day the election was held, with the planned time when it was held on the planned day; a meeting
 * moved to another day has no recorded time, and a guessed one would be wrong in the minutes.
 */
export function meetingWhen(data: MinutesData, labels: MinutesLabels): string {
  const planned = data.meetingAt ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(data.meetingAt) : null
  const day = clean(data.heldOn) ?? planned?.[1] ?? clean(data.meetingAt)
  if (!day) return dash
  const time = planned && planned[1] === day.slice(0, 10) ? planned[2] : undefined
  const date = formatDate(day, labels.locale)
  return time ? labels.dateTime(date, time) : date
}

export function meetingWhere(data: MinutesData, labels: MinutesLabels): string {
  const parts = [data.platform ? labels.platforms[data.platform] : null, clean(data.place)].filter(
    (part): part is string => part !== null,
  )
  return parts.length > 0 ? parts.join(' – ') : dash
}

export function contestHeading(contest: MinutesContest, index: number, labels: MinutesLabels): string {
  const seats = contest.seats > 1 ? ` (${labels.seats(contest.seats)})` : ''
  return `${index + 1}. ${orDash(contest.roleName)}${seats}`
}

export function candidateLine(candidate: MinutesContest['candidates'][number], labels: MinutesLabels): string {
  const name = orDash(candidate.name)
  return candidate.withdrawn ? `${name} (${labels.withdrawn})` : name
}

export function outcomeText(outcome: MinutesOutcome, labels: MinutesLabels): string {
  switch (outcome.kind) {
    case 'elected':
    case 'acclaimed': {
      const label = labels.outcomes[outcome.kind]
      return outcome.names.length > 0 ? `${label}: ${listNames(outcome.names, labels.locale)}` : label
    }
    case 'vacant':
    case 'pending':
      return labels.outcomes[outcome.kind]
  }
}

export function lotText(settlement: LotSettlement, labels: MinutesLabels): string {
  return labels.lot(
    listNames(settlement.tiedNames, labels.locale),
    orDash(settlement.drawnBy),
    listNames(settlement.winners, labels.locale),
    settlement.winners.length,
  )
}

export function countText(count: number | null): string {
  return count === null ? dash : String(count)
}

/** 'YYYY-MM-DD HH:MM' on the leader's own clock: the moment the file was made, read where it was made. */
export function generatedStamp(at: Date): string {
  const two = (value: number) => String(value).padStart(2, '0')
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`
}
