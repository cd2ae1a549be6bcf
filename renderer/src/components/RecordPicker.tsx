import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../api/client'

type Props = {
  kind: 'person' | 'group'
  label: string
  placeholder?: string
  value: number | null
  onChange: (id: number | null) => void
  error?: string
  required?: boolean
}

/** Searchable picker that asks main for matches, so it stays quick with thousands of people. */
export function RecordPicker({ kind, label, placeholder, value, onChange, error, required }: Props) {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  // Mantine puts the chosen option's label into the search box; that is no new search.
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null)
  const [query] = useDebouncedValue(chosen && search === chosen.label ? '' : search, 200)
  const people = useApiQuery('person-list', { query, pageSize: 30 }, { enabled: kind === 'person' })
  const groups = useApiQuery('group-list', { query, pageSize: 30 }, { enabled: kind === 'group' })
  const rows = (kind === 'person' ? people.data?.rows : groups.data?.rows) ?? []
  const options = rows.map((row) => ({
    value: String(row.id),
    label:
      'email' in row && row.email
        ? `${row.name} (${row.email})`
        : 'status' in row && row.status !== 'active'
          ? `${row.name} (${t(`groups.statuses.${row.status}`)})`
          : row.name,
  }))
  const data = chosen && !options.some((option) => option.value === chosen.value) ? [chosen, ...options] : options
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setChosen(option ?? null)
        onChange(next ? Number(next) : null)
      }}
      error={error}
      nothingFoundMessage="—"
    />
  )
}
