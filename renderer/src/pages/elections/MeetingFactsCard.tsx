import { Anchor, Box, Button, Card, Group as Row, SimpleGrid, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ElectionDetail, PersonRef } from '../../../../shared/api/elections'
import { Fact } from '../../components/Fact'
import { formatMeetingAt } from './display'

function Person({ person }: { person: PersonRef | null }) {
  return person ? (
    <Anchor component={Link} to={`/people/${person.id}`}>
      {person.name}
    </Anchor>
  ) : null
}

export function MeetingFactsCard({ election, onEdit }: { election: ElectionDetail; onEdit: () => void }) {
  const { t } = useTranslation()
  return (
    <Card withBorder>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('elections.facts.title')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
          {t('elections.facts.edit')}
        </Button>
      </Row>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs">
        <Fact label={t('elections.facts.meetingAt')}>{formatMeetingAt(election.meetingAt)}</Fact>
        <Fact label={t('elections.facts.platform')}>
          {election.platform && t(`groups.platforms.${election.platform}`)}
        </Fact>
        <Fact label={t('elections.facts.place')}>{election.place}</Fact>
        <Fact label={t('elections.facts.noticeChannel')}>
          {election.noticeChannel && t(`elections.noticeChannels.${election.noticeChannel}`)}
        </Fact>
        <Fact label={t('elections.facts.candidacyDeadline')}>{election.candidacyDeadline}</Fact>
        <Fact label={t('elections.facts.votersPresent')}>{election.votersPresent?.toString()}</Fact>
        <Fact label={t('elections.facts.chair')}>{election.chair && <Person person={election.chair} />}</Fact>
        <Fact label={t('elections.facts.minuteTaker')}>
          {election.minuteTaker && <Person person={election.minuteTaker} />}
        </Fact>
        <Fact label={t('elections.facts.approvers')}>
          {(election.approver1 || election.approver2) && (
            <>
              <Person person={election.approver1} />
              {election.approver1 && election.approver2 && ', '}
              <Person person={election.approver2} />
            </>
          )}
        </Fact>
      </SimpleGrid>
      {election.notes && (
        <Box mt="xs">
          <Fact label={t('common.notes')}>{election.notes}</Fact>
        </Box>
      )}
    </Card>
  )
}
