import { Modal, Select, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { groupStatuses, type Group, type GroupStatus } from '../../../shared/api/groups'
import { isoDate } from '../../../shared/validation'
import { useApiMutation } from '../api/client'
import { FormActions, FormError } from '../components/FormParts'
import { placeServerError, validateWith } from '../forms/validate'
import { localIsoDate } from '../../../shared/dates'

const statusForm = z.object({ status: z.enum(groupStatuses, { error: 'validation.choice' }), since: isoDate })

type Props = { opened: boolean; onClose: () => void; group: Group }

/** Archive (dormant or closed) or reactivate, from a date the user gives (today by default). */
export function GroupStatusModal({ opened, onClose, group }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('groups.changeStatus')}>
      <StatusForm onClose={onClose} group={group} />
    </Modal>
  )
}

function StatusForm({ onClose, group }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const change = useApiMutation('group-set-status')
  const [formError, setFormError] = useState<string | null>(null)
  const suggested: GroupStatus = group.status === 'active' ? 'dormant' : 'active'
  const form = useForm({
    initialValues: { status: suggested, since: localIsoDate(new Date()) },
    validate: validateWith(statusForm, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      await change.mutateAsync({ id: group.id, ...values })
      notifications.show({ message: t('groups.statusChanged'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, ['status', 'since']))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Select
          label={t('groups.newStatus')}
          data={groupStatuses
            .filter((status) => status !== group.status)
            .map((status) => ({ value: status, label: t(`groups.statuses.${status}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <TextInput type="date" label={t('groups.since')} required {...form.getInputProps('since')} />
        <FormActions onCancel={onClose} saving={change.isPending} />
      </Stack>
    </form>
  )
}
