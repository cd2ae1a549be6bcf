import { Anchor, Grid, Group as Row, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import type { ElectionDetail } from '../../../../shared/api/elections'
import { call, useApiQuery } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { ContestList } from './ContestList'
import { ElectionProgress } from './ElectionProgress'
import { ElectionStateBadge, FlagBadge } from './display'
import { HoldersCard } from './HoldersCard'
import { MeetingFactsCard } from './MeetingFactsCard'
import { MeetingFactsModal } from './MeetingFactsModal'
import { MinutesControls, MinutesStatus, useMinutesPrint } from './MinutesPrint'

/** One election, walked in the order of the meeting: progress, the meeting's facts, then each role. */
export function ElectionPage() {
  const id = Number(useParams().id)
  const election = useApiQuery('election-get', { id })
  const [editingFacts, setEditingFacts] = useState(false)

  return (
    <QueryState query={election}>
      {(election) => (
        <>
          <ElectionHeader election={election} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack>
                <ElectionProgress election={election} onEditFacts={() => setEditingFacts(true)} />
                <MeetingFactsCard election={election} onEdit={() => setEditingFacts(true)} />
                <ContestList election={election} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <div style={{ position: 'sticky', top: 72 }}>
                <HoldersCard groupId={election.groupId} fromContests={election.contests.map((contest) => contest.id)} />
              </div>
            </Grid.Col>
          </Grid>
          <MeetingFactsModal opened={editingFacts} onClose={() => setEditingFacts(false)} election={election} />
        </>
      )}
    </QueryState>
  )
}

function ElectionHeader({ election }: { election: ElectionDetail }) {
  const { t } = useTranslation()
  const minutes = useMinutesPrint({ print: (language) => call('election-minutes', { id: election.id, language }) })
  return (
    <>
      <PageHeader
        title={
          <>
            {t('elections.electionIn')}{' '}
            <Anchor component={Link} to={`/groups/${election.groupId}`} inherit>
              {election.groupName}
            </Anchor>
          </>
        }
      >
        <MinutesControls minutes={minutes} label={t('elections.minutes')} />
      </PageHeader>
      <MinutesStatus minutes={minutes} busyLabel={t('elections.printingOne')} />
      <Row gap="sm" mb="md" mt={-8} wrap="wrap">
        <Text>
          {t('elections.seasonYear', { year: election.season })} · {t(`elections.kinds.${election.kind}`)}
        </Text>
        <ElectionStateBadge state={election.state} />
        <Anchor component={Link} to={`/elections?season=${election.season}`} size="sm">
          {t('elections.backToList')}
        </Anchor>
      </Row>
      {election.flags.length > 0 && (
        <Stack gap={4} mt={0} mb="md" component="ul" p={0} style={{ listStyle: 'none' }}>
          {election.flags.map((flag) => (
            <Row key={flag} component="li" gap="xs" wrap="nowrap">
              <FlagBadge flag={flag} />
              <Text size="sm">{t(`elections.flagHelp.${flag}`)}</Text>
            </Row>
          ))}
        </Stack>
      )}
    </>
  )
}
