import '@mantine/charts/styles.css'
import { BarChart, LineChart } from '@mantine/charts'
import { Card, Progress, SimpleGrid, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Dashboard } from '../../../../shared/api/dashboard'
import { percent } from '../../../../shared/dashboard/charts'

/** Drawn from data shaped in shared/dashboard/charts.ts; loaded on demand so start-up stays light. */
export default function Charts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation()
  const year = dashboard.season.year
  const { heldPerWeek, mustRoles, trainings } = dashboard.charts
  const thisLabel = t('dashboard.charts.thisSeason', { year })
  const lastLabel = t('dashboard.charts.lastSeason', { year: year - 1 })
  const weekly = heldPerWeek.map((point) => ({
    week: point.week,
    [thisLabel]: point.thisSeason,
    [lastLabel]: point.lastSeason,
  }))
  const share = percent(mustRoles.filled, mustRoles.total)
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" mt="lg">
      <Card withBorder>
        <Title order={4} size="h5" mb="xs">
          {t('dashboard.charts.heldPerWeek')}
        </Title>
        <LineChart
          h={200}
          data={weekly}
          dataKey="week"
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          xAxisLabel={t('dashboard.charts.week')}
          series={[
            { name: thisLabel, color: 'indigo.6' },
            { name: lastLabel, color: 'gray.5', strokeDasharray: '5 5' },
          ]}
          curveType="stepAfter"
          withDots={false}
        />
      </Card>
      <Card withBorder>
        <Title order={4} size="h5" mb="xs">
          {t('dashboard.charts.mustRoles')}
        </Title>
        <Text fz={28} fw={700}>
          {share} %
        </Text>
        <Progress value={share} size="lg" aria-label={t('dashboard.charts.mustRoles')} />
        <Text size="sm" c="dimmed" mt="xs">
          {t('dashboard.charts.mustRolesText', { ...mustRoles, percent: share })}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={4} size="h5" mb="xs">
          {t('dashboard.charts.trainings')}
        </Title>
        <BarChart
          h={200}
          dataKey="status"
          data={(['done', 'due', 'overdue', 'expired'] as const).map((status) => ({
            status: t(`dashboard.charts.${status}`),
            count: trainings[status],
          }))}
          series={[{ name: 'count', color: 'indigo.6', label: t('dashboard.charts.trainings') }]}
          withBarValueLabel
        />
      </Card>
    </SimpleGrid>
  )
}
