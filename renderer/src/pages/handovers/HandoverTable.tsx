import { Anchor, Group as Row, Progress, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Handover } from '../../../../shared/api/roles'
import { useRoleName } from '../roles/text'
import { HandoverStatusBadge, OverdueBadge } from './HandoverBadges'

type Props = { rows: readonly Handover[]; onOpen: (id: number) => void; showGroup?: boolean }

/** Handovers with their due dates, status and checklist progress; overdue ones flagged in words. */
export function HandoverTable({ rows, onOpen, showGroup = true }: Props) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  if (rows.length === 0) return <Text c="dimmed">{t('stewardship.handovers.none')}</Text>
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stewardship.roles.role')}</Table.Th>
            {showGroup && <Table.Th>{t('stewardship.roles.group')}</Table.Th>}
            <Table.Th>{t('stewardship.handovers.fromShort')}</Table.Th>
            <Table.Th>{t('stewardship.handovers.toShort')}</Table.Th>
            <Table.Th>{t('stewardship.handovers.dueOn')}</Table.Th>
            <Table.Th>{t('stewardship.handovers.status')}</Table.Th>
            <Table.Th>{t('stewardship.handovers.checklist')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  onClick={() => onOpen(row.id)}
                  aria-label={t('stewardship.handovers.open', { role: roleName(row.roleNames), group: row.groupName })}
                >
                  {roleName(row.roleNames)}
                </Anchor>
              </Table.Td>
              {showGroup && (
                <Table.Td>
                  <Anchor component={Link} to={`/groups/${row.groupId}`}>
                    {row.groupName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>{row.fromPersonName ?? t('common.none')}</Table.Td>
              <Table.Td>{row.toPersonName}</Table.Td>
              <Table.Td>
                <Row gap={6} wrap="nowrap">
                  <Text size="sm" c={row.overdue ? 'red' : undefined} fw={row.overdue ? 600 : undefined}>
                    {row.dueOn}
                  </Text>
                  {row.overdue && <OverdueBadge dueOn={row.dueOn} />}
                </Row>
              </Table.Td>
              <Table.Td>
                <HandoverStatusBadge status={row.status} />
              </Table.Td>
              <Table.Td>
                {row.itemsTotal === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                ) : (
                  <Stack gap={2} w={110}>
                    <Text size="xs">
                      {t('stewardship.handovers.progress', { done: row.itemsDone, total: row.itemsTotal })}
                    </Text>
                    <Progress
                      value={(row.itemsDone / row.itemsTotal) * 100}
                      size="sm"
                      color={row.itemsDone === row.itemsTotal ? 'green' : 'indigo'}
                      aria-hidden
                    />
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
