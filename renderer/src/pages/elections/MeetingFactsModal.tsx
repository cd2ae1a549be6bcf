import {
  Alert,
  Button,
  Group as Row,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { electionFacts, type ElectionDetail, type PersonRef } from '../../../../shared/api/elections'
import { meetingPlatforms, type MeetingPlatform } from '../../../../shared/api/groups'
import { noticeChannels, type NoticeChannel } from '../../../../shared/elections/lifecycle'
import { useApiMutation } from '../../api/client'
import { RecordPicker } from '../../components/RecordPicker'
import { placeServerError, validateWith } from '../../forms/validate'

type Values = {
  meetingAt: string
  platform: MeetingPlatform | null
  place: string
  noticeChannel: NoticeChannel | null
  candidacyDeadline: string
  chairId: number | null
  minuteTakerId: number | null
  approver1Id: number | null
  approver2Id: number | null
  votersPresent: number | string
  notes: string
}

const people = ['chairId', 'minuteTakerId', 'approver1Id', 'approver2Id'] as const
type PersonField = (typeof people)[number]
const personOf: Record<PersonField, 'chair' | 'minuteTaker' | 'approver1' | 'approver2'> = {
  chairId: 'chair',
  minuteTakerId: 'minuteTaker',
  approver1Id: 'approver1',
  approver2Id: 'approver2',
}

const toValues = (election: ElectionDetail): Values => ({
  meetingAt: election.meetingAt ?? '',
  platform: election.platform,
  place: election.place ?? '',
  noticeChannel: election.noticeChannel,
  candidacyDeadline: election.candidacyDeadline ?? '',
  chairId: election.chair?.id ?? null,
  minuteTakerId: election.minuteTaker?.id ?? null,
  approver1Id: election.approver1?.id ?? null,
  approver2Id: election.approver2?.id ?? null,
  votersPresent: election.votersPresent ?? '',
  notes: election.notes ?? '',
})
const fieldNames = [
  'meetingAt',
  'platform',
  'place',
  'noticeChannel',
  'candidacyDeadline',
  ...people,
  'votersPresent',
  'notes',
] satisfies (keyof Values)[]

const toInput = (values: Values) => ({
  ...values,
  votersPresent: values.votersPresent === '' ? null : Number(values.votersPresent),
})

/** The day before the meeting: the guide's example of a candidacy deadline. */
export function dayBefore(meetingAt: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T/.exec(meetingAt)
  if (!match) return null
  const date = new Date(`${match[1]}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

type Props = { opened: boolean; onClose: () => void; election: ElectionDetail }

/** When and where the meeting is, how it was called, and who chairs, writes and approves the minutes. */
export function MeetingFactsModal({ opened, onClose, election }: Props) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={t('elections.facts.edit')} size="xl">
      <MeetingFactsForm onClose={onClose} election={election} />
    </Modal>
  )
}

function MeetingFactsForm({ onClose, election }: Omit<Props, 'opened'>) {
  const { t } = useTranslation()
  const update = useApiMutation('election-update')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: toValues(election),
    validate: (values) => validateWith(electionFacts, t)(toInput(values)),
  })
  const suggestedDeadline = dayBefore(form.values.meetingAt)

  const submit = form.onSubmit(async (values) => {
    try {
      await update.mutateAsync({ id: election.id, ...toInput(values) })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  const personPicker = (field: PersonField) => {
    const initial: PersonRef | null = election[personOf[field]]
    return (
      <RecordPicker
        key={field}
        kind="person"
        label={t(`elections.facts.${personOf[field]}`)}
        // The picker only knows the people of its current search; the saved person is named here.
        placeholder={initial && form.values[field] === initial.id ? initial.name : t('people.pickPerson')}
        value={form.values[field]}
        onChange={(next) => form.setFieldValue(field, next)}
        error={form.errors[field] as string | undefined}
      />
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            type="datetime-local"
            label={t('elections.facts.meetingAt')}
            data-autofocus
            {...form.getInputProps('meetingAt')}
          />
          <Select
            label={t('elections.facts.platform')}
            data={meetingPlatforms.map((platform) => ({ value: platform, label: t(`groups.platforms.${platform}`) }))}
            clearable
            {...form.getInputProps('platform')}
          />
          <TextInput label={t('elections.facts.place')} {...form.getInputProps('place')} />
          <Select
            label={t('elections.facts.noticeChannel')}
            data={noticeChannels.map((channel) => ({
              value: channel,
              label: t(`elections.noticeChannels.${channel}`),
            }))}
            clearable
            {...form.getInputProps('noticeChannel')}
          />
          <Stack gap={4}>
            <TextInput
              type="date"
              label={t('elections.facts.candidacyDeadline')}
              description={t('elections.facts.deadlineHint')}
              {...form.getInputProps('candidacyDeadline')}
            />
            {suggestedDeadline && form.values.candidacyDeadline !== suggestedDeadline && (
              <Button
                size="compact-xs"
                variant="subtle"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.setFieldValue('candidacyDeadline', suggestedDeadline)}
              >
                {t('elections.facts.useDayBefore', { date: suggestedDeadline })}
              </Button>
            )}
          </Stack>
          <NumberInput
            label={t('elections.facts.votersPresent')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('votersPresent')}
          />
          {people.map(personPicker)}
        </SimpleGrid>
        <Textarea label={t('common.notes')} autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
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
