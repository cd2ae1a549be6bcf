import { Button, Group as Row, Select, Switch } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate, useParams } from 'react-router'
import type { z } from 'zod'
import type { handoverListInput } from '../../../../shared/api/roles'
import { handoverStatuses } from '../../../../shared/stewardship/handovers'
import { useApiQuery } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { RecordPicker } from '../../components/RecordPicker'
import { useListParams } from '../../components/useListParams'
import { ExportButton } from '../roles/ExportButton'
import { useRoleName } from '../roles/text'
import { HandoverCreateModal } from './HandoverCreateModal'
import { HandoverDrawer } from './HandoverDrawer'
import { HandoverTable } from './HandoverTable'
import { handoverCsv } from './handoverCsv'

type StatusFilter = z.input<typeof handoverListInput>['status']

/** Every handover in the region, filtered by status, lateness and group; each opens in a drawer. */
export function HandoverListPage() {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const [creating, setCreating] = useState(false)
  // The open handover is in the address too, so a reload keeps it open.
  const { values, set } = useListParams({ status: 'active', overdue: '', group: '', open: '' })
  const groupId = Number(values.group) || undefined
  const list = useApiQuery('handover-list', {
    status: values.status as StatusFilter,
    overdueOnly: values.overdue === '1',
    groupId,
  })
  // /handovers/:id (as other pages link to a handover) opens the same drawer.
  const routeId = Number(useParams().id) || null
  const navigate = useNavigate()
  const location = useLocation()
  const openId = Number(values.open) || routeId
  const closeDrawer = () =>
    routeId ? navigate({ pathname: '/handovers', search: location.search }) : set({ open: '' })

  return (
    <>
      <PageHeader title={t('stewardship.handovers.title')}>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
          {t('stewardship.handovers.new')}
        </Button>
      </PageHeader>
      <Row mb="sm" align="end" wrap="wrap" justify="space-between">
        <Row align="end" wrap="wrap">
          <Select
            label={t('stewardship.handovers.filterStatus')}
            data={[
              { value: 'active', label: t('stewardship.handovers.activeStatuses') },
              { value: 'all', label: t('stewardship.handovers.allStatuses') },
              ...handoverStatuses.map((status) => ({
                value: status,
                label: t(`stewardship.handovers.statuses.${status}`),
              })),
            ]}
            value={values.status}
            onChange={(status) => set({ status: status ?? 'active' })}
            allowDeselect={false}
            w={200}
          />
          <div style={{ width: 260 }}>
            <RecordPicker
              kind="group"
              label={t('stewardship.handovers.filterGroup')}
              placeholder={t('stewardship.handovers.anyGroup')}
              value={groupId ?? null}
              onChange={(next) => set({ group: next ? String(next) : '' })}
            />
          </div>
          <Switch
            label={t('stewardship.handovers.overdueOnly')}
            checked={values.overdue === '1'}
            onChange={(event) => set({ overdue: event.currentTarget.checked ? '1' : '' })}
            mb={8}
          />
        </Row>
        <ExportButton
          fileName={t('stewardship.handovers.fileName')}
          disabled={!list.data?.length}
          rows={() => handoverCsv(list.data ?? [], t, roleName)}
        />
      </Row>
      <QueryState query={list}>
        {(rows) => <HandoverTable rows={rows} onOpen={(id) => set({ open: String(id) })} />}
      </QueryState>
      <HandoverDrawer id={openId} onClose={closeDrawer} />
      <HandoverCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => set({ open: String(id) })}
      />
    </>
  )
}
