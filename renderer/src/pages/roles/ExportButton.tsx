import { Button } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { downloadCsv, type CsvRow } from '../../api/csv'

/** Rows are built on click, so a list pays nothing for its export until it is used. */
export function ExportButton({
  fileName,
  rows,
  disabled,
}: {
  fileName: string
  rows: () => CsvRow[]
  disabled?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconDownload size={14} aria-hidden />}
      disabled={disabled}
      onClick={() => downloadCsv(fileName, rows())}
    >
      {t('stewardship.exportCsv')}
    </Button>
  )
}
