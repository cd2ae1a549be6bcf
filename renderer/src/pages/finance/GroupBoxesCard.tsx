import { Button, Card, Group as Row, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { BoxFormModal } from './BoxFormModal'
import { BoxTable } from './BoxTable'

/** One group's collection boxes, for the group page. */
export function GroupBoxesCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const list = useApiQuery('box-list', { groupId })
  return (
    <Card withBorder>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('finance.boxes.cardTitle')}
        </Title>
        <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
          {t('finance.boxes.new')}
        </Button>
      </Row>
      <QueryState query={list}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('finance.boxes.none')}</Text>
          ) : (
            <BoxTable rows={rows} showGroup={false} />
          )
        }
      </QueryState>
      <BoxFormModal opened={creating} onClose={() => setCreating(false)} groupId={groupId} />
    </Card>
  )
}
