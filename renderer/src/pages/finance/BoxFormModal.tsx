import { Alert, Button, Group as Row, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input } from '../../../../shared/api'
import { boxFields, type CollectionBox } from '../../../../shared/api/finance'
import type { BoxStatus } from '../../../../shared/stewardship/boxes'
import { useApiMutation } from '../../api/client'
import { Fact } from '../../components/Fact'
import { placeServerError, validateWith } from '../../forms/validate'
import { AmountInput, amountValue } from './AmountInput'
import { boxStatusOptions } from './display'
import { GroupSelect } from './GroupSelect'

type Values = {
  groupId: number | null
  label: string
  status: BoxStatus
  lastCountedOn: string
  amount: number | string
  notes: string
}

const fieldNames = ['groupId', 'label', 'status', 'lastCountedOn', 'amount', 'notes']

type Props = {
  opened: boolean
  onClose: () => void
  /** Edit this box; without it, register a new one. */
  box?: CollectionBox
  /** A new box for this group (the group page); without it the user picks the group. */
  groupId?: number
  /** The group the picker starts on (the list's group filter). */
  defaultGroupId?: number
}

export function BoxFormModal({ opened, onClose, box, groupId, defaultGroupId }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={box ? t('finance.boxes.edit') : t('finance.boxes.new')}>
      <BoxForm onClose={onClose} box={box} groupId={groupId} defaultGroupId={defaultGroupId} />
    </Modal>
  )
}

const toInput = (values: Values): Input<'box-create'> => ({
  ...values,
  groupId: values.groupId as number,
  amount: amountValue(values.amount),
})

function BoxForm({ onClose, box, groupId, defaultGroupId }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('box-create')
  const update = useApiMutation('box-update')
  const [formError, setFormError] = useState<string | null>(null)
  const bySchema = validateWith(boxFields, t)
  const form = useForm<Values>({
    initialValues: {
      groupId: box?.groupId ?? groupId ?? defaultGroupId ?? null,
      label: box?.label ?? '',
      status: box?.status ?? 'in_use',
      lastCountedOn: box?.lastCountedOn ?? '',
      amount: box?.lastAmountMinor != null ? box.lastAmountMinor / 100 : '',
      notes: box?.notes ?? '',
    },
    validate: (values) => {
      const errors = bySchema(toInput(values))
      if (values.amount !== '' && !values.lastCountedOn) errors.lastCountedOn ??= t('finance.errors.amountNeedsDate')
      return errors
    },
  })

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      if (box) {
        await update.mutateAsync({ ...toInput(values), id: box.id })
        notifications.show({ message: t('common.saved'), color: 'green' })
      } else {
        await create.mutateAsync(toInput(values))
        notifications.show({ message: t('finance.boxes.created'), color: 'green' })
      }
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  const fixedGroup = box ? box.groupName : null
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        {fixedGroup ? (
          <Fact label={t('finance.boxes.group')}>{fixedGroup}</Fact>
        ) : groupId === undefined ? (
          <GroupSelect
            label={t('finance.boxes.group')}
            required
            value={form.values.groupId}
            onChange={(next) => form.setFieldValue('groupId', next)}
            error={form.errors.groupId as string | undefined}
          />
        ) : null}
        <TextInput label={t('finance.boxes.label')} required data-autofocus {...form.getInputProps('label')} />
        <Select
          label={t('finance.boxes.status')}
          data={boxStatusOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('finance.boxes.lastCountedOn')} {...form.getInputProps('lastCountedOn')} />
          <AmountInput
            label={t('finance.boxes.amountKroner')}
            {...form.getInputProps('amount')}
            error={form.errors.amount as string | undefined}
          />
        </SimpleGrid>
        {!box && (
          <Text size="xs" c="dimmed">
            {t('finance.boxes.amountHelp')}
          </Text>
        )}
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
