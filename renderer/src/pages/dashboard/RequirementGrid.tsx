import { Button, Group as Row, Select, Switch, Table, Text, Title } from '@mantine/core'
import { IconDownload } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dashboard, GridRow } from '../../../../shared/api/dashboard'
import { requirementKeys, type RequirementKey } from '../../../../shared/dashboard/grid'
import { downloadCsv } from '../../api/csv'
import { ListFooter } from '../../components/ListFooter'
import { useListParams } from '../../components/useListParams'
import { GroupGridRow } from './GroupGridRow'
import { ReminderModal } from './ReminderModal'
import classes from './RequirementGrid.module.css'

const gridPageSize = 100

/** The group × requirement grid: sticky header and first column, filter and sort by problem. */
export function RequirementGrid({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation()
  const { values, page: wantedPage, set } = useListParams({ problems: '0', problemIn: 'any', order: 'problems' })
  const [reminding, setReminding] = useState<GridRow | null>(null)
  const rows = useMemo(() => {
    const wanted = values.problemIn as RequirementKey | 'any'
    const filtered = dashboard.grid.filter(
      (row) =>
        (values.problems !== '1' || row.problems > 0) && (wanted === 'any' || row.cells[wanted].status === 'problem'),
    )
    return values.order === 'problems' ? [...filtered].sort((a, b) => b.problems - a.problems) : filtered
  }, [dashboard.grid, values.problems, values.problemIn, values.order])

  // A country has 1,000 groups: the grid shows a page at a time, the most troubled first by default.
  const page = Math.min(wantedPage, Math.max(1, Math.ceil(rows.length / gridPageSize)))
  const shown = rows.slice((page - 1) * gridPageSize, page * gridPageSize)

  const exportCsv = () =>
    downloadCsv(`requirements-${dashboard.season.year}.csv`, [
      [t('dashboard.grid.group'), ...requirementKeys.map((key) => t(`dashboard.requirements.${key}`))],
      ...rows.map((row) => [
        row.groupName,
        ...requirementKeys.map(
          (key) =>
            `${t(`dashboard.status.${row.cells[key].status}`)}: ${t(`dashboard.cells.${row.cells[key].detail}`, row.cells[key].params)}`,
        ),
      ]),
    ])

  return (
    <>
      <Row justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h4">
          {t('dashboard.grid.title')}
        </Title>
        <Row gap="sm" align="end" wrap="wrap">
          <Switch
            label={t('dashboard.grid.onlyProblems')}
            checked={values.problems === '1'}
            onChange={(event) => set({ problems: event.currentTarget.checked ? '1' : '0' })}
          />
          <Select
            label={t('dashboard.grid.problemIn')}
            size="xs"
            w={200}
            allowDeselect={false}
            value={values.problemIn}
            onChange={(value) => set({ problemIn: value ?? 'any' })}
            data={[
              { value: 'any', label: t('dashboard.grid.anyRequirement') },
              ...requirementKeys.map((key) => ({ value: key, label: t(`dashboard.requirements.${key}`) })),
            ]}
          />
          <Select
            label={t('common.sortBy')}
            size="xs"
            w={180}
            allowDeselect={false}
            value={values.order}
            onChange={(value) => set({ order: value ?? 'problems' })}
            data={[
              { value: 'problems', label: t('dashboard.grid.sortByProblems') },
              { value: 'name', label: t('dashboard.grid.sortByName') },
            ]}
          />
          <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={exportCsv}>
            {t('dashboard.grid.exportCsv')}
          </Button>
        </Row>
      </Row>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('dashboard.grid.empty')}</Text>
      ) : (
        <div className={classes.scroller}>
          <Table stickyHeader withColumnBorders className={classes.table} aria-label={t('dashboard.grid.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th className={classes.groupColumn}>{t('dashboard.grid.group')}</Table.Th>
                <Table.Th>{t('dashboard.grid.problems')}</Table.Th>
                {requirementKeys.map((key) => (
                  <Table.Th key={key}>{t(`dashboard.requirements.${key}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <GroupGridRow key={row.groupId} row={row} dashboard={dashboard} onRemind={setReminding} />
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <ListFooter
        page={page}
        pageSize={gridPageSize}
        total={rows.length}
        onPage={(next) => set({ page: String(next) })}
      />
      <ReminderModal row={reminding} season={dashboard.season.year} onClose={() => setReminding(null)} />
    </>
  )
}
