import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'

type Props = {
  label: string
  placeholder?: string
  value: number | null
  onChange: (id: number | null) => void
  error?: string
  required?: boolean
  clearable?: boolean
  w?: number
}

/**
 * A searchable choice among all the region's groups (at most a few hundred, so all are loaded):
 * unlike a search-as-you-type picker it shows a saved or linked choice at once.
 */
export function GroupSelect({ label, placeholder, value, onChange, error, required, clearable, w }: Props) {
  const { t } = useTranslation()
  const groups = useApiQuery('group-list', { pageSize: 500 })
  const data = (groups.data?.rows ?? []).map((group) => ({
    value: String(group.id),
    label: group.status === 'active' ? group.name : `${group.name} (${t(`groups.statuses.${group.status}`)})`,
  }))
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable={clearable}
      required={required}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next ? Number(next) : null)}
      error={error}
      nothingFoundMessage="—"
      w={w}
    />
  )
}
