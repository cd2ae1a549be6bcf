import { Anchor, Button, Card, SimpleGrid, Stack, Title } from '@mantine/core'
import { IconArchive, IconPencil, IconPlayerPlay } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useApiQuery } from '../api/client'
import { Fact } from '../components/Fact'
import { GroupTimeline } from '../components/GroupTimeline'
import { PageHeader } from '../components/PageHeader'
import { QueryState } from '../components/QueryState'
import { StatusBadge } from '../components/StatusBadge'
import { GroupElectionsCard } from './elections/GroupElectionsCard'
import { GroupBoxesCard, GroupFinanceCard } from './finance'
import { GroupFormModal } from './GroupFormModal'
import { EntityHistory } from './records'
import { GroupHandoversCard } from './handovers/GroupHandoversCard'
import { GroupRolesCard } from './roles/GroupRolesCard'
import { GroupTrainingsCard } from './trainings/GroupTrainingsCard'
import { GroupStatusModal } from './GroupStatusModal'
import { MembershipTable } from './MembershipTable'

export function GroupDetailPage() {
  const { t } = useTranslation()
  const id = Number(useParams().id)
  const group = useApiQuery('group-get', { id })
  const [editing, setEditing] = useState(false)
  const [changingStatus, setChangingStatus] = useState(false)

  return (
    <QueryState query={group}>
      {(group) => (
        <>
          <PageHeader
            title={
              <>
                {group.name} <StatusBadge status={group.status} />
              </>
            }
          >
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button
              variant="default"
              leftSection={group.status === 'active' ? <IconArchive size={16} /> : <IconPlayerPlay size={16} />}
              onClick={() => setChangingStatus(true)}
            >
              {group.status === 'active' ? t('groups.archive') : t('groups.reactivate')}
            </Button>
          </PageHeader>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('groups.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Fact label={t('groups.town')}>{group.town}</Fact>
                <Fact label={t('groups.kind')}>{t(`groups.kinds.${group.kind}`)}</Fact>
                <Fact label={t('groups.contactEmail')}>
                  {group.contactEmail && <Anchor href={`mailto:${group.contactEmail}`}>{group.contactEmail}</Anchor>}
                </Fact>
                <Fact label={t('groups.meetingPlatform')}>
                  {group.meetingPlatform && t(`groups.platforms.${group.meetingPlatform}`)}
                </Fact>
                <Fact label={t('groups.status')}>
                  {t(`groups.statuses.${group.status}`)} ({t('groups.statusSince').toLowerCase()} {group.statusSince})
                </Fact>
                <Fact label={t('common.notes')}>{group.notes}</Fact>
              </SimpleGrid>
            </Card>
            {/* The current state on top: every record about the group, each with the place to change it. */}
            <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
              <Card withBorder>
                <GroupRolesCard groupId={group.id} />
              </Card>
              <GroupElectionsCard groupId={group.id} />
              <Card withBorder>
                <GroupHandoversCard groupId={group.id} />
              </Card>
              <GroupTrainingsCard groupId={group.id} />
              <GroupFinanceCard groupId={group.id} />
              <GroupBoxesCard groupId={group.id} />
            </SimpleGrid>
            <Card withBorder>
              <MembershipTable owner={{ groupId: group.id }} />
            </Card>
            <Card withBorder>
              <GroupTimeline groupId={group.id} />
            </Card>
            <EntityHistory entity="group" id={group.id} />
          </Stack>
          <GroupFormModal opened={editing} onClose={() => setEditing(false)} group={group} />
          <GroupStatusModal opened={changingStatus} onClose={() => setChangingStatus(false)} group={group} />
        </>
      )}
    </QueryState>
  )
}
