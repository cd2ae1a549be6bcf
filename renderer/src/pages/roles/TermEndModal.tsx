import { Alert, Button, Checkbox, Group as Row, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { localIsoDate } from '../../../../shared/dates'
import type { RoleTerm } from '../../../../shared/api/roles'
import { addDays, defaultHandoverDays } from '../../../../shared/stewardship/handovers'
import { termEndReasons, type TermEndReason } from '../../../../shared/stewardship/terms'
import { id, isoDate, optionalIsoDate, optionalText } from '../../../../shared/validation'
import { useApiMutation } from '../../api/client'
import { RecordPicker } from '../../components/RecordPicker'
import { validateWith } from '../../forms/validate'
import { endReasonOptions, placeTermError } from './termForms'

type Props = { opened: boolean; onClose: () => void; term: RoleTerm | null }

type Values = {
  to: string
  endReason: TermEndReason
  note: string
  withHandover: boolean
  successorId: number | null
  dueOn: string
}

const schema = z
  .object({
    to: isoDate,
    endReason: z.enum(termEndReasons),
    note: optionalText(1000),
    withHandover: z.boolean(),
    successorId: id.nullable(),
    dueOn: optionalIsoDate,
  })
  .superRefine((value, context) => {
    if (!value.withHandover) return
    if (value.successorId === null)
      context.addIssue({ code: 'custom', path: ['successorId'], message: 'validation.required' })
    if (value.dueOn === null) context.addIssue({ code: 'custom', path: ['dueOn'], message: 'validation.required' })
  })

/** A holder steps down; an elected holder's leaving may come with a handover to a successor. */
export function TermEndModal({ opened, onClose, term }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={term ? t('stewardship.terms.endTitle', { person: term.personName }) : ''}
    >
      {term && <TermEndForm onClose={onClose} term={term} />}
    </Modal>
  )
}

function TermEndForm({ onClose, term }: { onClose: () => void; term: RoleTerm }) {
  const { t } = useTranslation()
  const end = useApiMutation('role-term-end')
  const [formError, setFormError] = useState<string | null>(null)
  const today = localIsoDate(new Date())
  const firstPossible = addDays(term.from, 1)
  const initialTo = today > term.from ? today : firstPossible
  const form = useForm<Values>({
    initialValues: {
      to: initialTo,
      endReason: 'stepped_down',
      note: '',
      withHandover: false,
      successorId: null,
      dueOn: addDays(initialTo, defaultHandoverDays),
    },
    validate: validateWith(schema, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      await end.mutateAsync({
        id: term.id,
        to: values.to,
        endReason: values.endReason,
        note: values.note,
        handover:
          values.withHandover && values.successorId !== null
            ? { toPersonId: values.successorId, dueOn: values.dueOn }
            : null,
      })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(
        placeTermError(error, t, form.setFieldError, ['to', 'endReason', 'note'], {
          'handover.toPersonId': 'successorId',
          'handover.dueOn': 'dueOn',
        }),
      )
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
        <TextInput
          type="date"
          label={t('stewardship.terms.endOn')}
          description={t('stewardship.terms.endOnHelp')}
          required
          min={firstPossible}
          {...form.getInputProps('to')}
        />
        <Select
          label={t('stewardship.terms.endReason')}
          data={endReasonOptions(t)}
          allowDeselect={false}
          {...form.getInputProps('endReason')}
        />
        <Textarea label={t('stewardship.terms.note')} autosize minRows={2} {...form.getInputProps('note')} />
        {term.startKind === 'elected' && (
          <>
            <Checkbox
              label={t('stewardship.terms.handoverToSuccessor')}
              {...form.getInputProps('withHandover', { type: 'checkbox' })}
            />
            {form.values.withHandover && (
              <>
                <RecordPicker
                  kind="person"
                  label={t('stewardship.terms.successor')}
                  placeholder={t('people.pickPerson')}
                  required
                  value={form.values.successorId}
                  onChange={(next) => form.setFieldValue('successorId', next)}
                  error={form.errors.successorId as string | undefined}
                />
                <TextInput
                  type="date"
                  label={t('stewardship.terms.handoverDue')}
                  required
                  {...form.getInputProps('dueOn')}
                />
              </>
            )}
          </>
        )}
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={end.isPending}>
            {t('stewardship.terms.endTerm')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
