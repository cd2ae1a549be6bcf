import { Badge } from '@mantine/core'
import {
  IconCircleCheck,
  IconCircleDashed,
  IconClockExclamation,
  IconPlayerSkipForward,
  IconProgress,
} from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { HandoverStatus } from '../../../../shared/stewardship/handovers'

const looks: Record<HandoverStatus, { color: string; icon: typeof IconCircleCheck }> = {
  open: { color: 'blue', icon: IconCircleDashed },
  in_progress: { color: 'cyan', icon: IconProgress },
  done: { color: 'green', icon: IconCircleCheck },
  waived: { color: 'gray', icon: IconPlayerSkipForward },
}

/** The status in words, with an icon that does not rely on colour. */
export function HandoverStatusBadge({ status }: { status: HandoverStatus }) {
  const { t } = useTranslation()
  const { color, icon: Icon } = looks[status]
  return (
    <Badge color={color} variant="light" leftSection={<Icon size={12} aria-hidden />}>
      {t(`stewardship.handovers.statuses.${status}`)}
    </Badge>
  )
}

/** Said in words and with an icon, so it is not told by colour alone. */
export function OverdueBadge({ dueOn }: { dueOn: string }) {
  const { t } = useTranslation()
  return (
    <Badge
      color="red"
      variant="filled"
      leftSection={<IconClockExclamation size={12} aria-hidden />}
      title={t('stewardship.handovers.overdueSince', { date: dueOn })}
    >
      {t('stewardship.handovers.overdue')}
    </Badge>
  )
}
