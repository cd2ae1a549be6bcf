import { Alert, Group as Row, Loader, Select, Text } from '@mantine/core'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/api/settings'
import { useApiQuery } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import { RequirementGrid } from './RequirementGrid'
import { CalendarButton, ReportButton } from './DownloadButtons'
import { Tiles } from './Tiles'

const Charts = lazy(() => import('./Charts'))

/** The home page: the season in one look, and the groups that need a call. */
export function DashboardPage() {
  const { t, i18n } = useTranslation()
  const thisYear = new Date().getFullYear()
  const { values, set } = useListParams({ season: String(thisYear) })
  const season = Number(values.season) || thisYear
  const dashboard = useApiQuery('dashboard-get', { season, language: i18n.language as Language })
  const counts = useApiQuery('overview-get', {})
  const settings = useApiQuery('settings-get', {})
  const years = Array.from({ length: 6 }, (_, index) => String(thisYear + 1 - index))

  return (
    <>
      <PageHeader title={t('dashboard.title')}>
        <ReportButton season={season} />
        <CalendarButton season={season} />
        <Select
          label={t('dashboard.season')}
          data={years}
          value={String(season)}
          onChange={(value) => value && set({ season: value })}
          allowDeselect={false}
          w={110}
          size="xs"
        />
      </PageHeader>
      <QueryState query={dashboard}>
        {(data) => (
          <>
            {data.tiles.activeGroups === 0 && (
              <Alert mb="md" color="blue">
                {t('overview.empty')}
              </Alert>
            )}
            <Row gap="lg" mb="sm">
              <Text size="sm" c="dimmed">
                {settings.data?.regionName
                  ? t('overview.region', { name: settings.data.regionName })
                  : t('overview.unnamedRegion')}
              </Text>
              {counts.data && (
                <Text size="sm" c="dimmed">
                  {t('dashboard.groupsAndPeople', {
                    active: counts.data.groupsByStatus.active,
                    dormant: counts.data.groupsByStatus.dormant,
                    closed: counts.data.groupsByStatus.closed,
                    people: counts.data.people,
                  })}
                </Text>
              )}
              <Text size="sm" c="dimmed">
                {t('dashboard.today', { date: data.today })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('dashboard.fiscalYear', { year: data.fiscalYear })}
              </Text>
            </Row>
            <Tiles dashboard={data} />
            <RequirementGrid dashboard={data} />
            <Suspense fallback={<Loader size="sm" mt="lg" />}>
              <Charts dashboard={data} />
            </Suspense>
          </>
        )}
      </QueryState>
    </>
  )
}
