import { Anchor, Badge, Button, Group as Row, Stack, Table, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localIsoDate } from '../../../../shared/dates'
import type { Vacancy } from '../../../../shared/api/roles'
import { useApiQuery } from '../../api/client'
import { csvRows } from '../../api/csv'
import { QueryState } from '../../components/QueryState'
import { ExportButton } from './ExportButton'
import { TermCreateModal } from './TermCreateModal'
import { useModalSubject } from './useModalSubject'
import { useRoleName } from './text'

/** Must-roles nobody holds today, in every active group: what the leader chases. */
export function VacanciesTab() {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const vacancies = useApiQuery('vacancy-list', {})
  const today = localIsoDate(new Date())
  const appointing = useModalSubject<Vacancy>()

  return (
    <QueryState query={vacancies}>
      {(rows) => (
        <Stack>
          <Row justify="space-between">
            <Text>
              {rows.length > 0
                ? t('stewardship.holders.vacancyCount', { count: rows.length, date: today })
                : t('stewardship.holders.noVacancies', { date: today })}
            </Text>
            <ExportButton
              fileName={t('stewardship.holders.vacanciesFileName', { date: today })}
              disabled={rows.length === 0}
              rows={() =>
                csvRows<Vacancy>(
                  [
                    { header: t('stewardship.roles.group'), value: (row) => row.groupName },
                    { header: t('stewardship.roles.role'), value: (row) => roleName(row.roleNames) },
                    { header: t('stewardship.holders.vacantSince'), value: (row) => row.vacantSince },
                  ],
                  rows,
                )
              }
            />
          </Row>
          {rows.length > 0 && (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stewardship.roles.group')}</Table.Th>
                  <Table.Th>{t('stewardship.roles.role')}</Table.Th>
                  <Table.Th>{t('stewardship.holders.vacantSince')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={`${row.groupId}-${row.roleId}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/groups/${row.groupId}`}>
                        {row.groupName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Row gap="xs">
                        {roleName(row.roleNames)}
                        <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                          {t('stewardship.holders.vacant')}
                        </Badge>
                      </Row>
                    </Table.Td>
                    <Table.Td>{row.vacantSince ?? t('stewardship.holders.neverHeld')}</Table.Td>
                    <Table.Td ta="right">
                      <Button size="compact-xs" variant="subtle" onClick={() => appointing.open(row)}>
                        {t('stewardship.terms.appoint')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <TermCreateModal
            opened={appointing.opened}
            onClose={appointing.close}
            groupId={appointing.subject?.groupId}
            roleId={appointing.subject?.roleId}
          />
        </Stack>
      )}
    </QueryState>
  )
}
