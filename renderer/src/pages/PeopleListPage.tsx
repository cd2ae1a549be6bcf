import { Anchor, Button, Table } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../api/client'
import { ListFooter } from '../components/ListFooter'
import { ListToolbar } from '../components/ListToolbar'
import { PageHeader } from '../components/PageHeader'
import { QueryState } from '../components/QueryState'
import { useListParams } from '../components/useListParams'
import { PersonFormModal } from './PersonFormModal'

const pageSize = 50

export function PeopleListPage() {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const { values, page, set } = useListParams({ q: '', sort: 'name', dir: 'asc' })
  const [query] = useDebouncedValue(values.q, 200)
  const list = useApiQuery('person-list', {
    query,
    sort: values.sort === 'updated' ? 'updated' : 'name',
    dir: values.dir === 'desc' ? 'desc' : 'asc',
    page,
    pageSize,
  })

  return (
    <>
      <PageHeader title={t('people.title')}>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('people.new')}
        </Button>
      </PageHeader>
      <ListToolbar
        search={values.q}
        searchPlaceholder={t('people.searchPlaceholder')}
        onSearch={(q) => set({ q })}
        sort={values.sort}
        sortOptions={(['name', 'updated'] as const).map((key) => ({ value: key, label: t(`people.sort.${key}`) }))}
        onSort={(sort) => set({ sort })}
        dir={values.dir}
        onDir={(dir) => set({ dir })}
      />
      <QueryState query={list}>
        {({ rows, total }) => (
          <>
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('people.name')}</Table.Th>
                  <Table.Th>{t('people.email')}</Table.Th>
                  <Table.Th>{t('people.phone')}</Table.Th>
                  <Table.Th>{t('people.groups')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${person.id}`}>
                        {person.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{person.email ?? t('common.none')}</Table.Td>
                    <Table.Td>{person.phone ?? t('common.none')}</Table.Td>
                    <Table.Td>{person.groups.join(', ') || t('common.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ListFooter page={page} pageSize={pageSize} total={total} onPage={(next) => set({ page: String(next) })} />
          </>
        )}
      </QueryState>
      <PersonFormModal opened={creating} onClose={() => setCreating(false)} />
    </>
  )
}
