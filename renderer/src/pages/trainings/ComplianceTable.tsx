import { Anchor, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ComplianceRow, Names } from '../../../../shared/api/trainings'
import { csvRows, type CsvRow } from '../../api/csv'
import { ComplianceBadge, useLocalName } from './display'

/** What else the leader needs to know about a row: when it lapses or lapsed, or the session booked. */
export function complianceNote(row: ComplianceRow, t: TFunction): string | null {
  const notes: string[] = []
  if (row.status === 'done' && row.expiresOn) notes.push(t('trainings.compliance.expiresOn', { date: row.expiresOn }))
  if (row.status === 'expired' && row.expiredOn)
    notes.push(t('trainings.compliance.expiredOn', { date: row.expiredOn }))
  if (row.status !== 'done' && row.nextSessionOn)
    notes.push(t('trainings.compliance.registeredFor', { date: row.nextSessionOn }))
  return notes.length ? notes.join('; ') : null
}

export function complianceCsv(rows: ComplianceRow[], t: TFunction, localName: (names: Names) => string): CsvRow[] {
  return csvRows(
    [
      { header: t('trainings.compliance.group'), value: (row) => row.groupName },
      { header: t('trainings.compliance.role'), value: (row) => localName(row.roleNames) },
      { header: t('trainings.compliance.person'), value: (row) => row.personName },
      { header: t('trainings.compliance.termFrom'), value: (row) => row.termFrom },
      { header: t('trainings.compliance.training'), value: (row) => localName(row.trainingNames) },
      { header: t('trainings.compliance.status'), value: (row) => t(`trainings.status.${row.status}`) },
      { header: t('trainings.compliance.dueOn'), value: (row) => row.dueOn },
      { header: t('trainings.compliance.lastAttendedOn'), value: (row) => row.lastAttendedOn },
      { header: t('trainings.compliance.expiredOnColumn'), value: (row) => row.expiredOn },
      { header: t('trainings.compliance.expiresOnColumn'), value: (row) => row.expiresOn },
      { header: t('trainings.compliance.nextSessionOn'), value: (row) => row.nextSessionOn },
    ],
    rows,
  )
}

/** Role holders against the trainings their roles require; each row links to the person and the group. */
export function ComplianceTable({ rows, showGroup = true }: { rows: ComplianceRow[]; showGroup?: boolean }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {showGroup && <Table.Th>{t('trainings.compliance.group')}</Table.Th>}
            <Table.Th>{t('trainings.compliance.role')}</Table.Th>
            <Table.Th>{t('trainings.compliance.person')}</Table.Th>
            <Table.Th>{t('trainings.compliance.training')}</Table.Th>
            <Table.Th>{t('trainings.compliance.status')}</Table.Th>
            <Table.Th>{t('trainings.compliance.dueOn')}</Table.Th>
            <Table.Th>{t('trainings.compliance.lastAttendedOn')}</Table.Th>
            <Table.Th>{t('trainings.compliance.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.termId}-${row.trainingTypeId}`} data-testid="compliance-row">
              {showGroup && (
                <Table.Td>
                  <Anchor component={Link} to={`/groups/${row.groupId}`}>
                    {row.groupName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                {localName(row.roleNames)}
                <Text size="xs" c="dimmed">
                  {t('trainings.compliance.since', { date: row.termFrom })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/people/${row.personId}`}>
                  {row.personName}
                </Anchor>
              </Table.Td>
              <Table.Td>{localName(row.trainingNames)}</Table.Td>
              <Table.Td>
                <ComplianceBadge status={row.status} />
              </Table.Td>
              <Table.Td>{row.dueOn}</Table.Td>
              <Table.Td>{row.lastAttendedOn ?? t('common.none')}</Table.Td>
              <Table.Td>
                <Text size="sm">{complianceNote(row, t) ?? ''}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
