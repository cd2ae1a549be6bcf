import { notifications } from '@mantine/notifications'
import { IconCalendarEvent, IconFileTypePdf } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/api/settings'
import { call } from '../../api/client'
import { downloadBlob, downloadFile } from '../../api/files'
import { BusyButton } from '../../components/BusyButton'

/** The season report for the national office, as a PDF download (the native save dialog on the desktop). */
export function ReportButton({ season }: { season: number }) {
  const { t, i18n } = useTranslation()
  return (
    <BusyButton
      label={t('dashboard.report.download')}
      icon={<IconFileTypePdf size={14} />}
      action={async () =>
        downloadFile(await call('season-report', { season, language: i18n.language as Language }), 'application/pdf')
      }
    />
  )
}

/** The season's planned election meetings as an .ics file for the leader's calendar. */
export function CalendarButton({ season }: { season: number }) {
  const { t, i18n } = useTranslation()
  return (
    <BusyButton
      label={t('dashboard.calendar.download')}
      icon={<IconCalendarEvent size={14} />}
      action={async () => {
        const file = await call('season-calendar', { season, language: i18n.language as Language })
        if (file.events === 0) notifications.show({ message: t('dashboard.calendar.none'), color: 'yellow' })
        downloadBlob(file.fileName, new Blob([file.text], { type: 'text/calendar;charset=utf-8' }))
      }}
    />
  )
}
