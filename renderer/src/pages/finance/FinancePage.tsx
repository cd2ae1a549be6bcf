import { Alert, Anchor, Button, Group as Row, Select, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconDownload, IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { financeProblems, type FinanceProblem, type FinanceYearRow } from '../../../../shared/api/finance'
import { useApiQuery } from '../../api/client'
import { downloadCsv } from '../../api/csv'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import {
  AuditStatusBadge,
  AuditorCell,
  MissingBadge,
  ReceivedCell,
  defaultFiscalYear,
  fiscalYearChoices,
  treasurerNames,
} from './display'
import { financeCsv } from './exports'
import { FinanceYearModal } from './FinanceYearModal'

/** Every group's fiscal year at a glance: who kept the books, which reports came in, and the audit. */
export function FinancePage() {
  const { t } = useTranslation()
  const fallbackYear = String(defaultFiscalYear())
  const { values, set } = useListParams({ year: fallbackYear, problem: 'all' })
  const year = Number(values.year) || Number(fallbackYear)
  const problem = (financeProblems as readonly string[]).includes(values.problem)
    ? (values.problem as FinanceProblem)
    : undefined
  const list = useApiQuery('finance-year-list', { year, problem })
  const all = useApiQuery('finance-year-list', { year })
  // The target outlives the dialog's closing animation, so the closing form never loses its group.
  const [editing, setEditing] = useState<FinanceYearRow | null>(null)
  const [opened, setOpened] = useState(false)
  const withProblems = all.data?.rows.filter((row) => row.flags.length > 0).length ?? 0

  return (
    <>
      <PageHeader title={t('finance.years.title')}>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          disabled={!list.data || list.data.rows.length === 0}
          onClick={() => list.data && downloadCsv(t('finance.years.fileName', { year }), financeCsv(list.data.rows, t))}
        >
          {t('finance.years.exportCsv')}
        </Button>
      </PageHeader>
      <Row mb="sm" align="end" wrap="wrap">
        <Select
          label={t('finance.years.year')}
          data={fiscalYearChoices()}
          value={String(year)}
          onChange={(next) => set({ year: next ?? fallbackYear })}
          allowDeselect={false}
          w={130}
        />
        <Select
          label={t('finance.years.show')}
          data={[
            { value: 'all', label: t('finance.years.allGroups') },
            { value: 'any', label: t('finance.years.anyProblem') },
            ...financeProblems
              .filter((key) => key !== 'any')
              .map((key) => ({ value: key, label: t(`finance.years.flagNames.${key}`) })),
          ]}
          value={problem ?? 'all'}
          onChange={(next) => set({ problem: next ?? 'all' })}
          allowDeselect={false}
          w={260}
        />
      </Row>
      {year >= new Date().getFullYear() && (
        <Alert color="blue" variant="light" mb="sm" py={6}>
          {t('finance.years.activeYearNote', { year })}
        </Alert>
      )}
      {all.data && all.data.rows.length > 0 && (
        <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
          {t('finance.years.summary', { problems: withProblems, total: all.data.rows.length })}
        </Text>
      )}
      <QueryState query={list}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text c="dimmed">
              {problem ? t('finance.years.noneMatch', { year }) : t('finance.years.noGroups', { year })}
            </Text>
          ) : (
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.years.group')}</Table.Th>
                  <Table.Th>{t('finance.years.treasurer')}</Table.Th>
                  <Table.Th>{t('finance.years.cashBook')}</Table.Th>
                  <Table.Th>{t('finance.years.annualReport')}</Table.Th>
                  <Table.Th>{t('finance.years.activityReport')}</Table.Th>
                  <Table.Th>{t('finance.years.auditor')}</Table.Th>
                  <Table.Th>{t('finance.years.audit')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('finance.years.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.groupId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/groups/${row.groupId}`}>
                        {row.groupName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {row.treasurers.length > 0 ? (
                        <Text size="sm">{treasurerNames(row)}</Text>
                      ) : (
                        <MissingBadge label={t('finance.years.flagNames.treasurerMissing')} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ReceivedCell date={row.cashBookReceivedOn} />
                    </Table.Td>
                    <Table.Td>
                      <ReceivedCell date={row.annualReportReceivedOn} />
                    </Table.Td>
                    <Table.Td>
                      <ReceivedCell date={row.activityReportReceivedOn} />
                    </Table.Td>
                    <Table.Td>
                      <AuditorCell row={row} />
                    </Table.Td>
                    <Table.Td>
                      <AuditStatusBadge status={row.auditStatus} />
                      {row.auditDecidedOn && (
                        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                          {row.auditDecidedOn}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil size={14} />}
                        onClick={() => {
                          setEditing(row)
                          setOpened(true)
                        }}
                        aria-label={`${t('finance.years.edit')}: ${row.groupName}`}
                      >
                        {t('finance.years.edit')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      {editing && (
        <FinanceYearModal
          opened={opened}
          onClose={() => setOpened(false)}
          groupId={editing.groupId}
          groupName={editing.groupName}
          year={year}
        />
      )}
    </>
  )
}
