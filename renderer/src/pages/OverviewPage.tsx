import { Alert, Card, SimpleGrid, Text, Title, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../api/client'
import { PageHeader } from '../components/PageHeader'
import { QueryState } from '../components/QueryState'

function Figure({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <UnstyledButton component={Link} to={to} aria-label={`${label}: ${value}`}>
      <Card withBorder padding="md">
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <Text fz={32} fw={700} lh={1.2}>
          {value}
        </Text>
      </Card>
    </UnstyledButton>
  )
}

export function OverviewPage() {
  const { t } = useTranslation()
  const counts = useApiQuery('overview-get', {})
  const settings = useApiQuery('settings-get', {})
  return (
    <>
      <PageHeader title={t('overview.title')} />
      <Text mb="md" c="dimmed">
        {settings.data?.regionName
          ? t('overview.region', { name: settings.data.regionName })
          : t('overview.unnamedRegion')}
      </Text>
      <QueryState query={counts}>
        {(counts) => {
          const groupTotal = counts.groupsByStatus.active + counts.groupsByStatus.dormant + counts.groupsByStatus.closed
          return (
            <>
              {groupTotal === 0 && counts.people === 0 && (
                <Alert mb="md" color="blue">
                  {t('overview.empty')}
                </Alert>
              )}
              <Title order={3} size="h4" mb="xs">
                {t('overview.groups')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 3 }} mb="lg">
                <Figure label={t('overview.active')} value={counts.groupsByStatus.active} to="/groups?status=active" />
                <Figure
                  label={t('overview.dormant')}
                  value={counts.groupsByStatus.dormant}
                  to="/groups?status=dormant"
                />
                <Figure label={t('overview.closed')} value={counts.groupsByStatus.closed} to="/groups?status=closed" />
              </SimpleGrid>
              <Title order={3} size="h4" mb="xs">
                {t('overview.people')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <Figure label={t('overview.people')} value={counts.people} to="/people" />
                <Figure label={t('overview.currentMemberships')} value={counts.currentMemberships} to="/people" />
                <Figure label={t('overview.peopleWithoutGroup')} value={counts.peopleWithoutGroup} to="/people" />
              </SimpleGrid>
            </>
          )
        }}
      </QueryState>
    </>
  )
}
