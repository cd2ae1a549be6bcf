import { Badge, Button } from '@mantine/core'
import {
  IconCircleCheck,
  IconClockExclamation,
  IconDownload,
  IconHourglass,
  IconRefreshAlert,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { languages, type Language } from '../../../../shared/api/settings'
import type { Names } from '../../../../shared/api/trainings'
import type { AttendanceStatus, ComplianceStatus } from '../../../../shared/stewardship/compliance'
import { downloadCsv, type CsvRow } from '../../api/csv'

/** The UI language as one of the three the record names roles and trainings in. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? i18n.language
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en'
}

/** A role's or training's name in the UI language. */
export function useLocalName() {
  const language = useUiLanguage()
  return (names: Names) => names[language] || names.en
}

const complianceLook: Record<ComplianceStatus, { color: string; icon: typeof IconCircleCheck }> = {
  done: { color: 'green', icon: IconCircleCheck },
  due: { color: 'yellow', icon: IconHourglass },
  overdue: { color: 'red', icon: IconClockExclamation },
  expired: { color: 'orange', icon: IconRefreshAlert },
}

/** The state in words with its own icon, readable without colour. */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  const { t } = useTranslation()
  const { color, icon: Icon } = complianceLook[status]
  return (
    <Badge color={color} variant="light" leftSection={<Icon size={12} aria-hidden />}>
      {t(`trainings.status.${status}`)}
    </Badge>
  )
}

const attendanceColors: Record<AttendanceStatus, string> = { registered: 'blue', attended: 'green', no_show: 'gray' }

export function AttendanceBadge({ status }: { status: AttendanceStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={attendanceColors[status]} variant="light">
      {t(`trainings.attendance.${status}`)}
    </Badge>
  )
}

/** Exports what the list shows; the rows are built only when asked for. */
export function ExportButton({ fileName, rows }: { fileName: string; rows: () => CsvRow[] }) {
  const { t } = useTranslation()
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => downloadCsv(fileName, rows())}>
      {t('trainings.exportCsv')}
    </Button>
  )
}
