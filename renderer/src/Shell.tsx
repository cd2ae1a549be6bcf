import { Alert, AppShell, Burger, Group as Row, NavLink, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconHome, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes, useLocation } from 'react-router'
import { useApiQuery, useRefreshOnChanges } from './api/client'
import { applyLanguage } from './i18n'
import { GroupDetailPage } from './pages/GroupDetailPage'
import { GroupListPage } from './pages/GroupListPage'
import { OverviewPage } from './pages/OverviewPage'
import { PeopleListPage } from './pages/PeopleListPage'
import { PersonDetailPage } from './pages/PersonDetailPage'
import { SettingsPage } from './pages/SettingsPage'

const pages = [
  { to: '/', key: 'nav.overview', icon: IconHome, exact: true },
  { to: '/groups', key: 'nav.groups', icon: IconUsersGroup, exact: false },
  { to: '/people', key: 'nav.people', icon: IconUsers, exact: false },
  { to: '/settings', key: 'nav.settings', icon: IconSettings, exact: false },
] as const

export function Shell() {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure()
  const location = useLocation()
  const settings = useApiQuery('settings-get', {})
  const info = useApiQuery('app-info', {})
  useRefreshOnChanges(useQueryClient())
  useEffect(() => {
    if (settings.data) applyLanguage(settings.data.language)
  }, [settings.data])
  useEffect(close, [location.pathname, close])

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Row h="100%" px="md" justify="space-between">
          <Row gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
          </Row>
          {settings.data?.regionName && <Text c="dimmed">{settings.data.regionName}</Text>}
        </Row>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {pages.map(({ to, key, icon: Icon, exact }) => {
          const active = exact ? location.pathname === to : location.pathname.startsWith(to)
          return (
            <NavLink
              key={to}
              component={Link}
              to={to}
              label={t(key)}
              leftSection={<Icon size={18} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
            />
          )
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {info.data?.isDemo && (
          <Alert color="yellow" mb="md" py={6}>
            {t('app.demoBanner')}
          </Alert>
        )}
        <Routes>
          <Route path="/" element={<OverviewPage />} />
          <Route path="/groups" element={<GroupListPage />} />
          <Route path="/groups/:id" element={<GroupDetailPage />} />
          <Route path="/people" element={<PeopleListPage />} />
          <Route path="/people/:id" element={<PersonDetailPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="*" element={<OverviewPage />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  )
}
