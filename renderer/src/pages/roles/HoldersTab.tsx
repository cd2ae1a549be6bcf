import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group as Row,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localIsoDate } from '../../../../shared/dates'
import { useApiQuery } from '../../api/client'
import { csvRows } from '../../api/csv'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import { ExportButton } from './ExportButton'
import { holderColumns, holderMatrix, vacancyCount, type HolderRow } from './holdersData'
import { useRoleName } from './text'

/** Every group's holders on one day (today unless chosen), vacant must-roles said in words. */
export function HoldersTab() {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const today = localIsoDate(new Date())
  const { values, set } = useListParams({ asOf: '', q: '' })
  const date = /^\d{4}-\d{2}-\d{2}$/.test(values.asOf) ? values.asOf : today
  const groups = useApiQuery('group-list', { pageSize: 500 })
  const roles = useApiQuery('role-list', { includeInactive: true })
  const holders = useApiQuery('role-holders-as-of', { date })

  const exportRows = (rows: HolderRow[]) =>
    csvRows(
      [
        { header: t('stewardship.roles.group'), value: (line: CsvLine) => line.group },
        { header: t('stewardship.roles.role'), value: (line: CsvLine) => line.role },
        { header: t('stewardship.roles.person'), value: (line: CsvLine) => line.person },
        { header: t('stewardship.terms.from'), value: (line: CsvLine) => line.from },
        { header: t('stewardship.terms.to'), value: (line: CsvLine) => line.to },
        { header: t('stewardship.terms.how'), value: (line: CsvLine) => line.how },
      ],
      rows.flatMap((row) =>
        row.cells.flatMap((cell): CsvLine[] =>
          cell.holders.length > 0
            ? cell.holders.map((holder) => ({
                group: row.groupName,
                role: roleName(cell.role.names),
                person: holder.personName,
                from: holder.from,
                to: holder.to,
                how: t(`stewardship.terms.startKinds.${holder.startKind}`),
              }))
            : [
                {
                  group: row.groupName,
                  role: roleName(cell.role.names),
                  person: cell.vacant ? t('stewardship.holders.vacant') : t('stewardship.holders.notFilled'),
                  from: null,
                  to: null,
                  how: null,
                },
              ],
        ),
      ),
    )

  return (
    <Stack>
      <Row align="end" wrap="wrap">
        <TextInput
          type="date"
          label={t('stewardship.holders.asOf')}
          value={date}
          onChange={(event) => set({ asOf: event.currentTarget.value === today ? '' : event.currentTarget.value })}
          w={180}
        />
        <Button variant="default" onClick={() => set({ asOf: '' })} disabled={date === today}>
          {t('stewardship.holders.today')}
        </Button>
        <TextInput
          label={t('stewardship.holders.filterGroups')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={values.q}
          onChange={(event) => set({ q: event.currentTarget.value })}
          w={240}
        />
      </Row>
      <QueryState query={groups}>
        {(groupPage) => (
          <QueryState query={roles}>
            {(roleList) => (
              <QueryState query={holders}>
                {(holderList) => {
                  const rows = holderMatrix(groupPage.rows, roleList, holderList, values.q)
                  const columns = holderColumns(roleList, holderList)
                  const vacancies = vacancyCount(rows)
                  if (groupPage.total === 0) return <Text c="dimmed">{t('stewardship.holders.noGroups')}</Text>
                  return (
                    <>
                      <Row justify="space-between">
                        {vacancies > 0 ? (
                          <Alert
                            color="red"
                            variant="light"
                            py={6}
                            icon={<IconAlertTriangle size={18} aria-hidden />}
                            role="status"
                          >
                            {t('stewardship.holders.vacancyCount', { count: vacancies, date })}
                          </Alert>
                        ) : (
                          <Alert color="green" variant="light" py={6} icon={<IconCircleCheck size={18} aria-hidden />}>
                            {t('stewardship.holders.noVacancies', { date })}
                          </Alert>
                        )}
                        <ExportButton
                          fileName={t('stewardship.holders.fileName', { date })}
                          rows={() => exportRows(rows)}
                        />
                      </Row>
                      <Table.ScrollContainer minWidth={700}>
                        <Table striped stickyHeader withColumnBorders>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th>{t('stewardship.roles.group')}</Table.Th>
                              {columns.map((role) => (
                                <Table.Th key={role.id}>{roleName(role.names)}</Table.Th>
                              ))}
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {rows.map((row) => (
                              <Table.Tr key={row.groupId}>
                                <Table.Td>
                                  <Anchor component={Link} to={`/groups/${row.groupId}`}>
                                    {row.groupName}
                                  </Anchor>
                                  {row.status !== 'active' && (
                                    <Text size="xs" c="dimmed">
                                      {t(`groups.statuses.${row.status}`)}
                                    </Text>
                                  )}
                                </Table.Td>
                                {row.cells.map((cell) => (
                                  <Table.Td key={cell.role.id}>
                                    {cell.holders.length > 0 ? (
                                      <Stack gap={2}>
                                        {cell.holders.map((holder) => (
                                          <div key={holder.termId}>
                                            <Anchor component={Link} to={`/people/${holder.personId}`} size="sm">
                                              {holder.personName}
                                            </Anchor>
                                            {holder.startKind !== 'elected' && (
                                              <Text span size="xs" c="dimmed">
                                                {' '}
                                                ({t(`stewardship.terms.startKinds.${holder.startKind}`).toLowerCase()})
                                              </Text>
                                            )}
                                          </div>
                                        ))}
                                      </Stack>
                                    ) : cell.vacant ? (
                                      <Badge
                                        color="red"
                                        variant="light"
                                        leftSection={<IconAlertTriangle size={12} aria-hidden />}
                                      >
                                        {t('stewardship.holders.vacant')}
                                      </Badge>
                                    ) : (
                                      <Text size="sm" c="dimmed">
                                        {t('common.none')}
                                        <VisuallyHidden> {t('stewardship.holders.notFilled')}</VisuallyHidden>
                                      </Text>
                                    )}
                                  </Table.Td>
                                ))}
                              </Table.Tr>
                            ))}
                          </Table.Tbody>
                        </Table>
                      </Table.ScrollContainer>
                    </>
                  )
                }}
              </QueryState>
            )}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  )
}

type CsvLine = {
  group: string
  role: string
  person: string
  from: string | null
  to: string | null
  how: string | null
}
