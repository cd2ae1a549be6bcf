import { Anchor, Group as Row, Text } from '@mantine/core'
import { IconAlertTriangle, IconCheck, IconClock, IconMinus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Cell, CellStatus } from '../../../../shared/dashboard/grid'

const look: Record<CellStatus, { color: string; icon: typeof IconCheck }> = {
  ok: { color: 'green.8', icon: IconCheck },
  problem: { color: 'red.8', icon: IconAlertTriangle },
  pending: { color: 'yellow.9', icon: IconClock },
  na: { color: 'gray.6', icon: IconMinus },
}

/** One grid cell: icon, colour and a short word, so it reads without colour; the title and label say why. */
export function CellBadge({ cell, to, label }: { cell: Cell; to: string; label: string }) {
  const { t } = useTranslation()
  const { color, icon: Icon } = look[cell.status]
  const detail = t(`dashboard.cells.${cell.detail}`, cell.params)
  return (
    // The native title is the tooltip: a national grid has thousands of cells, too many for a popover each.
    <Anchor
      title={detail}
      component={Link}
      to={to}
      underline="never"
      aria-label={`${label} ${detail}`}
      c={color}
      data-status={cell.status}
    >
      <Row gap={4} wrap="nowrap">
        <Icon size={16} aria-hidden />
        <Text size="xs" fw={cell.status === 'problem' ? 700 : 400} c={color}>
          {t(`dashboard.status.${cell.status}`)}
        </Text>
      </Row>
    </Anchor>
  )
}
