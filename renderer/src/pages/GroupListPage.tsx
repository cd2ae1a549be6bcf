import { Anchor, Button, Select, Table } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { groupSortKeys, groupStatuses, type groupListInput } from '../../../shared/api/groups'
import type { z } from 'zod'
import { useApiQuery } from '../api/client'
import { ListFooter } from '../components/ListFooter'
import { ListToolbar } from '../components/ListToolbar'
import { PageHeader } from '../components/PageHeader'
import { QueryState } from '../components/QueryState'
import { StatusBadge } from '../components/StatusBadge'
import { useListParams } from '../components/useListParams'
import { GroupFormModal } from './GroupFormModal'

const pageSize = 50
type ListInput = z.input<typeof groupListInput>

export function GroupListPage() {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const { values, page, set } = useListParams({ q: '', status: 'all', sort: 'name', dir: 'asc' })
  const [query] = useDebouncedValue(values.q, 200)
  const list = useApiQuery('group-list', {
    query,
    status: values.status as ListInput['status'],
    sort: values.sort as ListInput['sort'],
    dir: values.dir as ListInput['dir'],
    page,
    pageSize,
  })

  return (
    <>
      <PageHeader title={t('groups.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('groups.new')}
        </Button>
      </PageHeader>
      <ListToolbar
        search={values.q}
        searchPlaceholder={t('groups.searchPlaceholder')}
        onSearch={(q) => set({ q })}
        sort={values.sort}
        sortOptions={groupSortKeys.map((key) => ({ value: key, label: t(`groups.sort.${key}`) }))}
        onSort={(sort) => set({ sort })}
        dir={values.dir}
        onDir={(dir) => set({ dir })}
      >
        <Select
          label={t('groups.filterStatus')}
          data={[
            { value: 'all', label: t('groups.allStatuses') },
            ...groupStatuses.map((status) => ({ value: status, label: t(`groups.statuses.${status}`) })),
          ]}
          value={values.status}
          onChange={(status) => set({ status: status ?? 'all' })}
          allowDeselect={false}
          w={180}
        />
      </ListToolbar>
      <QueryState query={list}>
        {({ rows, total }) => (
          <>
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('groups.name')}</Table.Th>
                  <Table.Th>{t('groups.town')}</Table.Th>
                  <Table.Th>{t('groups.kind')}</Table.Th>
                  <Table.Th>{t('groups.status')}</Table.Th>
                  <Table.Th>{t('groups.statusSince')}</Table.Th>
                  <Table.Th ta="right">{t('groups.memberCount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((group) => (
                  <Table.Tr key={group.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/groups/${group.id}`}>
                        {group.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{group.town ?? t('common.none')}</Table.Td>
                    <Table.Td>{t(`groups.kinds.${group.kind}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={group.status} />
                    </Table.Td>
                    <Table.Td>{group.statusSince}</Table.Td>
                    <Table.Td ta="right">{group.memberCount}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ListFooter page={page} pageSize={pageSize} total={total} onPage={(next) => set({ page: String(next) })} />
          </>
        )}
      </QueryState>
      <GroupFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
