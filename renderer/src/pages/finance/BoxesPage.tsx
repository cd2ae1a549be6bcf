import { Button, Group as Row, Select, Switch, Text } from '@mantine/core'
import { IconDownload, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { boxStatuses, type BoxStatus } from '../../../../shared/stewardship/boxes'
import { useApiQuery } from '../../api/client'
import { downloadCsv } from '../../api/csv'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import { BoxFormModal } from './BoxFormModal'
import { BoxTable } from './BoxTable'
import { boxStatusOptions } from './display'
import { boxesCsv } from './exports'
import { GroupSelect } from './GroupSelect'

/** Every group's collection boxes, with the ones overdue for counting flagged in words. */
export function BoxesPage() {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const { values, set } = useListParams({ group: '', status: 'all', stale: '0' })
  const groupId = Number(values.group) || undefined
  const status = (boxStatuses as readonly string[]).includes(values.status) ? (values.status as BoxStatus) : 'all'
  const list = useApiQuery('box-list', { groupId, status, staleOnly: values.stale === '1' })
  const filtered = groupId !== undefined || status !== 'all' || values.stale === '1'

  return (
    <>
      <PageHeader title={t('finance.boxes.title')}>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          disabled={!list.data || list.data.rows.length === 0}
          onClick={() => list.data && downloadCsv(t('finance.boxes.fileName'), boxesCsv(list.data.rows, t))}
        >
          {t('finance.boxes.exportCsv')}
        </Button>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('finance.boxes.new')}
        </Button>
      </PageHeader>
      <Row mb="sm" align="end" wrap="wrap">
        <GroupSelect
          label={t('finance.boxes.group')}
          placeholder={t('finance.boxes.allGroups')}
          value={groupId ?? null}
          onChange={(next) => set({ group: next === null ? '' : String(next) })}
          clearable
          w={260}
        />
        <Select
          label={t('finance.boxes.status')}
          data={[{ value: 'all', label: t('finance.boxes.allStatuses') }, ...boxStatusOptions(t)]}
          value={status}
          onChange={(next) => set({ status: next ?? 'all' })}
          allowDeselect={false}
          w={180}
        />
        <Switch
          label={t('finance.boxes.staleOnly')}
          checked={values.stale === '1'}
          onChange={(event) => set({ stale: event.currentTarget.checked ? '1' : '0' })}
          mb={8}
        />
      </Row>
      <QueryState query={list}>
        {({ rows, staleMonths }) => (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t('finance.boxes.staleRule', { count: staleMonths })}
            </Text>
            {rows.length === 0 ? (
              <Text c="dimmed">{filtered ? t('finance.boxes.noneMatch') : t('finance.boxes.none')}</Text>
            ) : (
              <BoxTable rows={rows} showGroup />
            )}
          </>
        )}
      </QueryState>
      <BoxFormModal opened={creating} onClose={() => setCreating(false)} defaultGroupId={groupId} />
    </>
  )
}
