import { Anchor, Chip, Group as Row, Text, Timeline, Title } from '@mantine/core'
import {
  IconCalendarCheck,
  IconCoin,
  IconHandStop,
  IconInfoCircle,
  IconPigMoney,
  IconSchool,
  IconUserCheck,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { timelineKinds, type TimelineKind } from '../../../shared/api/timeline'
import { useApiQuery } from '../api/client'
import { QueryState } from './QueryState'

const icons: Record<TimelineKind, typeof IconInfoCircle> = {
  election: IconCalendarCheck,
  term: IconUserCheck,
  handover: IconHandStop,
  finance: IconCoin,
  training: IconSchool,
  box: IconPigMoney,
  status: IconInfoCircle,
}

/** The group across the years, newest first, filterable by kind of record; each entry links to its record. */
export function GroupTimeline({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const [kinds, setKinds] = useState<string[]>([...timelineKinds])
  const timeline = useApiQuery('group-timeline', { groupId })
  return (
    <>
      <Title order={3} size="h4" mb="xs">
        {t('timeline.title')}
      </Title>
      <Chip.Group multiple value={kinds} onChange={setKinds}>
        <Row gap={6} mb="md">
          {timelineKinds.map((kind) => (
            <Chip key={kind} value={kind} size="xs">
              {t(`timeline.kinds.${kind}`)}
            </Chip>
          ))}
        </Row>
      </Chip.Group>
      <QueryState query={timeline}>
        {(entries) => {
          const shown = entries.filter((entry) => kinds.includes(entry.kind))
          if (shown.length === 0) return <Text c="dimmed">{t('timeline.empty')}</Text>
          return (
            <Timeline bulletSize={22} lineWidth={2}>
              {shown.map((entry, index) => {
                const Icon = icons[entry.kind]
                const text = t(`timeline.events.${entry.event}`, entry.params)
                return (
                  <Timeline.Item key={index} bullet={<Icon size={13} aria-hidden />} title={entry.date}>
                    {entry.link ? (
                      <Anchor component={Link} to={entry.link} size="sm">
                        {text}
                      </Anchor>
                    ) : (
                      <Text size="sm">{text}</Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t(`timeline.kinds.${entry.kind}`)}
                    </Text>
                  </Timeline.Item>
                )
              })}
            </Timeline>
          )
        }}
      </QueryState>
    </>
  )
}
