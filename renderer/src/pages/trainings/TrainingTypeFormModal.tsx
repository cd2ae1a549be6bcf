import { Modal, NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/api/settings'
import { trainingTypeFields, type Names, type TrainingType } from '../../../../shared/api/trainings'
import { useApiMutation } from '../../api/client'
import { FormActions, FormError } from '../../components/FormParts'
import { placeServerError, validateWith } from '../../forms/validate'
import { useUiLanguage } from './display'

type Values = { names: Names; validityMonths: number | string; active: boolean }
const fieldNames = ['names.nb', 'names.sv', 'names.en', 'validityMonths', 'active']

/** A name left blank takes the one in the UI language, or else the first one given: few leaders type three. */
export function fillNames(names: Names, first: Language): Names {
  const order: Language[] = [first, 'nb', 'sv', 'en']
  const given = order.map((language) => names[language].trim()).find(Boolean) ?? ''
  return {
    nb: names.nb.trim() || given,
    sv: names.sv.trim() || given,
    en: names.en.trim() || given,
  }
}

const toInput = (values: Values, language: Language) => ({
  names: fillNames(values.names, language),
  validityMonths: values.validityMonths === '' ? null : Number(values.validityMonths),
})

type Props = { opened: boolean; onClose: () => void; type?: TrainingType }

export function TrainingTypeFormModal({ opened, onClose, type }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={type ? t('trainings.types.edit') : t('trainings.types.new')}>
      <TrainingTypeForm onClose={onClose} type={type} />
    </Modal>
  )
}

function TrainingTypeForm({ onClose, type }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const create = useApiMutation('training-type-create')
  const update = useApiMutation('training-type-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: {
      names: type?.names ?? { nb: '', sv: '', en: '' },
      validityMonths: type?.validityMonths ?? '',
      active: type?.active ?? true,
    },
    validate: (values) => validateWith(trainingTypeFields, t)(toInput(values, language)),
  })

  const submit = form.onSubmit(async (values) => {
    const input = toInput(values, language)
    try {
      if (type) await update.mutateAsync({ ...input, id: type.id, active: values.active })
      else await create.mutateAsync(input)
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <Text size="sm" c="dimmed">
          {t('trainings.types.namesHelp')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput label={t('trainings.types.nameNb')} data-autofocus {...form.getInputProps('names.nb')} />
          <TextInput label={t('trainings.types.nameSv')} {...form.getInputProps('names.sv')} />
          <TextInput label={t('trainings.types.nameEn')} {...form.getInputProps('names.en')} />
        </SimpleGrid>
        <NumberInput
          label={t('trainings.types.validity')}
          description={t('trainings.types.validityHelp')}
          min={1}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('validityMonths')}
        />
        {type && <Switch label={t('trainings.types.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
        <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  )
}
