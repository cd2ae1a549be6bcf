import { Group as Row, Select, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { complianceFilters, type ComplianceFilter } from '../../../../shared/api/trainings'
import { complianceStatuses } from '../../../../shared/stewardship/compliance'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { RecordPicker } from '../../components/RecordPicker'
import { useListParams } from '../../components/useListParams'
import { ComplianceTable, complianceCsv } from './ComplianceTable'
import { ExportButton, useLocalName } from './display'

/** The region's list: every current role holder against each training the role requires, overdue first. */
export function ComplianceTab() {
  const { t } = useTranslation()
  const localName = useLocalName()
  const { values, set } = useListParams({ status: 'all', group: '' })
  const groupId = Number(values.group) || null
  const status = (complianceFilters as readonly string[]).includes(values.status)
    ? (values.status as ComplianceFilter)
    : 'all'
  const list = useApiQuery('training-compliance', { status, groupId })

  return (
    <>
      <Row mb="sm" align="end" wrap="wrap" justify="space-between">
        <Row align="end" wrap="wrap">
          <Select
            label={t('trainings.compliance.filterStatus')}
            data={complianceFilters.map((filter) => ({ value: filter, label: t(`trainings.statusFilter.${filter}`) }))}
            value={status}
            onChange={(next) => set({ status: next ?? 'all' })}
            allowDeselect={false}
            w={200}
          />
          <div style={{ width: 280 }}>
            <RecordPicker
              kind="group"
              label={t('trainings.compliance.filterGroup')}
              placeholder={t('trainings.compliance.allGroups')}
              value={groupId}
              onChange={(id) => set({ group: id ? String(id) : '' })}
            />
          </div>
        </Row>
        <ExportButton
          fileName={t('trainings.compliance.fileName')}
          rows={() => complianceCsv(list.data ?? [], t, localName)}
        />
      </Row>
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('trainings.compliance.empty')}</Text>
          ) : (
            <>
              <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
                {complianceStatuses
                  .map((state) => ({ state, count: rows.filter((row) => row.status === state).length }))
                  .filter(({ count }) => count > 0)
                  .map(({ state, count }) => `${t(`trainings.status.${state}`)}: ${count}`)
                  .join(' · ')}
              </Text>
              <ComplianceTable rows={rows} />
            </>
          )
        }
      </QueryState>
    </>
  )
}
