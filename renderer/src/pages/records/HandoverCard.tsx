import { Button, Card, List, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileExport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { call, useApiMutation } from '../../api/client'
import { downloadFile } from '../../api/files'
import { errorMessage } from './errors'

/** One checked file with the whole record, named for the region and the day, and what to do with it. */
export function HandoverCard() {
  const { t } = useTranslation()
  const create = useApiMutation('backup-handover-create')
  const handOver = async () => {
    try {
      const made = await create.mutateAsync({})
      const file = await call('backup-download', { name: made.name })
      downloadFile({ ...file, fileName: made.fileName }, 'application/vnd.sqlite3')
      notifications.show({ color: 'green', message: t('records.handover.created', { fileName: made.fileName }) })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    }
  }
  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t('records.handover.title')}
        </Title>
        <Text size="sm">{t('records.handover.intro')}</Text>
        <List type="ordered" size="sm" spacing={4}>
          <List.Item>{t('records.handover.steps.one')}</List.Item>
          <List.Item>{t('records.handover.steps.two')}</List.Item>
          <List.Item>{t('records.handover.steps.three')}</List.Item>
        </List>
        <div>
          <Button leftSection={<IconFileExport size={16} />} loading={create.isPending} onClick={() => void handOver()}>
            {t('records.handover.create')}
          </Button>
        </div>
      </Stack>
    </Card>
  )
}
