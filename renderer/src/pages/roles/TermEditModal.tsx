import { Alert, Button, Checkbox, Group as Row, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { termUpdateInput, type RoleTerm } from '../../../../shared/api/roles'
import type { TermEndReason } from '../../../../shared/stewardship/terms'
import { useApiMutation } from '../../api/client'
import { validateWith } from '../../forms/validate'
import { endReasonOptions, placeTermError } from './termForms'

type Props = { opened: boolean; onClose: () => void; term: RoleTerm | null }
type Values = { from: string; to: string; endReason: TermEndReason | null; note: string; allowCombined: boolean }

/** Corrects a term's dates, reason or note; the same rules as for a new term apply. */
export function TermEditModal({ opened, onClose, term }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={term ? t('stewardship.terms.correctTitle', { person: term.personName }) : ''}
    >
      {term && <TermEditForm onClose={onClose} term={term} />}
    </Modal>
  )
}

function TermEditForm({ onClose, term }: { onClose: () => void; term: RoleTerm }) {
  const { t } = useTranslation()
  const update = useApiMutation('role-term-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: {
      from: term.from,
      to: term.to ?? '',
      endReason: term.endReason,
      note: term.note ?? '',
      allowCombined: false,
    },
    validate: (values) => validateWith(termUpdateInput, t)({ ...values, id: term.id }),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: term.id, ...values })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeTermError(error, t, form.setFieldError, ['from', 'to', 'endReason', 'note', 'allowCombined']))
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
        <Row grow>
          <TextInput type="date" label={t('stewardship.terms.from')} required {...form.getInputProps('from')} />
          <TextInput type="date" label={t('stewardship.terms.to')} {...form.getInputProps('to')} />
        </Row>
        {form.values.to && (
          <Select
            label={t('stewardship.terms.endReason')}
            data={endReasonOptions(t)}
            value={form.values.endReason ?? 'other'}
            onChange={(next) => form.setFieldValue('endReason', (next as TermEndReason | null) ?? 'other')}
            allowDeselect={false}
          />
        )}
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
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
