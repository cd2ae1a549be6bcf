import {
  Alert,
  Box,
  Button,
  Card,
  Group as Row,
  List,
  Menu,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconArrowBackUp, IconChevronDown, IconCircle, IconCircleCheck, IconPointFilled } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ElectionDetail } from '../../../../shared/api/elections'
import { api } from '../../../../shared/api'
import { localIsoDate } from '../../../../shared/dates'
import type { ElectionState } from '../../../../shared/elections/lifecycle'
import { RequestError, useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'
import { earlierStates, laterStates, stepsOf, type Step } from './progress'

/** Moves that need a meeting fact first name it in `field`; the alert then offers to fill it in. */
const factFields = ['meetingAt', 'noticeChannel', 'candidacyDeadline']

type Props = { election: ElectionDetail; onEditFacts: () => void }

/** The seven states with the date each was reached, the move forward or back, and the history of moves. */
export function ElectionProgress({ election, onEditFacts }: Props) {
  const { t } = useTranslation()
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('elections.progress.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <StepList steps={stepsOf(election)} />
        <Stack>
          <MoveForm key={election.state} election={election} onEditFacts={onEditFacts} />
          <History events={election.events} />
        </Stack>
      </SimpleGrid>
    </Card>
  )
}

function StepList({ steps }: { steps: Step[] }) {
  const { t } = useTranslation()
  return (
    <List
      component="ol"
      spacing={6}
      listStyleType="none"
      aria-label={t('elections.progress.title')}
      styles={{ itemWrapper: { alignItems: 'flex-start' } }}
    >
      {steps.map((step) => {
        const Icon = step.status === 'done' ? IconCircleCheck : step.status === 'current' ? IconPointFilled : IconCircle
        const color = step.status === 'todo' ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-teal-7)'
        return (
          <List.Item
            key={step.state}
            icon={<Icon size={18} color={color} aria-hidden />}
            aria-current={step.status === 'current' ? 'step' : undefined}
          >
            <Text
              fw={step.status === 'current' ? 700 : 400}
              size="sm"
              c={step.status === 'todo' ? 'dimmed' : undefined}
            >
              {t(`elections.states.${step.state}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {step.status === 'current'
                ? step.on
                  ? t('elections.progress.currentSince', { date: step.on })
                  : t('elections.progress.current')
                : step.status === 'done'
                  ? step.on
                    ? t('elections.progress.reachedOn', { date: step.on })
                    : t('elections.progress.passed')
                  : t('elections.progress.notYet')}
            </Text>
          </List.Item>
        )
      })}
    </List>
  )
}

function MoveForm({ election, onEditFacts }: Props) {
  const { t } = useTranslation()
  const move = useApiMutation('election-set-state')
  const [problem, setProblem] = useState<{ message: string; needsFact: boolean } | null>(null)
  const later = laterStates(election.state)
  const earlier = earlierStates(election.state)
  const form = useForm<{ state: ElectionState | null; on: string }>({
    initialValues: { state: later[0] ?? null, on: localIsoDate(new Date()) },
    validate: (values) => validateWith(api['election-set-state'].input, t)({ id: election.id, ...values }),
  })

  const moveTo = async (state: ElectionState, on: string) => {
    setProblem(null)
    try {
      await move.mutateAsync({ id: election.id, state, on })
    } catch (error) {
      const needsFact = error instanceof RequestError && factFields.includes(error.field ?? '')
      const message = placeServerError(error, t, form.setFieldError, ['on'])
      if (message) setProblem({ message, needsFact })
    }
  }

  const submit = form.onSubmit(async (values) => {
    if (values.state) await moveTo(values.state, values.on)
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {problem && (
          <Alert color="red" role="alert">
            {problem.message}
            {problem.needsFact && (
              <Box mt={6}>
                <Button size="xs" variant="white" color="red" onClick={onEditFacts}>
                  {t('elections.facts.edit')}
                </Button>
              </Box>
            )}
          </Alert>
        )}
        {later.length === 0 ? (
          <Text size="sm">{t('elections.progress.allDone')}</Text>
        ) : (
          <Select
            label={t('elections.progress.moveTo')}
            data={later.map((state) => ({ value: state, label: t(`elections.states.${state}`) }))}
            allowDeselect={false}
            {...form.getInputProps('state')}
          />
        )}
        <TextInput type="date" label={t('elections.progress.on')} required {...form.getInputProps('on')} />
        <Row gap="xs">
          {later.length > 0 && (
            <Button type="submit" loading={move.isPending}>
              {t('elections.progress.move')}
            </Button>
          )}
          {earlier.length > 0 && (
            <Menu position="bottom-start">
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconArrowBackUp size={16} />}
                  rightSection={<IconChevronDown size={14} />}
                >
                  {t('elections.progress.moveBack')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {earlier.map((state) => (
                  <Menu.Item
                    key={state}
                    onClick={() => {
                      const checked = form.validateField('on')
                      if (!checked.hasError) void moveTo(state, form.values.on)
                    }}
                  >
                    {t('elections.progress.backTo', { state: t(`elections.states.${state}`) })}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Row>
      </Stack>
    </form>
  )
}

function History({ events }: { events: ElectionDetail['events'] }) {
  const { t } = useTranslation()
  return (
    <div>
      <Title order={4} size="h6" mb={4}>
        {t('elections.progress.history')}
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('elections.progress.noHistory')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing={2}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('elections.progress.from')}</Table.Th>
              <Table.Th>{t('elections.progress.to')}</Table.Th>
              <Table.Th>{t('elections.progress.on')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.map((event, index) => (
              <Table.Tr key={`${index}-${event.at}`}>
                <Table.Td>{t(`elections.states.${event.fromState}`)}</Table.Td>
                <Table.Td>{t(`elections.states.${event.toState}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{event.on}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </div>
  )
}
