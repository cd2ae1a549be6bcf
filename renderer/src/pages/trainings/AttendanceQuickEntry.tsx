import {
  Button,
  Checkbox,
  Group as Row,
  ScrollArea,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrainingSessionDetail } from '../../../../shared/api/trainings'
import { useApiMutation, useApiQuery } from '../../api/client'
import { FormError } from '../../components/FormParts'
import { AttendanceBadge, useLocalName } from './display'
import { errorText } from './errors'
import { quickEntryCandidates, quickEntryEntries, type Candidate } from './quickEntry'

const listed = 100

/** Ticks people off a list (those who still need this training first) and records them all in one write. */
export function AttendanceQuickEntry({ session }: { session: TrainingSessionDetail }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search, 200)
  const needing = useApiQuery('training-compliance', { trainingTypeId: session.trainingTypeId, status: 'open' })
  const everyone = useApiQuery('person-list', { query, pageSize: listed })
  const save = useApiMutation('attendance-set')
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set())
  const [mark, setMark] = useState<'attended' | 'registered'>('attended')
  const [othersNoShow, setOthersNoShow] = useState(true)

  const { needing: first, others } = quickEntryCandidates({
    needing: needing.data ?? [],
    everyone: everyone.data?.rows ?? [],
    recorded: session.attendance,
    search: query,
  })
  const entries = quickEntryEntries({ ticked, mark, othersNoShow, recorded: session.attendance })
  const unticked = session.attendance.filter((entry) => entry.status === 'registered' && !ticked.has(entry.personId))

  const toggle = (personId: number, on: boolean) =>
    setTicked((previous) => {
      const next = new Set(previous)
      if (on) next.add(personId)
      else next.delete(personId)
      return next
    })

  const submit = () =>
    save.mutate(
      { sessionId: session.id, entries },
      {
        onSuccess: () => {
          notifications.show({ message: t('trainings.quick.saved', { count: entries.length }), color: 'green' })
          setTicked(new Set())
        },
      },
    )

  const renderCandidate = (candidate: Candidate) => (
    <Row key={candidate.personId} justify="space-between" wrap="nowrap" py={4}>
      <Checkbox
        checked={ticked.has(candidate.personId)}
        onChange={(event) => toggle(candidate.personId, event.currentTarget.checked)}
        label={candidate.name}
        description={
          candidate.needs.length > 0
            ? candidate.needs
                .map((row) => `${localName(row.roleNames)}, ${row.groupName}: ${t(`trainings.status.${row.status}`)}`)
                .join(' · ')
            : undefined
        }
      />
      {candidate.current && <AttendanceBadge status={candidate.current} />}
    </Row>
  )

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('trainings.quick.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('trainings.quick.help')}
      </Text>
      <Row align="end" wrap="wrap">
        <SegmentedControl
          value={mark}
          onChange={(value) => setMark(value as 'attended' | 'registered')}
          data={[
            { value: 'attended', label: t('trainings.quick.markAttended') },
            { value: 'registered', label: t('trainings.quick.markRegistered') },
          ]}
          aria-label={t('trainings.quick.mark')}
        />
        <TextInput
          aria-label={t('trainings.quick.search')}
          placeholder={t('trainings.quick.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={280}
        />
      </Row>
      <ScrollArea.Autosize mah={440} type="auto" offsetScrollbars>
        {first.length > 0 && (
          <>
            <Text fw={600} size="sm" mt="xs">
              {t('trainings.quick.needing')}
            </Text>
            {first.map(renderCandidate)}
          </>
        )}
        <Text fw={600} size="sm" mt="xs">
          {first.length > 0 ? t('trainings.quick.everyoneElse') : t('trainings.quick.everyone')}
        </Text>
        {others.length === 0 ? <Text c="dimmed">{t('common.noResults')}</Text> : others.map(renderCandidate)}
        {(everyone.data?.total ?? 0) > listed && (
          <Text size="sm" c="dimmed" mt="xs">
            {t('trainings.quick.narrow', { max: listed })}
          </Text>
        )}
      </ScrollArea.Autosize>
      {mark === 'attended' && unticked.length > 0 && (
        <Checkbox
          checked={othersNoShow}
          onChange={(event) => setOthersNoShow(event.currentTarget.checked)}
          label={t('trainings.quick.othersNoShow', { count: unticked.length })}
        />
      )}
      <FormError message={save.error ? errorText(save.error, t) : null} />
      <Row justify="flex-end">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('trainings.quick.ticked', { count: ticked.size })}
        </Text>
        <Button onClick={submit} disabled={entries.length === 0} loading={save.isPending}>
          {mark === 'attended' ? t('trainings.quick.saveAttended') : t('trainings.quick.saveRegistered')}
        </Button>
      </Row>
    </Stack>
  )
}
