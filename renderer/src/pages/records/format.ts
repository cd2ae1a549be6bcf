import type { TFunction } from 'i18next'
import type { HistoryEntry, HistoryValue } from '../../../../shared/api/history'

const locales = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' } as const
const localeOf = (language: string) => locales[language as keyof typeof locales] ?? 'en-GB'

/** A moment in the user's own time zone, e.g. "15 Mar 2026, 13:00". */
export const formatMoment = (iso: string, language: string) =>
  new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

export function formatSize(bytes: number, language: string) {
  const units = ['B', 'kB', 'MB', 'GB'] as const
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`
}

/** 'contact_email' → 'contact email': the history shows column names, readable. */
export const fieldLabel = (field: string) => field.replace(/_id$/, '').replaceAll('_', ' ')

export const tableLabel = (entity: string, t: TFunction) =>
  t(`records.tables.${entity}`, { defaultValue: fieldLabel(entity) })

/** A value as the history shows it: the name an id stands for, true/false for flags, a dash for nothing. */
export function valueText(entry: HistoryEntry, field: string, value: HistoryValue, t: TFunction) {
  if (value === null || value === '') return t('common.none')
  const label = entry.labels[`${field}=${value}`]
  if (label) return label
  return String(value)
}

/** The line heading one entry: "Membership added", "Group changed". */
export const entryTitle = (entry: HistoryEntry, t: TFunction) =>
  `${tableLabel(entry.entity, t)} ${t(`records.history.actions.${entry.action}`)}`
