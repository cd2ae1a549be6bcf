import { Button } from '@mantine/core'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/api/settings'
import { call } from '../../api/client'
import { downloadFile } from '../../api/files'

/** The season report for the national office, as a PDF download (the native save dialog on the desktop). */
export function ReportButton({ season }: { season: number }) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState(false)
  const download = async () => {
    setBusy(true)
    try {
      downloadFile(await call('season-report', { season, language: i18n.language as Language }), 'application/pdf')
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      variant="default"
      size="xs"
      mt="lg"
      leftSection={<IconFileTypePdf size={14} />}
      loading={busy}
      onClick={() => void download()}
    >
      {t('dashboard.report.download')}
    </Button>
  )
}
