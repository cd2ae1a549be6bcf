import { Button, Card, Group as Row, List, Stack, Text, Timeline, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HistoryEntry } from '../../../../shared/api/history'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { entryTitle, fieldLabel, formatMoment, valueText } from './format'

type Props = { entity: 'group' | 'person'; id: number }

const pageSize = 20

/** What changed on a group or a person, newest first: who did it is always the leader, so when and what. */
export function EntityHistory({ entity, id }: Props) {
  const { t } = useTranslation()
  const [pages, setPages] = useState<number[]>([])
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('records.history.title')}
      </Title>
      <Stack gap="xs">
        <HistoryPage
          entity={entity}
          id={id}
          onMore={(before) => setPages((shown) => [...shown, before])}
          last={pages.length === 0}
        />
        {pages.map((before, index) => (
          <HistoryPage
            key={before}
            entity={entity}
            id={id}
            before={before}
            last={index === pages.length - 1}
            onMore={(next) => setPages((shown) => [...shown, next])}
          />
        ))}
      </Stack>
    </Card>
  )
}

function HistoryPage({
  entity,
  id,
  before,
  last,
  onMore,
}: Props & { before?: number; last: boolean; onMore: (before: number) => void }) {
  const { t } = useTranslation()
  const query = useApiQuery('history-list', { entity, id, before, limit: pageSize })
  return (
    <QueryState query={query}>
      {({ rows, more }) => (
        <>
          {rows.length === 0 && before === undefined && <Text c="dimmed">{t('records.history.empty')}</Text>}
          <Timeline bulletSize={12} lineWidth={2}>
            {rows.map((entry) => (
              <Timeline.Item key={entry.id} title={entryTitle(entry, t)}>
                <Entry entry={entry} />
              </Timeline.Item>
            ))}
          </Timeline>
          {more && last && (
            <Row>
              <Button variant="subtle" size="xs" onClick={() => onMore(rows.at(-1)!.id)}>
                {t('records.history.more')}
              </Button>
            </Row>
          )}
        </>
      )}
    </QueryState>
  )
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation()
  return (
    <>
      <Text size="xs" c="dimmed">
        {formatMoment(entry.at, i18n.language)}
      </Text>
      {entry.changes.length > 0 && (
        <List size="sm" spacing={0}>
          {entry.changes.map((change) => (
            <List.Item key={change.field}>
              <Text span fw={500} size="sm">
                {fieldLabel(change.field)}
              </Text>
              {': '}
              {entry.action === 'update' && (
                <>
                  <Text span size="sm" td="line-through" c="dimmed">
                    {valueText(entry, change.field, change.before, t)}
                  </Text>
                  {' → '}
                </>
              )}
              <Text span size="sm">
                {valueText(entry, change.field, entry.action === 'delete' ? change.before : change.after, t)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </>
  )
}
