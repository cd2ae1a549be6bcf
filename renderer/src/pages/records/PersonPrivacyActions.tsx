import { Alert, Button, Checkbox, Group as Row, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconEraser } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call, useApiMutation } from '../../api/client'
import { downloadBlob } from '../../api/files'
import { errorMessage } from './errors'

/** Export one person's data as JSON, and erase them after a clear confirmation. For the person page too. */
export function PersonPrivacyActions({ id, name, compact = false }: { id: number; name: string; compact?: boolean }) {
  const { t } = useTranslation()
  const [confirming, setConfirming] = useState(false)
  const size = compact ? 'compact-sm' : 'sm'

  const exportData = async () => {
    try {
      const { fileName, data } = await call('person-export', { id })
      downloadBlob(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }))
      notifications.show({ color: 'green', message: t('records.privacy.exported', { fileName }) })
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    }
  }

  return (
    <>
      <Row gap={4} wrap="nowrap">
        <Button size={size} variant="subtle" leftSection={<IconDownload size={14} />} onClick={() => void exportData()}>
          {t('records.privacy.export')}
        </Button>
        <Button
          size={size}
          variant="subtle"
          color="red"
          leftSection={<IconEraser size={14} />}
          onClick={() => setConfirming(true)}
        >
          {t('records.privacy.erase')}
        </Button>
      </Row>
      <EraseModal id={id} name={name} opened={confirming} onClose={() => setConfirming(false)} />
    </>
  )
}

function EraseModal({ id, name, opened, onClose }: { id: number; name: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const erase = useApiMutation('person-erase')
  const [understood, setUnderstood] = useState(false)
  const close = () => {
    setUnderstood(false)
    onClose()
  }
  const confirm = async () => {
    try {
      const result = await erase.mutateAsync({ id, confirm: true })
      notifications.show({
        color: result.checkpointed ? 'green' : 'yellow',
        message: t(result.checkpointed ? 'records.privacy.erased' : 'records.privacy.notCheckpointed'),
      })
      close()
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) })
    }
  }
  return (
    <Modal opened={opened} onClose={close} title={t('records.privacy.eraseTitle', { name })}>
      <Stack>
        <Text>{t('records.privacy.eraseBody', { placeholder: t('records.privacy.placeholder', { id }) })}</Text>
        <Alert color="yellow">{t('records.privacy.eraseBackups')}</Alert>
        <Checkbox
          label={t('records.privacy.eraseConfirm')}
          checked={understood}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
        />
        <Row justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button color="red" disabled={!understood} loading={erase.isPending} onClick={() => void confirm()}>
            {t('records.privacy.erase')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  )
}
