import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { GroupStatus } from '../../../shared/api/groups'

const colors: Record<GroupStatus, string> = { active: 'green', dormant: 'yellow', closed: 'gray' }

export function StatusBadge({ status }: { status: GroupStatus }) {
  const { t } = useTranslation()
  return (
    <Badge color={colors[status]} variant="light">
      {t(`groups.statuses.${status}`)}
    </Badge>
  )
}
