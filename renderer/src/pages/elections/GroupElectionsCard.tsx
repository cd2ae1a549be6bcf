import { Anchor, Button, Card, Group as Row, Stack, Table, Text, Title } from '@mantine/core'
import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ElectionRow } from '../../../../shared/api/elections'
import { call, useApiQuery } from '../../api/client'
import { ElectionStateBadge, FlagBadges, formatMeetingAt } from './display'
import { seasonChoices } from './seasons'
import { CurrentHolders } from './HoldersCard'

/**
 * The group's elections over the recent seasons and its role holders today, for the group page.
 * The contract lists elections per season, not per group: this asks each recent season for rows
 * matching the group's name and keeps the group's own.
 */
export function GroupElectionsCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const group = useApiQuery('group-get', { id: groupId })
  const name = group.data?.name ?? ''
  const seasons = seasonChoices().map(Number)
  const lists = useQueries({
    queries: seasons.map((season) => {
      const input = { season, query: name }
      return {
        queryKey: ['election-list', input],
        queryFn: () => call('election-list', input),
        enabled: name !== '',
      }
    }),
  })
  const rows: ElectionRow[] = lists.flatMap(
    (list) => list.data?.rows.filter((row) => row.groupId === groupId && row.electionId !== null) ?? [],
  )
  const seasonOf = new Map(lists.flatMap((list, index) => (list.data?.rows ?? []).map((row) => [row, seasons[index]!])))
  const loading = lists.some((list) => list.isPending && name !== '')

  return (
    <Card withBorder>
      <Stack>
        <div>
          <Row justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {t('elections.groupCard.title')}
            </Title>
            <Button size="xs" variant="light" component={Link} to="/elections">
              {t('elections.groupCard.allElections')}
            </Button>
          </Row>
          {loading ? (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          ) : rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('elections.groupCard.none')}
            </Text>
          ) : (
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('elections.season')}</Table.Th>
                  <Table.Th>{t('elections.state')}</Table.Th>
                  <Table.Th>{t('elections.meeting')}</Table.Th>
                  <Table.Th>{t('elections.flags')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.electionId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/elections/${row.electionId}`}>
                        {seasonOf.get(row)}
                        {row.kind === 'extra' && ` (${t('elections.kinds.extra')})`}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <ElectionStateBadge state={row.state} />
                    </Table.Td>
                    <Table.Td>{formatMeetingAt(row.meetingAt) ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      <FlagBadges flags={row.flags} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </div>
        <CurrentHolders groupId={groupId} />
      </Stack>
    </Card>
  )
}
