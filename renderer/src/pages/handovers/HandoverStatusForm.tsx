import { Alert, Button, Group as Row, Select, Stack, Textarea, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { handoverUpdateInput, type HandoverDetail } from '../../../../shared/api/roles'
import { handoverStatuses, statusReasonAfter, type HandoverStatus } from '../../../../shared/stewardship/handovers'
import { useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'

type Values = { status: HandoverStatus; statusReason: string; dueOn: string; notes: string }
const fields = ['status', 'statusReason', 'dueOn', 'notes']

/** Status (a waived handover says why), due date and notes. */
export function HandoverStatusForm({ handover }: { handover: HandoverDetail }) {
  const { t } = useTranslation()
  const update = useApiMutation('handover-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: {
      status: handover.status,
      statusReason: handover.statusReason ?? '',
      dueOn: handover.dueOn,
      notes: handover.notes ?? '',
    },
    validate: (values) => {
      const errors: Record<string, string> = validateWith(handoverUpdateInput, t)({ ...values, id: handover.id })
      // The same rule main keeps, checked here first so the field says it before any round trip.
      if (statusReasonAfter(values.status, values.statusReason) === 'missing')
        errors.statusReason ??= t('stewardship.errors.reasonRequired')
      return errors
    },
  })

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await update.mutateAsync({ id: handover.id, ...values })
      notifications.show({ message: t('common.saved'), color: 'green' })
      form.resetDirty()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fields))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t('stewardship.handovers.change')}
        </Title>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Row grow align="flex-start">
          <Select
            label={t('stewardship.handovers.status')}
            data={handoverStatuses.map((value) => ({ value, label: t(`stewardship.handovers.statuses.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <TextInput type="date" label={t('stewardship.handovers.dueOn')} required {...form.getInputProps('dueOn')} />
        </Row>
        {form.values.status === 'waived' && (
          <TextInput
            label={t('stewardship.handovers.reason')}
            description={t('stewardship.handovers.reasonHelp')}
            required
            {...form.getInputProps('statusReason')}
          />
        )}
        <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <Row justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
