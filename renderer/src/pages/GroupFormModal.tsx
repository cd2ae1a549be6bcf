import { Modal, Select, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import {
  groupFields,
  groupKinds,
  meetingPlatforms,
  type Group,
  type GroupKind,
  type MeetingPlatform,
} from '../../../shared/api/groups'
import { useApiMutation } from '../api/client'
import { FormActions, FormError } from '../components/FormParts'
import { placeServerError, validateWith } from '../forms/validate'

type GroupFormValues = {
  name: string
  town: string
  kind: GroupKind
  contactEmail: string
  meetingPlatform: MeetingPlatform | null
  notes: string
}

const blank: GroupFormValues = { name: '', town: '', kind: 'local', contactEmail: '', meetingPlatform: null, notes: '' }
const fieldNames = Object.keys(blank)

const toValues = (group?: Group): GroupFormValues =>
  group
    ? {
        name: group.name,
        town: group.town ?? '',
        kind: group.kind,
        contactEmail: group.contactEmail ?? '',
        meetingPlatform: group.meetingPlatform,
        notes: group.notes ?? '',
      }
    : blank

type Props = { opened: boolean; onClose: () => void; group?: Group }

/** Creates a group, or edits one when `group` is given. The form mounts fresh each time the dialog opens. */
export function GroupFormModal({ opened, onClose, group }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={group ? t('groups.edit') : t('groups.new')} size="lg">
      <GroupForm onClose={onClose} group={group} />
    </Modal>
  )
}

function GroupForm({ onClose, group }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useApiMutation('group-create')
  const update = useApiMutation('group-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm({ initialValues: toValues(group), validate: validateWith(groupFields, t) })

  const submit = form.onSubmit(async (values) => {
    const input = values
    try {
      if (group) {
        await update.mutateAsync({ ...input, id: group.id })
        notifications.show({ message: t('common.saved'), color: 'green' })
        onClose()
      } else {
        const created = await create.mutateAsync(input)
        notifications.show({ message: t('groups.created'), color: 'green' })
        onClose()
        navigate(`/groups/${created.id}`)
      }
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('groups.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('groups.town')} {...form.getInputProps('town')} />
        <Select
          label={t('groups.kind')}
          data={groupKinds.map((kind) => ({ value: kind, label: t(`groups.kinds.${kind}`) }))}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('groups.contactEmail')} type="email" {...form.getInputProps('contactEmail')} />
        <Select
          label={t('groups.meetingPlatform')}
          data={meetingPlatforms.map((platform) => ({ value: platform, label: t(`groups.platforms.${platform}`) }))}
          clearable
          {...form.getInputProps('meetingPlatform')}
        />
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  )
}
