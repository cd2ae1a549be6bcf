import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group as Row,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconAlertTriangle, IconTrash, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { api } from '../../../../shared/api'
import type { CandidateRecord, ContestRecord } from '../../../../shared/api/elections'
import { useApiMutation } from '../../api/client'
import { RecordPicker } from '../../components/RecordPicker'
import { placeServerError, validateWith } from '../../forms/validate'
import { useUiLanguage } from './display'
import { listNames } from './contestText'
import { useAction } from './useAction'

type Props = {
  contest: ContestRecord
  /** The role names of the election's contests in nb, as `alreadyElectedTo` gives them, to show in the UI language. */
  roleNameInUi: (nbName: string) => string
}

/** Who stands, in the order they present themselves; fixed once the first round is recorded. */
export function CandidatesSection({ contest, roleNameInUi }: Props) {
  const { t } = useTranslation()
  const locked = contest.status === 'confirmed' || contest.rounds.length > 0
  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('elections.candidates.title')}
      </Title>
      {contest.candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('elections.candidates.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {contest.candidates.map((candidate) => (
            <CandidateLine key={candidate.id} candidate={candidate} locked={locked} roleNameInUi={roleNameInUi} />
          ))}
        </Stack>
      )}
      {locked ? (
        contest.status === 'open' && (
          <Text size="xs" c="dimmed">
            {t('elections.candidates.locked')}
          </Text>
        )
      ) : (
        <AddCandidateForm contest={contest} />
      )}
    </Stack>
  )
}

function CandidateLine({
  candidate,
  locked,
  roleNameInUi,
}: {
  candidate: CandidateRecord
  locked: boolean
  roleNameInUi: (nbName: string) => string
}) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const withdraw = useAction('candidate-set-withdrawn')
  const remove = useAction('candidate-remove')
  const error = withdraw.error ?? remove.error
  return (
    <li>
      <Row gap="xs" wrap="wrap">
        <Anchor
          component={Link}
          to={`/people/${candidate.personId}`}
          td={candidate.withdrawn ? 'line-through' : undefined}
        >
          {candidate.name}
        </Anchor>
        {candidate.withdrawn && (
          <Badge color="gray" variant="outline">
            {t('elections.candidates.withdrawn')}
          </Badge>
        )}
        {candidate.alreadyElectedTo.length > 0 && (
          <Badge color="yellow" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
            {t('elections.candidates.alreadyElected', {
              roles: listNames(candidate.alreadyElectedTo.map(roleNameInUi), language),
            })}
          </Badge>
        )}
        {!locked && (
          <Row gap={4} ml="auto">
            <Button
              size="compact-xs"
              variant="subtle"
              loading={withdraw.pending}
              onClick={() => void withdraw.run({ id: candidate.id, withdrawn: !candidate.withdrawn })}
              aria-label={
                candidate.withdrawn
                  ? t('elections.candidates.standsAgainFor', { name: candidate.name })
                  : t('elections.candidates.withdrawFor', { name: candidate.name })
              }
            >
              {candidate.withdrawn ? t('elections.candidates.standsAgain') : t('elections.candidates.withdraw')}
            </Button>
            <ActionIcon
              variant="subtle"
              color="red"
              loading={remove.pending}
              onClick={() => void remove.run({ id: candidate.id })}
              aria-label={t('elections.candidates.removeFor', { name: candidate.name })}
              title={t('elections.candidates.removeFor', { name: candidate.name })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Row>
        )}
      </Row>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </li>
  )
}

type AddValues = { mode: 'existing' | 'new'; personId: number | null; newPersonName: string }
const [existingSchema, newSchema] = api['candidate-add'].input.options

/** An existing person, or a name typed in: the person is created on the spot, details can come later. */
function AddCandidateForm({ contest }: { contest: ContestRecord }) {
  const { t } = useTranslation()
  const add = useApiMutation('candidate-add')
  const [formError, setFormError] = useState<string | null>(null)
  const [pickerKey, setPickerKey] = useState(0)
  const form = useForm<AddValues>({
    initialValues: { mode: 'existing', personId: null, newPersonName: '' },
    validate: (values) =>
      values.mode === 'existing'
        ? validateWith(existingSchema, t)({ contestId: contest.id, personId: values.personId })
        : validateWith(newSchema, t)({ contestId: contest.id, newPersonName: values.newPersonName }),
  })
  const role = contest.roleNames[useUiLanguage()]

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await add.mutateAsync(
        values.mode === 'existing'
          ? { contestId: contest.id, personId: values.personId ?? 0 }
          : { contestId: contest.id, newPersonName: values.newPersonName },
      )
      form.setValues({ personId: null, newPersonName: '' })
      setPickerKey((key) => key + 1)
    } catch (error) {
      const field = values.mode === 'existing' ? 'personId' : 'newPersonName'
      // The server names `personId` for a person already standing, whichever way they were entered.
      setFormError(
        placeServerError(error, t, (_field, message) => form.setFieldError(field, message), [
          'personId',
          'newPersonName',
        ]),
      )
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-label={t('elections.candidates.addFor', { role })}>
      <Stack gap={6}>
        {formError && (
          <Alert color="red" role="alert" py={6}>
            {formError}
          </Alert>
        )}
        <Row align="end" gap="xs" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('elections.candidates.howToAdd')}
            data={[
              { value: 'existing', label: t('elections.candidates.existing') },
              { value: 'new', label: t('elections.candidates.newPerson') },
            ]}
            value={form.values.mode}
            onChange={(mode) => {
              form.setFieldValue('mode', mode as AddValues['mode'])
              form.clearErrors()
            }}
            mb={4}
          />
          <div style={{ flex: '1 1 220px' }}>
            {form.values.mode === 'existing' ? (
              <RecordPicker
                key={pickerKey}
                kind="person"
                label={t('elections.candidates.person')}
                placeholder={t('people.pickPerson')}
                value={form.values.personId}
                onChange={(next) => form.setFieldValue('personId', next)}
                error={form.errors.personId as string | undefined}
              />
            ) : (
              <TextInput label={t('elections.candidates.newName')} {...form.getInputProps('newPersonName')} />
            )}
          </div>
          <Button type="submit" variant="light" leftSection={<IconUserPlus size={16} />} loading={add.isPending}>
            {t('elections.candidates.add')}
          </Button>
        </Row>
      </Stack>
    </form>
  )
}
