import { Checkbox, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { localIsoDate } from '../../../../shared/dates'
import { trainingSessionFields, type TrainingSession } from '../../../../shared/api/trainings'
import { useApiMutation, useApiQuery } from '../../api/client'
import { FormActions, FormError } from '../../components/FormParts'
import { placeServerError, validateWith } from '../../forms/validate'
import { useLocalName } from './display'

type Values = { trainingTypeId: number | null; date: string; place: string; online: boolean; notes: string }
const fieldNames = ['trainingTypeId', 'date', 'place', 'online', 'notes']

type Props = { opened: boolean; onClose: () => void; session?: TrainingSession; trainingTypeId?: number | null }

/** Plans a session, or edits one when `session` is given. The form mounts fresh each time the dialog opens. */
export function SessionFormModal({ opened, onClose, ...rest }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rest.session ? t('trainings.sessions.edit') : t('trainings.sessions.new')}
      size="lg"
    >
      <SessionForm onClose={onClose} {...rest} />
    </Modal>
  )
}

function SessionForm({ onClose, session, trainingTypeId }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const localName = useLocalName()
  const types = useApiQuery('training-type-list', {})
  const create = useApiMutation('training-session-create')
  const update = useApiMutation('training-session-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: session
      ? {
          trainingTypeId: session.trainingTypeId,
          date: session.date,
          place: session.place ?? '',
          online: session.online,
          notes: session.notes ?? '',
        }
      : { trainingTypeId: trainingTypeId ?? null, date: localIsoDate(new Date()), place: '', online: false, notes: '' },
    validate: validateWith(trainingSessionFields, t),
  })
  // A retired type stays choosable only for the session that already has it.
  const typeOptions = (types.data ?? [])
    .filter((type) => type.active || type.id === session?.trainingTypeId)
    .map((type) => ({ value: String(type.id), label: localName(type.names) }))

  const submit = form.onSubmit(async (values) => {
    const input = { ...values, trainingTypeId: values.trainingTypeId ?? 0 }
    try {
      if (session) {
        await update.mutateAsync({ ...input, id: session.id })
        notifications.show({ message: t('common.saved'), color: 'green' })
        onClose()
      } else {
        const created = await create.mutateAsync(input)
        notifications.show({ message: t('trainings.sessions.created'), color: 'green' })
        onClose()
        navigate(`/trainings/sessions/${created.id}`)
      }
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  const typeProps = form.getInputProps('trainingTypeId')
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Select
          label={t('trainings.sessions.training')}
          data={typeOptions}
          required
          allowDeselect={false}
          data-autofocus
          {...typeProps}
          value={form.values.trainingTypeId === null ? null : String(form.values.trainingTypeId)}
          onChange={(value) => form.setFieldValue('trainingTypeId', value ? Number(value) : null)}
        />
        <TextInput type="date" label={t('trainings.sessions.date')} required {...form.getInputProps('date')} />
        <TextInput label={t('trainings.sessions.place')} {...form.getInputProps('place')} />
        <Checkbox label={t('trainings.sessions.online')} {...form.getInputProps('online', { type: 'checkbox' })} />
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  )
}
