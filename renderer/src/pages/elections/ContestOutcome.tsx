import { Alert, Badge, Button, Group as Row, List, Stack, Text } from '@mantine/core'
import { IconCircleCheck, IconDice5, IconInfoCircle, IconLock, IconLockOpen } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ContestRecord } from '../../../../shared/api/elections'
import { useUiLanguage } from './display'
import { outcomeText, settlementText } from './contestText'
import { TieForm } from './TieForm'
import { useAction } from './useAction'

type Props = {
  contest: ContestRecord
  name: (personId: number) => string
  /** Results go into the record only once the meeting is held; before that there is nothing to confirm. */
  held: boolean
}

const decided = ['acclaimed', 'elected', 'vacant']
const outcomeColors = {
  acclaimed: 'green',
  elected: 'green',
  vacant: 'yellow',
  tie: 'orange',
  needsAnotherRound: 'blue',
}

/** What the engine makes of the records so far: the outcome, the lots drawn, and what to do next. */
export function ContestOutcome({ contest, name, held }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const outcome = contest.result?.outcome

  if (!outcome)
    return (
      <Alert color="red" title={t('elections.outcome.problems')} role="alert">
        <List size="sm">
          {contest.problems.map((problem, index) => (
            <List.Item key={`${problem.field}-${index}`}>{t(problem.messageKey, problem.params)}</List.Item>
          ))}
        </List>
      </Alert>
    )

  const done = decided.includes(outcome.kind)
  return (
    <Stack gap="xs">
      <Alert
        color={outcomeColors[outcome.kind]}
        variant="light"
        icon={done ? <IconCircleCheck aria-hidden /> : <IconInfoCircle aria-hidden />}
        py={8}
        // A new outcome is news, not an error: announced politely.
        role="status"
      >
        <Text size="sm" fw={600}>
          {t('elections.outcome.label')}: {outcomeText(outcome, name, language, t)}
        </Text>
      </Alert>
      {outcome.settlements.map((settlement) => (
        <Row key={settlement.roundNumber} gap={6} wrap="nowrap" align="flex-start">
          <IconDice5 size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text size="sm">{settlementText(settlement, name, language, t)}</Text>
        </Row>
      ))}
      {outcome.kind === 'tie' && contest.status === 'open' && (
        <TieForm
          key={outcome.roundNumber}
          contestId={contest.id}
          roundNumber={outcome.roundNumber}
          tie={outcome.tie}
          name={name}
        />
      )}
      {((done && held) || contest.status === 'confirmed') && <ConfirmControls contest={contest} />}
    </Stack>
  )
}

function ConfirmControls({ contest }: { contest: ContestRecord }) {
  const { t } = useTranslation()
  const confirm = useAction('contest-confirm')
  const reopen = useAction('contest-reopen')
  const error = confirm.error ?? reopen.error
  return (
    <Stack gap={4}>
      {contest.status === 'confirmed' ? (
        <>
          <Row gap="xs">
            <Badge color="green" variant="filled" leftSection={<IconLock size={12} aria-hidden />}>
              {t('elections.confirm.confirmedOn', { date: contest.confirmedAt?.slice(0, 10) ?? '' })}
            </Badge>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconLockOpen size={14} />}
              loading={reopen.pending}
              onClick={() => {
                confirm.clear()
                void reopen.run({ id: contest.id })
              }}
            >
              {t('elections.confirm.reopen')}
            </Button>
          </Row>
          <Text size="xs" c="dimmed">
            {t('elections.confirm.reopenHelp')}
          </Text>
        </>
      ) : (
        <>
          <div>
            <Button
              leftSection={<IconCircleCheck size={16} />}
              loading={confirm.pending}
              onClick={() => {
                reopen.clear()
                void confirm.run({ id: contest.id })
              }}
            >
              {t('elections.confirm.button')}
            </Button>
          </div>
          <Text size="xs" c="dimmed">
            {t('elections.confirm.help')}
          </Text>
        </>
      )}
      {error && (
        <Alert color="red" role="alert" py={6}>
          {error}
        </Alert>
      )}
    </Stack>
  )
}
