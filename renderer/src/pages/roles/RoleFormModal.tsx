import {
  Alert,
  Button,
  Checkbox,
  Group as Row,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { roleFields, type Role } from '../../../../shared/api/roles'
import { useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'

type Props = { opened: boolean; onClose: () => void; role?: Role; nextOrder: number }
type Values = Omit<Role, 'id' | 'key'>

const fieldNames = ['names.nb', 'names.sv', 'names.en', 'requirement', 'selection', 'electionOrder', 'seats']

/** A new custom role, or a role's names and settings (a preset role's key stays). */
export function RoleFormModal({ opened, onClose, role, nextOrder }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={role ? t('stewardship.catalogue.editRole') : t('stewardship.catalogue.newRole')}
      size="lg"
    >
      <RoleForm onClose={onClose} role={role} nextOrder={nextOrder} />
    </Modal>
  )
}

function RoleForm({ onClose, role, nextOrder }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const create = useApiMutation('role-create')
  const update = useApiMutation('role-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: role
      ? { ...role }
      : {
          names: { nb: '', sv: '', en: '' },
          requirement: 'should',
          selection: 'elected',
          electionOrder: nextOrder,
          seats: 1,
          combinable: false,
          active: true,
        },
    validate: validateWith(roleFields, t),
  })

  const submit = form.onSubmit(async (values) => {
    try {
      if (role) await update.mutateAsync({ ...values, id: role.id })
      else await create.mutateAsync(values)
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
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
        <TextInput label={t('stewardship.catalogue.nameNb')} required {...form.getInputProps('names.nb')} />
        <TextInput label={t('stewardship.catalogue.nameSv')} required {...form.getInputProps('names.sv')} />
        <TextInput label={t('stewardship.catalogue.nameEn')} required {...form.getInputProps('names.en')} />
        <SimpleGrid cols={2}>
          <Select
            label={t('stewardship.catalogue.requirement')}
            data={(['must', 'should'] as const).map((value) => ({
              value,
              label: t(`stewardship.catalogue.requirements.${value}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('requirement')}
          />
          <Select
            label={t('stewardship.catalogue.selection')}
            data={(['elected', 'appointed'] as const).map((value) => ({
              value,
              label: t(`stewardship.catalogue.selections.${value}`),
            }))}
            allowDeselect={false}
            {...form.getInputProps('selection')}
          />
          <NumberInput
            label={t('stewardship.catalogue.electionOrder')}
            description={t('stewardship.catalogue.electionOrderHelp')}
            min={1}
            max={999}
            allowDecimal={false}
            {...form.getInputProps('electionOrder')}
          />
          <NumberInput
            label={t('stewardship.catalogue.seats')}
            description={t('stewardship.catalogue.seatsHelp')}
            min={1}
            max={20}
            allowDecimal={false}
            {...form.getInputProps('seats')}
          />
        </SimpleGrid>
        <Checkbox
          label={t('stewardship.catalogue.combinable')}
          {...form.getInputProps('combinable', { type: 'checkbox' })}
        />
        <Checkbox label={t('stewardship.catalogue.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
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
