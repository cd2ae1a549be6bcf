import { ActionIcon, Anchor, Badge, Button, Group as Row, Menu, Select, Table, Text } from '@mantine/core'
import { IconDots, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { TrainingSession } from '../../../../shared/api/trainings'
import { csvRows } from '../../api/csv'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import { useDeleteSession } from './DeleteSessionModal'
import { ExportButton, useLocalName } from './display'
import { SessionFormModal } from './SessionFormModal'

/** Sessions newest first, filtered by training and year; each opens its attendance page. */
export function SessionsTab() {
  const { t } = useTranslation()
  const localName = useLocalName()
  const { values, set } = useListParams({ type: '', year: '' })
  const trainingTypeId = Number(values.type) || null
  const year = Number(values.year) || null
  const types = useApiQuery('training-type-list', {})
  const list = useApiQuery('training-session-list', { trainingTypeId, year })
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<TrainingSession | null>(null)
  const deletion = useDeleteSession()
  const currentYear = new Date().getFullYear()
  const years = [...new Set([currentYear, ...(list.data?.years ?? []), ...(year ? [year] : [])])].sort((a, b) => b - a)

  const exportRows = () =>
    csvRows(
      [
        { header: t('trainings.sessions.date'), value: (row: TrainingSession) => row.date },
        { header: t('trainings.sessions.training'), value: (row) => localName(row.typeNames) },
        { header: t('trainings.sessions.place'), value: (row) => row.place },
        {
          header: t('trainings.sessions.online'),
          value: (row) => (row.online ? t('trainings.yes') : t('trainings.no')),
        },
        { header: t('trainings.attendance.attended'), value: (row) => row.attended },
        { header: t('trainings.attendance.registered'), value: (row) => row.registered },
        { header: t('trainings.attendance.no_show'), value: (row) => row.noShow },
        { header: t('common.notes'), value: (row) => row.notes },
      ],
      list.data?.rows ?? [],
    )

  return (
    <>
      <Row mb="sm" align="end" wrap="wrap" justify="space-between">
        <Row align="end" wrap="wrap">
          <Select
            label={t('trainings.sessions.filterType')}
            placeholder={t('trainings.sessions.allTypes')}
            data={(types.data ?? []).map((type) => ({ value: String(type.id), label: localName(type.names) }))}
            value={trainingTypeId ? String(trainingTypeId) : null}
            onChange={(next) => set({ type: next ?? '' })}
            clearable
            w={240}
          />
          <Select
            label={t('trainings.sessions.filterYear')}
            placeholder={t('trainings.sessions.allYears')}
            data={years.map(String)}
            value={year ? String(year) : null}
            onChange={(next) => set({ year: next ?? '' })}
            clearable
            w={140}
          />
        </Row>
        <Row gap="xs">
          <ExportButton fileName={t('trainings.sessions.fileName')} rows={exportRows} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('trainings.sessions.new')}
          </Button>
        </Row>
      </Row>
      <QueryState query={list}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('trainings.sessions.empty')}</Text>
          ) : (
            <Table striped highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trainings.sessions.date')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.training')}</Table.Th>
                  <Table.Th>{t('trainings.sessions.place')}</Table.Th>
                  <Table.Th ta="right">{t('trainings.attendance.attended')}</Table.Th>
                  <Table.Th ta="right">{t('trainings.attendance.registered')}</Table.Th>
                  <Table.Th ta="right">{t('trainings.attendance.no_show')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/trainings/sessions/${session.id}`}>
                        {session.date}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{localName(session.typeNames)}</Table.Td>
                    <Table.Td>
                      {session.place}
                      {session.online && (
                        <Badge variant="light" color="blue" ml={session.place ? 'xs' : 0}>
                          {t('trainings.sessions.onlineBadge')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{session.attended}</Table.Td>
                    <Table.Td ta="right">{session.registered}</Table.Td>
                    <Table.Td ta="right">{session.noShow}</Table.Td>
                    <Table.Td ta="right">
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('trainings.sessions.actions', {
                              name: `${localName(session.typeNames)} ${session.date}`,
                            })}
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setEditing(session)}>{t('common.edit')}</Menu.Item>
                          <Menu.Item color="red" onClick={() => deletion.request(session)}>
                            {t('common.delete')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <SessionFormModal opened={creating} onClose={() => setCreating(false)} trainingTypeId={trainingTypeId} />
      <SessionFormModal opened={editing !== null} onClose={() => setEditing(null)} session={editing ?? undefined} />
      {deletion.dialog}
    </>
  )
}
