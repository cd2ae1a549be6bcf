import { Select } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useState } from 'react'
import { useApiQuery } from '../../api/client'

type Option = { value: string; label: string }

type Props = {
  label: string
  placeholder?: string
  value: number | null
  /** The label of the person already chosen, so an edit form shows who it is before any search. */
  initial: Option | null
  onChange: (id: number | null) => void
  error?: string
  required?: boolean
}

/**
 * A searchable person picker like RecordPicker, but one that can open on a saved choice: the saved
 * person may not be among the first matches of an empty search.
 */
export function PersonPicker({ label, placeholder, value, initial, onChange, error, required }: Props) {
  const [search, setSearch] = useState('')
  const [chosen, setChosen] = useState<Option | null>(initial)
  const [query] = useDebouncedValue(chosen && search === chosen.label ? '' : search, 200)
  const people = useApiQuery('person-list', { query, pageSize: 30 })
  const options = (people.data?.rows ?? []).map((row) => ({
    value: String(row.id),
    label: row.email ? `${row.name} (${row.email})` : row.name,
  }))
  const data = chosen && !options.some((option) => option.value === chosen.value) ? [chosen, ...options] : options
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      required={required}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
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
