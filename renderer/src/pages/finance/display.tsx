import { Badge, Group as Row, Text, Tooltip } from '@mantine/core'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconClockExclamation,
  IconPointFilled,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { FinanceYearRow } from '../../../../shared/api/finance'
import { languages, type Language } from '../../../../shared/api/settings'
import { boxStatuses, type BoxStaleness, type BoxStatus } from '../../../../shared/stewardship/boxes'
import { isAuditApproved, type AuditStatus } from '../../../../shared/stewardship/finance'

/** The UI language as one of the three the record names roles in. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? i18n.language
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en'
}

/** The year whose reports and audit are being chased: last year's accounts are closed in this year's spring. */
export const defaultFiscalYear = (today = new Date()) => today.getFullYear() - 1

export function fiscalYearChoices(today = new Date()) {
  const year = today.getFullYear()
  return [year, year - 1, year - 2, year - 3, year - 4].map(String)
}

/** Badges in narrow table columns keep their whole text: a table gives the column room instead of cutting it. */
const fit = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }

/** "Missing" in words and with an icon, so it does not rely on colour. */
export function MissingBadge({ label }: { label?: string }) {
  const { t } = useTranslation()
  return (
    <Badge styles={fit} color="red" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
      {label ?? t('finance.years.missing')}
    </Badge>
  )
}

export function ReceivedCell({ date }: { date: string | null }) {
  return date ? (
    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
      {date}
    </Text>
  ) : (
    <MissingBadge />
  )
}

const auditColors: Record<AuditStatus, string> = {
  not_assigned: 'gray',
  assigned: 'blue',
  in_review: 'cyan',
  approved: 'green',
  approved_with_remarks: 'teal',
  rejected: 'red',
}

export function AuditStatusBadge({ status }: { status: AuditStatus }) {
  const { t } = useTranslation()
  const Icon = isAuditApproved(status)
    ? IconCircleCheck
    : status === 'not_assigned'
      ? IconCircleDashed
      : status === 'rejected'
        ? IconAlertTriangle
        : IconPointFilled
  return (
    <Badge styles={fit} color={auditColors[status]} variant="light" leftSection={<Icon size={12} aria-hidden />}>
      {t(`finance.years.statuses.${status}`)}
    </Badge>
  )
}

export const treasurerNames = (row: Pick<FinanceYearRow, 'treasurers'>) =>
  row.treasurers.map((treasurer) => treasurer.name).join(', ')

/** The auditor's name, whether the override accepted a tie, and a badge when one is still refused. */
export function AuditorCell({ row }: { row: FinanceYearRow }) {
  const { t } = useTranslation()
  if (!row.auditorName) return <MissingBadge />
  return (
    <Row gap={4} wrap="wrap">
      <Text size="sm">
        {row.auditorName}
        {row.auditorPersonId === null && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({t('finance.years.notInRecord')})
          </Text>
        )}
      </Text>
      {row.flags.includes('auditorNotIndependent') && (
        <Badge styles={fit} color="red" variant="outline" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
          {t('finance.years.flagNames.auditorNotIndependent')}
        </Badge>
      )}
      {row.auditorOverrideReason && (
        <Tooltip label={t('finance.years.exceptionReason', { reason: row.auditorOverrideReason })} multiline w={280}>
          <Badge styles={fit} color="yellow" variant="outline" tabIndex={0}>
            {t('finance.years.exception')}
          </Badge>
        </Tooltip>
      )}
    </Row>
  )
}

const boxColors: Record<BoxStatus, string> = { in_use: 'green', stored: 'blue', returned: 'gray', lost: 'red' }

export function BoxStatusBadge({ status }: { status: BoxStatus }) {
  const { t } = useTranslation()
  return (
    <Badge styles={fit} color={boxColors[status]} variant="light">
      {t(`finance.boxes.statuses.${status}`)}
    </Badge>
  )
}

export const boxStatusOptions = (t: (key: string) => string) =>
  boxStatuses.map((status) => ({ value: status, label: t(`finance.boxes.statuses.${status}`) }))

/** The flag's words: how long since the last count, or that there never was one. */
export function useStaleText() {
  const { t } = useTranslation()
  return (staleness: BoxStaleness) =>
    staleness.neverCounted
      ? t('finance.boxes.staleNever', { date: staleness.since })
      : t('finance.boxes.staleFlag', { count: staleness.months })
}

export function StaleBadge({ staleness }: { staleness: BoxStaleness }) {
  const text = useStaleText()
  if (!staleness.stale) return null
  return (
    <Badge styles={fit} color="orange" variant="outline" leftSection={<IconClockExclamation size={12} aria-hidden />}>
      {text(staleness)}
    </Badge>
  )
}
