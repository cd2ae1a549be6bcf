import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCalendarEvent } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/api/settings'
import { call } from '../../api/client'
import { downloadBlob } from '../../api/files'

/** Downloads the season's planned election meetings as an .ics file for the leader's calendar. */
export function CalendarButton({ season }: { season: number }) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      const file = await call('season-calendar', { season, language: i18n.language as Language })
      if (file.events === 0) notifications.show({ message: t('dashboard.calendar.none'), color: 'yellow' })
      downloadBlob(file.fileName, new Blob([file.text], { type: 'text/calendar;charset=utf-8' }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      variant="default"
      size="xs"
      mt="lg"
      leftSection={<IconCalendarEvent size={14} />}
      loading={busy}
      onClick={() => void download()}
    >
      {t('dashboard.calendar.download')}
    </Button>
  )
}
