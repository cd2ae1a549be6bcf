import { Alert, Button, Group as Row, SimpleGrid, Stack, Title } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ContestRecord } from '../../../../shared/api/elections'
import { RoundForm } from './RoundForm'
import { RoundTable } from './RoundTable'
import { useAction } from './useAction'

type Props = { contest: ContestRecord; name: (personId: number) => string }

/** The rounds recorded so far and, while the engine asks for one, the form for the next. */
export function RoundsSection({ contest, name }: Props) {
  const { t } = useTranslation()
  const removeLast = useAction('round-remove-last')
  const outcome = contest.result?.outcome
  const open = contest.status === 'open'
  const next = open && outcome?.kind === 'needsAnotherRound' && outcome.candidates.length > 0 ? outcome : null
  if (contest.rounds.length === 0 && !next) return null

  return (
    <Stack gap="xs">
      <Title order={4} size="h6">
        {t('elections.rounds.title')}
      </Title>
      {contest.rounds.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {contest.rounds.map((round, index) => (
            <RoundTable key={round.number} round={round} result={contest.result?.rounds[index]} name={name} />
          ))}
        </SimpleGrid>
      )}
      {open && contest.rounds.length > 0 && (
        <Row>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconArrowBackUp size={14} />}
            loading={removeLast.pending}
            onClick={() => void removeLast.run({ contestId: contest.id })}
          >
            {t('elections.rounds.removeLast', { number: contest.rounds.length })}
          </Button>
        </Row>
      )}
      {removeLast.error && (
        <Alert color="red" role="alert" py={6}>
          {removeLast.error}
        </Alert>
      )}
      {next && <RoundForm key={next.roundNumber} contest={contest} next={next} name={name} />}
    </Stack>
  )
}
