import { Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { z } from 'zod'
import { personFields, type Person } from '../../../shared/api/people'
import { useApiMutation, useApiQuery } from '../api/client'
import { FormActions, FormError } from '../components/FormParts'
import { placeServerError, validateWith } from '../forms/validate'

type Values = { name: string; email: string; phone: string; notes: string }
const blank: Values = { name: '', email: '', phone: '', notes: '' }
const toValues = (person?: Person): Values =>
  person
    ? { name: person.name, email: person.email ?? '', phone: person.phone ?? '', notes: person.notes ?? '' }
    : blank

type Props = { opened: boolean; onClose: () => void; person?: Person }

/** Creates a person, or edits one when `person` is given; warns (does not refuse) when the email is taken. */
export function PersonFormModal({ opened, onClose, person }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={person ? t('people.edit') : t('people.new')} size="lg">
      <PersonForm onClose={onClose} person={person} />
    </Modal>
  )
}

function PersonForm({ onClose, person }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useApiMutation('person-create')
  const update = useApiMutation('person-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({ initialValues: toValues(person), validate: validateWith(personFields, t) })
  const [email] = useDebouncedValue(form.values.email.trim(), 300)
  const emailLooksValid = z.email().safeParse(email).success
  const sameEmail = useApiQuery('person-find-by-email', { email, excludeId: person?.id }, { enabled: emailLooksValid })
  const duplicates = emailLooksValid ? (sameEmail.data ?? []) : []

  const submit = form.onSubmit(async (values) => {
    try {
      if (person) {
        await update.mutateAsync({ ...values, id: person.id })
        notifications.show({ message: t('common.saved'), color: 'green' })
        onClose()
      } else {
        const created = await create.mutateAsync(values)
        notifications.show({ message: t('people.created'), color: 'green' })
        onClose()
        navigate(`/people/${created.id}`)
      }
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, Object.keys(blank)))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('people.minimumData')}
        </Text>
        <FormError message={formError} />
        <TextInput label={t('people.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput
          label={t('people.email')}
          type="email"
          {...form.getInputProps('email')}
          description={
            duplicates.length > 0 ? (
              <Text span size="xs" c="orange.8" role="status">
                {t('people.duplicateEmail', { names: duplicates.map((match) => match.name).join(', ') })}
              </Text>
            ) : undefined
          }
        />
        <TextInput label={t('people.phone')} type="tel" {...form.getInputProps('phone')} />
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  )
}
