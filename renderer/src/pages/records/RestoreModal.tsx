import { Alert, Button, Group as Row, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { BackupFile } from '../../../../shared/api/backup'
import { useApiMutation } from '../../api/client'
import { errorMessage } from './errors'
import { formatMoment } from './format'

/** Asks before the whole record is replaced, and says that the current one is kept. */
export function RestoreModal({ backup, onClose }: { backup: BackupFile | null; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const restore = useApiMutation('backup-restore')
  const confirm = async () => {
    if (!backup) return
    try {
      const result = await restore.mutateAsync({ name: backup.name, confirm: true })
      notifications.show({ color: 'green', message: t('records.restore.done', { name: result.safetyCopy }) })
      onClose()
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    }
  }
  return (
    <Modal opened={backup !== null} onClose={onClose} title={t('records.restore.title')}>
      {backup && (
        <Stack>
          <Text>{t('records.restore.body', { when: formatMoment(backup.createdAt, i18n.language) })}</Text>
          <Alert color="blue">{t('records.restore.safety')}</Alert>
          <Row justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={restore.isPending} onClick={() => void confirm()}>
              {t('records.restore.confirm')}
            </Button>
          </Row>
        </Stack>
      )}
    </Modal>
  )
}
