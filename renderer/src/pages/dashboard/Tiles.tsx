import { Card, SimpleGrid, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Dashboard } from '../../../../shared/api/dashboard'

type Tile = { label: string; value: number; note?: string; to: string; alarm: boolean }

function TileCard({ label, value, note, to, alarm }: Tile) {
  return (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: ${value}${note ? `, ${note}` : ''}`}>
      <Card withBorder padding="sm" h="100%" style={alarm ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={28} fw={700} lh={1.2} c={alarm ? 'red.8' : undefined}>
          {value}
        </Text>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Card>
    </UnstyledButton>
  )
}

/** The season's figures; each opens the list behind it, filtered. */
export function Tiles({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation()
  const { tiles, season, fiscalYear } = dashboard
  const year = season.year
  const list: Tile[] = [
    {
      label: t('dashboard.tiles.held'),
      value: tiles.held,
      note: t('dashboard.tiles.heldOf', { held: tiles.held, total: tiles.activeGroups }),
      to: `/elections?season=${year}`,
      alarm: false,
    },
    {
      label: t('dashboard.tiles.late'),
      value: tiles.late,
      to: `/elections?season=${year}&flagged=1`,
      alarm: tiles.late > 0,
    },
    {
      label: t('dashboard.tiles.meetingsSoon'),
      value: tiles.meetingsNext14Days,
      to: `/elections?season=${year}&sort=meeting`,
      alarm: false,
    },
    {
      label: t('dashboard.tiles.vacant'),
      value: tiles.mustRolesVacant,
      note: t('dashboard.tiles.vacantGroups', { count: tiles.groupsWithVacancy }),
      to: '/?problemIn=mustRolesFilled',
      alarm: tiles.mustRolesVacant > 0,
    },
    {
      label: t('dashboard.tiles.handovers'),
      value: tiles.handoversOpen,
      note: t('dashboard.tiles.handoversOverdue', { count: tiles.handoversOverdue }),
      to: tiles.handoversOverdue > 0 ? '/handovers?overdue=1' : '/handovers',
      alarm: tiles.handoversOverdue > 0,
    },
    {
      label: t('dashboard.tiles.auditors'),
      value: tiles.auditorsMissing,
      to: `/finance?year=${fiscalYear}&problem=auditorMissing`,
      alarm: tiles.auditorsMissing > 0,
    },
    {
      label: t('dashboard.tiles.audits'),
      value: tiles.auditsNotApproved,
      to: `/finance?year=${fiscalYear}&problem=auditNotApproved`,
      alarm: false,
    },
    {
      label: t('dashboard.tiles.trainings'),
      value: tiles.trainingGaps,
      to: '/trainings?status=overdue',
      alarm: tiles.trainingGaps > 0,
    },
  ]
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="lg">
      {list.map((tile) => (
        <TileCard key={tile.label} {...tile} />
      ))}
    </SimpleGrid>
  )
}
