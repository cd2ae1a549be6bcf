import { Alert, Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { boxCountFields, type CollectionBox } from '../../../../shared/api/finance'
import { localIsoDate } from '../../../../shared/dates'
import { useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'
import { AmountInput, amountValue } from './AmountInput'

type Props = { opened: boolean; onClose: () => void; box: CollectionBox }

/** Records an emptying or count: the date (today by default) and, if it was counted, the amount. */
export function BoxCountModal({ opened, onClose, box }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.boxes.countTitle', { label: box.label })}>
      <BoxCountForm onClose={onClose} box={box} />
    </Modal>
  )
}

function BoxCountForm({ onClose, box }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const count = useApiMutation('box-count')
  const [formError, setFormError] = useState<string | null>(null)
  const bySchema = validateWith(boxCountFields, t)
  const form = useForm<{ countedOn: string; amount: number | string }>({
    initialValues: { countedOn: localIsoDate(new Date()), amount: '' },
    validate: (values) => bySchema({ id: box.id, countedOn: values.countedOn, amount: amountValue(values.amount) }),
  })

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await count.mutateAsync({ id: box.id, countedOn: values.countedOn, amount: amountValue(values.amount) })
      notifications.show({ message: t('finance.boxes.counted'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, ['countedOn', 'amount']))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {box.groupName}
          {box.lastCountedOn && ` · ${t('finance.boxes.lastCountedOn')}: ${box.lastCountedOn}`}
        </Text>
        <TextInput
          type="date"
          label={t('finance.boxes.countedOn')}
          required
          data-autofocus
          {...form.getInputProps('countedOn')}
        />
        <AmountInput
          label={t('finance.boxes.amountKroner')}
          description={t('finance.boxes.amountHelp')}
          {...form.getInputProps('amount')}
          error={form.errors.amount as string | undefined}
        />
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={count.isPending}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
