import { Button, Group as Row, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrainingSession } from '../../../../shared/api/trainings'
import { useApiMutation } from '../../api/client'
import { FormError } from '../../components/FormParts'
import { errorText } from './errors'

type Props = {
  session: TrainingSession | null
  onClose: () => void
  onConfirm: (session: TrainingSession) => void
  pending: boolean
  error: unknown
}

/** Asked only when the session has attendance: deleting it deletes every entry with it. */
export function DeleteSessionModal({ session, onClose, onConfirm, pending, error }: Props) {
  const { t } = useTranslation()
  const entries = session ? session.registered + session.attended + session.noShow : 0
  return (
    <Modal opened={session !== null} onClose={onClose} title={t('trainings.sessions.deleteTitle')}>
      <Stack>
        <FormError message={error ? errorText(error, t) : null} />
        <Text>{t('trainings.sessions.deleteWithAttendance', { count: entries })}</Text>
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={pending} onClick={() => session && onConfirm(session)}>
            {t('trainings.sessions.deleteConfirm')}
          </Button>
        </Row>
      </Stack>
    </Modal>
  )
}

/** Deletes a session; one with attendance asks first. Returns the starter and the dialog to render. */
export function useDeleteSession(onDeleted?: () => void) {
  const { t } = useTranslation()
  const remove = useApiMutation('training-session-delete')
  const [confirming, setConfirming] = useState<TrainingSession | null>(null)
  const run = (session: TrainingSession) =>
    remove.mutate(
      { id: session.id },
      {
        onSuccess: () => {
          setConfirming(null)
          notifications.show({ message: t('trainings.sessions.deleted'), color: 'green' })
          onDeleted?.()
        },
        onError: (error) => {
          if (!confirming) notifications.show({ message: errorText(error, t), color: 'red' })
        },
      },
    )
  const request = (session: TrainingSession) => {
    remove.reset()
    if (session.registered + session.attended + session.noShow > 0) setConfirming(session)
    else run(session)
  }
  const dialog = (
    <DeleteSessionModal
      session={confirming}
      onClose={() => setConfirming(null)}
      onConfirm={run}
      pending={remove.isPending}
      error={remove.error}
    />
  )
  return { request, dialog }
}
