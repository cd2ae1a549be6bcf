import { ActionIcon, Alert, Badge, Card, Divider, Group as Row, Stack, Title } from '@mantine/core'
import { IconArrowDown, IconArrowUp, IconLock, IconTrash } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContestRecord } from '../../../../shared/api/elections'
import { CandidatesSection } from './CandidatesSection'
import { ContestOutcome } from './ContestOutcome'
import { ContestSettingsForm } from './ContestSettingsForm'
import { ContestSettingsSummary } from './ContestSettingsSummary'
import { namesOf } from './contestText'
import { useUiLanguage } from './display'
import { RoundsSection } from './RoundsSection'
import { useAction } from './useAction'

type Props = {
  contest: ContestRecord
  index: number
  count: number
  roleNameInUi: (nbName: string) => string
  held: boolean
}

/** One role on the agenda, walked through in the meeting's order: settings, candidates, rounds, outcome. */
export function ContestCard({ contest, index, count, roleNameInUi, held }: Props) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const headingId = useId()
  const move = useAction('contest-move')
  const remove = useAction('contest-remove')
  const role = contest.roleNames[language]
  const name = namesOf(contest)
  const confirmed = contest.status === 'confirmed'
  const removable = !confirmed && contest.rounds.length === 0
  const error = move.error ?? remove.error
  const settingsKey = JSON.stringify([
    contest.seats,
    contest.method,
    contest.rule,
    contest.base,
    contest.further,
    contest.loneCandidateNeedsVote,
  ])

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Row justify="space-between" wrap="nowrap" mb="xs">
        <Row gap="xs">
          <Title order={3} size="h4" id={headingId}>
            {index + 1}. {role}
          </Title>
          {contest.seats > 1 && (
            <Badge variant="outline">{t('elections.contests.seatsBadge', { seats: contest.seats })}</Badge>
          )}
          {confirmed && (
            <Badge color="green" leftSection={<IconLock size={12} aria-hidden />}>
              {t('elections.contests.confirmed')}
            </Badge>
          )}
        </Row>
        <Row gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            disabled={index === 0}
            onClick={() => void move.run({ id: contest.id, direction: 'up' })}
            aria-label={t('elections.contests.moveUp', { role })}
            title={t('elections.contests.moveUp', { role })}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={index === count - 1}
            onClick={() => void move.run({ id: contest.id, direction: 'down' })}
            aria-label={t('elections.contests.moveDown', { role })}
            title={t('elections.contests.moveDown', { role })}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          {removable && (
            <ActionIcon
              variant="subtle"
              color="red"
              loading={remove.pending}
              onClick={() => void remove.run({ id: contest.id })}
              aria-label={t('elections.contests.remove', { role })}
              title={t('elections.contests.remove', { role })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Row>
      </Row>
      {error && (
        <Alert color="red" role="alert" py={6} mb="xs">
          {error}
        </Alert>
      )}
      <Stack gap="sm">
        {confirmed ? (
          <ContestSettingsSummary contest={contest} />
        ) : (
          <ContestSettingsForm key={settingsKey} contest={contest} />
        )}
        <Divider />
        <CandidatesSection contest={contest} roleNameInUi={roleNameInUi} />
        <RoundsSection contest={contest} name={name} />
        <ContestOutcome contest={contest} name={name} held={held} />
      </Stack>
    </Card>
  )
}
