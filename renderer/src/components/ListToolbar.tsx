import { ActionIcon, Group as Row, Select, TextInput } from '@mantine/core'
import { IconSearch, IconSortAscending, IconSortDescending } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

type Props = {
  search: string
  searchPlaceholder: string
  onSearch: (value: string) => void
  sort: string
  sortOptions: { value: string; label: string }[]
  onSort: (value: string) => void
  dir: string
  onDir: (value: 'asc' | 'desc') => void
  /** Filters that sit between the search box and the sort controls. */
  children?: ReactNode
}

/** Search, filters and sort above a list, the same on every list page. */
export function ListToolbar({
  search,
  searchPlaceholder,
  onSearch,
  sort,
  sortOptions,
  onSort,
  dir,
  onDir,
  children,
}: Props) {
  const { t } = useTranslation()
  const direction = dir === 'asc' ? t('common.ascending') : t('common.descending')
  return (
    <Row mb="sm" align="end" wrap="wrap">
      <TextInput
        label={t('common.search')}
        placeholder={searchPlaceholder}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        w={300}
      />
      {children}
      <Select
        label={t('common.sortBy')}
        data={sortOptions}
        value={sort}
        onChange={(value) => value && onSort(value)}
        allowDeselect={false}
        w={170}
      />
      <ActionIcon
        variant="default"
        size="input-sm"
        onClick={() => onDir(dir === 'asc' ? 'desc' : 'asc')}
        aria-label={direction}
        title={direction}
      >
        {dir === 'asc' ? <IconSortAscending size={18} /> : <IconSortDescending size={18} />}
      </ActionIcon>
    </Row>
  )
}
