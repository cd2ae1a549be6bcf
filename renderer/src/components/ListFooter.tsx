import { Group as Row, Pagination, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function ListFooter({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number
  pageSize: number
  total: number
  onPage: (page: number) => void
}) {
  const { t } = useTranslation()
  if (total === 0) return <Text c="dimmed">{t('common.noResults')}</Text>
  const from = (page - 1) * pageSize + 1
  const to = Math.min(total, page * pageSize)
  return (
    <Row justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', { from, to, total })}
      </Text>
      {total > pageSize && <Pagination value={page} onChange={onPage} total={Math.ceil(total / pageSize)} size="sm" />}
    </Row>
  )
}
