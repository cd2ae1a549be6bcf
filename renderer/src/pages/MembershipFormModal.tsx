import { Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { localIsoDate } from '../../../shared/dates'
import type { Membership } from '../../../shared/api/memberships'
import { id, isoDate, optionalIsoDate } from '../../../shared/validation'
import { useApiMutation } from '../api/client'
import { RecordPicker } from '../components/RecordPicker'
import { FormActions, FormError } from '../components/FormParts'
import { placeServerError, validateWith } from '../forms/validate'

export type MembershipOwner = { groupId: number } | { personId: number }

const newMembership = z
  .object({ otherId: id, from: isoDate, to: optionalIsoDate })
  .refine((value) => !value.to || value.to >= value.from, { message: 'validation.endBeforeStart', path: ['to'] })
const endMembership = z
  .object({ from: isoDate, to: isoDate })
  .refine((value) => value.to >= value.from, { message: 'validation.endBeforeStart', path: ['to'] })

type Values = { otherId: number | null; from: string; to: string }

type Props = { opened: boolean; onClose: () => void; owner: MembershipOwner; ending?: Membership }

/** Adds a membership (picking the person or the group), or ends one when `ending` is given. */
export function MembershipFormModal({ opened, onClose, owner, ending }: Props) {
  const { t } = useTranslation()
  const forGroup = 'groupId' in owner
  const title = ending ? t('people.end') : forGroup ? t('groups.addMember') : t('people.addMembership')
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <MembershipForm onClose={onClose} owner={owner} ending={ending} />
    </Modal>
  )
}

function MembershipForm({ onClose, owner, ending }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('membership-create')
  const update = useApiMutation('membership-update')
  const [formError, setFormError] = useState<string | null>(null)
  const forGroup = 'groupId' in owner
  const form = useForm<Values>({
    initialValues: ending
      ? { otherId: null, from: ending.from, to: localIsoDate(new Date()) }
      : { otherId: null, from: localIsoDate(new Date()), to: '' },
    validate: validateWith(ending ? endMembership : newMembership, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      if (ending) await update.mutateAsync({ id: ending.id, from: values.from, to: values.to })
      else {
        const otherId = values.otherId ?? 0
        await create.mutateAsync({
          personId: forGroup ? otherId : owner.personId,
          groupId: forGroup ? owner.groupId : otherId,
          from: values.from,
          to: values.to || null,
        })
      }
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, ['from', 'to']))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {!ending && (
          <RecordPicker
            kind={forGroup ? 'person' : 'group'}
            label={forGroup ? t('people.person') : t('people.group')}
            placeholder={forGroup ? t('people.pickPerson') : t('people.pickGroup')}
            required
            value={form.values.otherId}
            onChange={(next) => form.setFieldValue('otherId', next)}
            error={form.errors.otherId as string | undefined}
          />
        )}
        <TextInput
          type="date"
          label={t('people.from')}
          required
          disabled={Boolean(ending)}
          {...form.getInputProps('from')}
        />
        <TextInput
          type="date"
          label={ending ? t('people.endOn') : t('people.to')}
          required={Boolean(ending)}
          {...form.getInputProps('to')}
        />
        <FormActions onCancel={onClose} saving={create.isPending || update.isPending} />
      </Stack>
    </form>
  )
}
