import { ActionIcon, Anchor, Group as Row, Select, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { AttendanceEntry, TrainingSessionDetail } from '../../../../shared/api/trainings'
import { attendanceStatuses, type AttendanceStatus } from '../../../../shared/stewardship/compliance'
import { csvRows } from '../../api/csv'
import { useApiMutation } from '../../api/client'
import { ExportButton, useLocalName } from './display'
import { errorText } from './errors'

/** Who is recorded for the session; each entry's status can be changed or the entry removed. */
export function AttendanceTable({ session }: { session: TrainingSessionDetail }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const set = useApiMutation('attendance-set')
  const remove = useApiMutation('attendance-remove')
  const failed = (error: unknown) => notifications.show({ message: errorText(error, t), color: 'red' })

  const exportRows = () =>
    csvRows(
      [
        { header: t('trainings.compliance.person'), value: (entry: AttendanceEntry) => entry.personName },
        { header: t('trainings.attendance.status'), value: (entry) => t(`trainings.attendance.${entry.status}`) },
        { header: t('trainings.sessions.training'), value: () => localName(session.typeNames) },
        { header: t('trainings.sessions.date'), value: () => session.date },
      ],
      session.attendance,
    )

  return (
    <>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('trainings.attendance.title')}
        </Title>
        <ExportButton fileName={t('trainings.attendance.fileName', { date: session.date })} rows={exportRows} />
      </Row>
      {session.attendance.length === 0 ? (
        <Text c="dimmed">{t('trainings.attendance.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('trainings.compliance.person')}</Table.Th>
              <Table.Th>{t('trainings.attendance.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.attendance.map((entry) => (
              <Table.Tr key={entry.personId}>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${entry.personId}`}>
                    {entry.personName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('trainings.attendance.statusOf', { name: entry.personName })}
                    data={attendanceStatuses.map((status) => ({
                      value: status,
                      label: t(`trainings.attendance.${status}`),
                    }))}
                    value={entry.status}
                    onChange={(status) =>
                      status &&
                      set.mutate(
                        {
                          sessionId: session.id,
                          entries: [{ personId: entry.personId, status: status as AttendanceStatus }],
                        },
                        { onError: failed },
                      )
                    }
                    allowDeselect={false}
                    w={180}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td ta="right">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('trainings.attendance.remove', { name: entry.personName })}
                    title={t('trainings.attendance.remove', { name: entry.personName })}
                    onClick={() =>
                      remove.mutate({ sessionId: session.id, personId: entry.personId }, { onError: failed })
                    }
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  )
}
