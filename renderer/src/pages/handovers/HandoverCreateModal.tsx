import { Button, Group as Row, Modal, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localIsoDate } from '../../../../shared/dates'
import { handoverFields } from '../../../../shared/api/roles'
import { addDays, defaultHandoverDays } from '../../../../shared/stewardship/handovers'
import { useApiMutation } from '../../api/client'
import { FormError } from '../../components/FormParts'
import { GroupRoleFields } from '../roles/GroupRoleFields'
import { RecordPicker } from '../../components/RecordPicker'
import { placeServerError, validateWith } from '../../forms/validate'

type Props = { opened: boolean; onClose: () => void; groupId?: number; onCreated?: (id: number) => void }
type Values = {
  groupId: number | null
  roleId: number | null
  fromPersonId: number | null
  toPersonId: number | null
  dueOn: string
  notes: string
}
const fields = ['groupId', 'roleId', 'fromPersonId', 'toPersonId', 'dueOn', 'notes']

/** A handover made by hand (not from an election result); it gets the role's checklist. */
export function HandoverCreateModal({ opened, onClose, groupId, onCreated }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('stewardship.handovers.new')}>
      <HandoverCreateForm onClose={onClose} groupId={groupId} onCreated={onCreated} />
    </Modal>
  )
}

function HandoverCreateForm({ onClose, groupId, onCreated }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('handover-create')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: {
      groupId: groupId ?? null,
      roleId: null,
      fromPersonId: null,
      toPersonId: null,
      dueOn: addDays(localIsoDate(new Date()), defaultHandoverDays),
      notes: '',
    },
    validate: validateWith(handoverFields, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      const made = await create.mutateAsync({
        ...values,
        groupId: values.groupId ?? 0,
        roleId: values.roleId ?? 0,
        toPersonId: values.toPersonId ?? 0,
      })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
      onCreated?.(made.id)
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fields))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <GroupRoleFields
          fixedGroupId={groupId}
          groupId={form.values.groupId}
          roleId={form.values.roleId}
          errors={form.errors}
          onGroup={(next) => form.setFieldValue('groupId', next)}
          onRole={(next) => form.setFieldValue('roleId', next)}
        />
        <RecordPicker
          kind="person"
          label={t('stewardship.handovers.from')}
          placeholder={t('stewardship.handovers.nobody')}
          value={form.values.fromPersonId}
          onChange={(next) => form.setFieldValue('fromPersonId', next)}
          error={form.errors.fromPersonId as string | undefined}
        />
        <RecordPicker
          kind="person"
          label={t('stewardship.handovers.to')}
          placeholder={t('people.pickPerson')}
          required
          value={form.values.toPersonId}
          onChange={(next) => form.setFieldValue('toPersonId', next)}
          error={form.errors.toPersonId as string | undefined}
        />
        <TextInput type="date" label={t('stewardship.handovers.dueOn')} required {...form.getInputProps('dueOn')} />
        <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
