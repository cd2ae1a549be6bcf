import { Badge, Table, Text } from '@mantine/core'
import { IconArrowRight, IconCircleCheck, IconCircleX, IconEqual, IconMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { RoundRecord } from '../../../../shared/api/elections'
import type { CandidateStatus, RoundResult } from '../../../../shared/elections/counting-types'
import { thresholdText } from './contestText'

const statusLook: Record<CandidateStatus, { color: string; icon: typeof IconCircleCheck }> = {
  elected: { color: 'green', icon: IconCircleCheck },
  eliminated: { color: 'red', icon: IconCircleX },
  goesOn: { color: 'blue', icon: IconArrowRight },
  notElected: { color: 'gray', icon: IconMinus },
  tied: { color: 'orange', icon: IconEqual },
}

export function TallyStatus({ status }: { status: CandidateStatus }) {
  const { t } = useTranslation()
  const { color, icon: Icon } = statusLook[status]
  return (
    <Badge
      color={color}
      variant="light"
      tt="none"
      leftSection={<Icon size={12} aria-hidden />}
      styles={{ label: { overflow: 'visible' } }}
    >
      {t(`elections.tallyStatuses.${status}`)}
    </Badge>
  )
}

type Props = { round: RoundRecord; result: RoundResult | undefined; name: (personId: number) => string }

/** One recorded round as the meeting counted it, with the engine's verdict per candidate. */
export function RoundTable({ round, result, name }: Props) {
  const { t } = useTranslation()
  const votesOf = new Map(round.votes.map((vote) => [vote.personId, vote.votes]))
  // The engine's tally is most votes first; without it (records that do not add up) the order as entered.
  const rows =
    round.kind === 'votes'
      ? (result?.tally.map((row) => ({
          id: row.candidate,
          votes: row.votes,
          status: row.status as CandidateStatus | null,
        })) ?? round.votes.map((vote) => ({ id: vote.personId, votes: votesOf.get(vote.personId) ?? 0, status: null })))
      : []
  const caption = [
    t('elections.rounds.round', { number: round.number }),
    result?.runoff ? t('elections.rounds.runoff') : null,
    result ? thresholdText(result.threshold, result.base, t) : null,
  ]
    .filter(Boolean)
    .join(' · ')

  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} captionSide="top">
      <Table.Caption style={{ textAlign: 'left', marginBottom: 4 }}>
        <Text span fw={600} size="sm" c="var(--mantine-color-text)">
          {caption}
        </Text>
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('elections.rounds.candidate')}</Table.Th>
          <Table.Th ta="right">{t('elections.rounds.votes')}</Table.Th>
          <Table.Th style={{ width: '1%' }}>{t('elections.rounds.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {round.kind === 'votes' ? (
          rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{name(row.id)}</Table.Td>
              <Table.Td ta="right">{row.votes}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.status && <TallyStatus status={row.status} />}</Table.Td>
            </Table.Tr>
          ))
        ) : (
          <>
            <Table.Tr>
              <Table.Td>
                {t('elections.rounds.yes')}
                {result?.tally[0] && ` (${name(result.tally[0].candidate)})`}
              </Table.Td>
              <Table.Td ta="right">{round.yes ?? 0}</Table.Td>
              <Table.Td rowSpan={2}>{result?.tally[0] && <TallyStatus status={result.tally[0].status} />}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('elections.rounds.no')}</Table.Td>
              <Table.Td ta="right">{round.no ?? 0}</Table.Td>
            </Table.Tr>
          </>
        )}
        <Table.Tr>
          <Table.Td c="dimmed">
            {round.kind === 'yesNo' ? t('elections.rounds.abstain') : t('elections.rounds.blank')}
          </Table.Td>
          <Table.Td ta="right">{round.blank}</Table.Td>
          <Table.Td />
        </Table.Tr>
        <Table.Tr>
          <Table.Td c="dimmed">{t('elections.rounds.invalid')}</Table.Td>
          <Table.Td ta="right">{round.invalid}</Table.Td>
          <Table.Td />
        </Table.Tr>
        <Table.Tr>
          <Table.Td c="dimmed">{t('elections.rounds.ballotsCast')}</Table.Td>
          <Table.Td ta="right">{round.ballotsCast ?? t('common.none')}</Table.Td>
          <Table.Td />
        </Table.Tr>
      </Table.Tbody>
    </Table>
  )
}
