import {
  Button,
  Checkbox,
  Group as Row,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localIsoDate } from '../../../../shared/dates'
import { termCreateInput } from '../../../../shared/api/roles'
import type { TermStartKind } from '../../../../shared/stewardship/terms'
import { useApiMutation } from '../../api/client'
import { FormError } from '../../components/FormParts'
import { GroupRoleFields } from './GroupRoleFields'
import { RecordPicker } from '../../components/RecordPicker'
import { validateWith } from '../../forms/validate'
import { placeTermError } from './termForms'

type Props = { opened: boolean; onClose: () => void; groupId?: number; roleId?: number }

type Values = {
  groupId: number | null
  roleId: number | null
  personId: number | null
  from: string
  to: string
  startKind: TermStartKind
  note: string
  allowCombined: boolean
}

const fields = ['groupId', 'roleId', 'personId', 'from', 'to', 'startKind', 'note', 'allowCombined']

/** An appointment or an interim holder between elections (or a term from before the record). */
export function TermCreateModal({ opened, onClose, groupId, roleId }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('stewardship.terms.appointTitle')}>
      <TermCreateForm onClose={onClose} groupId={groupId} roleId={roleId} />
    </Modal>
  )
}

function TermCreateForm({ onClose, groupId, roleId }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('role-term-create')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: {
      groupId: groupId ?? null,
      roleId: roleId ?? null,
      personId: null,
      from: localIsoDate(new Date()),
      to: '',
      startKind: 'appointed',
      note: '',
      allowCombined: false,
    },
    validate: validateWith(termCreateInput, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync({
        ...values,
        groupId: values.groupId ?? 0,
        roleId: values.roleId ?? 0,
        personId: values.personId ?? 0,
      })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeTermError(error, t, form.setFieldError, fields))
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
          label={t('stewardship.roles.person')}
          placeholder={t('people.pickPerson')}
          required
          value={form.values.personId}
          onChange={(next) => form.setFieldValue('personId', next)}
          error={form.errors.personId as string | undefined}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('stewardship.terms.startKind')}
          </Text>
          <SegmentedControl
            aria-label={t('stewardship.terms.startKind')}
            data={(['appointed', 'interim', 'elected'] as const).map((value) => ({
              value,
              label: t(`stewardship.terms.startKinds.${value}`),
            }))}
            {...form.getInputProps('startKind')}
          />
          {form.values.startKind === 'elected' && (
            <Text size="xs" c="dimmed">
              {t('stewardship.terms.kindHelp')}
            </Text>
          )}
        </Stack>
        <Row grow>
          <TextInput type="date" label={t('stewardship.terms.from')} required {...form.getInputProps('from')} />
          <TextInput type="date" label={t('stewardship.terms.to')} {...form.getInputProps('to')} />
        </Row>
        <Textarea label={t('stewardship.terms.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {(form.errors.allowCombined || form.values.allowCombined) && (
          <Checkbox
            label={t('stewardship.terms.allowCombined')}
            {...form.getInputProps('allowCombined', { type: 'checkbox' })}
          />
        )}
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
