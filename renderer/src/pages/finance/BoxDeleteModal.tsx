import { Alert, Button, Group as Row, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionBox } from '../../../../shared/api/finance'
import { RequestError, useApiMutation } from '../../api/client'

type Props = { opened: boolean; onClose: () => void; box: CollectionBox }

/** For entries made by mistake; a box handed back keeps its entry with the status "returned". */
export function BoxDeleteModal({ opened, onClose, box }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.boxes.deleteTitle', { label: box.label })}>
      <BoxDeleteConfirm onClose={onClose} box={box} />
    </Modal>
  )
}

function BoxDeleteConfirm({ onClose, box }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const remove = useApiMutation('box-delete')
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setError(null)
    try {
      await remove.mutateAsync({ id: box.id })
      notifications.show({ message: t('finance.boxes.deleted'), color: 'green' })
      onClose()
    } catch (caught) {
      setError(caught instanceof RequestError ? t(caught.messageKey, caught.params) : t('errors.internal'))
    }
  }
  return (
    <Stack>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text>{t('finance.boxes.deleteConfirm', { label: box.label, group: box.groupName })}</Text>
      <Row justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void confirm()} loading={remove.isPending}>
          {t('finance.boxes.delete')}
        </Button>
      </Row>
    </Stack>
  )
}
