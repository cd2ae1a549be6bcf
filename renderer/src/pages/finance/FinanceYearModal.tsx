import {
  Alert,
  Button,
  Divider,
  Group as Row,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FinanceYear } from '../../../../shared/api/finance'
import { auditStatuses } from '../../../../shared/stewardship/finance'
import { RequestError, useApiMutation, useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { placeServerError } from '../../forms/validate'
import { treasurerNames, useUiLanguage } from './display'
import {
  auditorFieldOf,
  refusalText,
  tiesOfChoice,
  toFormValues,
  toSaveInput,
  validateFinanceForm,
  type AuditorMode,
  type FinanceFormValues,
} from './financeForm'
import { PersonPicker } from './PersonPicker'

type Props = { opened: boolean; onClose: () => void; groupId: number; groupName: string; year: number }

/** Edits one group's fiscal year. The form mounts fresh, with the saved year, each time the dialog opens. */
export function FinanceYearModal({ opened, onClose, groupId, groupName, year }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('finance.years.editTitle', { group: groupName, year })} size="lg">
      <FinanceYearLoader groupId={groupId} year={year} onClose={onClose} />
    </Modal>
  )
}

function FinanceYearLoader({ groupId, year, onClose }: { groupId: number; year: number; onClose: () => void }) {
  const financeYear = useApiQuery('finance-year-get', { groupId, year })
  // A refetch behind the open form re-renders it, but useForm reads its initial values only once.
  return (
    <QueryState query={financeYear}>{(data) => <FinanceYearForm financeYear={data} onClose={onClose} />}</QueryState>
  )
}

const fieldNames = [
  'cashBookReceivedOn',
  'annualReportReceivedOn',
  'activityReportReceivedOn',
  'auditorPersonId',
  'auditorName',
  'auditorContact',
  'auditorOverrideReason',
  'auditStatus',
  'auditAssignedOn',
  'auditDecidedOn',
  'auditRemarks',
  'notes',
]

export function FinanceYearForm({ financeYear, onClose }: { financeYear: FinanceYear; onClose: () => void }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const save = useApiMutation('finance-year-save')
  const [formError, setFormError] = useState<string | null>(null)
  const [serverRefused, setServerRefused] = useState(false)
  const { groupId, year, ties } = financeYear
  const form = useForm<FinanceFormValues>({
    initialValues: toFormValues(financeYear),
    validate: validateFinanceForm(t, { groupId, year, ties }),
  })
  const values = form.values
  const auditorField = auditorFieldOf(values)
  const [tie] = tiesOfChoice(values, ties, year)
  const reasonGiven = values.auditorOverrideReason.trim() !== ''
  const refused = Boolean(tie) || serverRefused
  const auditorError =
    (form.errors[auditorField] as string | undefined) ??
    (tie && !reasonGiven ? refusalText(tie, language, t) : undefined)

  const submit = form.onSubmit(async (submitted) => {
    setFormError(null)
    try {
      await save.mutateAsync(toSaveInput(submitted, groupId, year))
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      if (error instanceof RequestError && error.code === 'CONFLICT' && error.field === auditorField)
        setServerRefused(true)
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  const date = (field: keyof FinanceFormValues, label: string) => (
    <TextInput type="date" label={label} {...form.getInputProps(field)} />
  )
  const decided = ['approved', 'approved_with_remarks', 'rejected'].includes(values.auditStatus)

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Text size="sm">
          <Text span fw={600}>
            {t('finance.years.treasurers', { year })}:
          </Text>{' '}
          {financeYear.treasurers.length > 0 ? treasurerNames(financeYear) : t('finance.years.noTreasurer', { year })}
        </Text>
        <Title order={3} size="h5">
          {t('finance.form.reports')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {date('cashBookReceivedOn', t('finance.form.cashBookReceivedOn'))}
          {date('annualReportReceivedOn', t('finance.form.annualReportReceivedOn'))}
          {date('activityReportReceivedOn', t('finance.form.activityReportReceivedOn'))}
        </SimpleGrid>
        <Divider />
        <Title order={3} size="h5">
          {t('finance.form.auditorSection')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('finance.form.independenceRule', { year })}
        </Text>
        <div>
          <Text size="sm" fw={500} id="auditor-kind-label">
            {t('finance.form.auditorKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="auditor-kind-label"
            data={[
              { value: 'record', label: t('finance.form.inRecord') },
              { value: 'outside', label: t('finance.form.notInRecord') },
            ]}
            value={values.auditorMode}
            onChange={(mode) => {
              setServerRefused(false)
              form.setFieldValue('auditorMode', mode as AuditorMode)
            }}
          />
        </div>
        {values.auditorMode === 'record' ? (
          <PersonPicker
            label={t('finance.form.auditorPerson')}
            placeholder={t('finance.form.pickPerson')}
            value={values.auditorPersonId}
            initial={
              financeYear.auditorPersonId !== null && financeYear.auditorName
                ? { value: String(financeYear.auditorPersonId), label: financeYear.auditorName }
                : null
            }
            onChange={(next) => {
              setServerRefused(false)
              form.setFieldValue('auditorPersonId', next)
              form.clearFieldError('auditorPersonId')
            }}
            error={auditorError}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('finance.form.auditorName')}
              {...form.getInputProps('auditorName')}
              onChange={(event) => {
                setServerRefused(false)
                form.getInputProps('auditorName').onChange(event)
              }}
              error={auditorError}
            />
            <TextInput label={t('finance.form.auditorContact')} {...form.getInputProps('auditorContact')} />
          </SimpleGrid>
        )}
        {refused && reasonGiven && (
          <div role="status">
            <Text size="sm" c="orange.8">
              <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
              {t('finance.form.overrideAccepted')}
            </Text>
            {tie && (
              <Text size="xs" c="dimmed">
                {refusalText(tie, language, t)}
              </Text>
            )}
          </div>
        )}
        {refused && (
          <Textarea
            label={t('finance.form.overrideReason')}
            description={t('finance.form.overrideHelp')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('auditorOverrideReason')}
            onChange={(event) => {
              // A refusal from main stays under the auditor field until a reason answers it.
              form.clearFieldError(auditorField)
              form.getInputProps('auditorOverrideReason').onChange(event)
            }}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('finance.form.auditStatus')}
            data={auditStatuses.map((status) => ({ value: status, label: t(`finance.years.statuses.${status}`) }))}
            allowDeselect={false}
            {...form.getInputProps('auditStatus')}
          />
          {date('auditAssignedOn', t('finance.form.auditAssignedOn'))}
          <TextInput
            type="date"
            label={t('finance.form.auditDecidedOn')}
            required={decided}
            {...form.getInputProps('auditDecidedOn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('finance.form.auditRemarks')}
          required={values.auditStatus === 'approved_with_remarks' || values.auditStatus === 'rejected'}
          autosize
          minRows={2}
          maxRows={6}
          {...form.getInputProps('auditRemarks')}
        />
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
        <Row justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
