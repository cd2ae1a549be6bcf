import { Alert, AppShell, Burger, Group as Row, Loader, NavLink, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconClipboardCheck, IconHome, IconSchool, IconSettings, IconUsers, IconUsersGroup } from '@tabler/icons-react'
import { IconPigMoney, IconReportMoney } from '@tabler/icons-react'
import { IconArrowsExchange, IconId } from '@tabler/icons-react'
import { IconFileImport } from '@tabler/icons-react'
import { IconShieldLock } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router'
import { useApiQuery, useMenuNavigation, useRefreshOnChanges } from './api/client'
import { applyLanguage } from './i18n'
import { CommandPalette, PaletteButton } from './components/CommandPalette'
import { DashboardPage } from './pages/dashboard/DashboardPage'
import {
  BoxesPage,
  ElectionListPage,
  ElectionPage,
  FinancePage,
  GroupDetailPage,
  GroupListPage,
  HandoverListPage,
  ImportPage,
  PeopleListPage,
  PersonDetailPage,
  RecordsPage,
  RolesPage,
  SettingsPage,
  TrainingsPage,
} from './pages/lazy'

const pages = [
  { to: '/', key: 'nav.overview', icon: IconHome, exact: true },
  { to: '/groups', key: 'nav.groups', icon: IconUsersGroup, exact: false },
  { to: '/elections', key: 'nav.elections', icon: IconClipboardCheck, exact: false },
  { to: '/people', key: 'nav.people', icon: IconUsers, exact: false },
  { to: '/roles', key: 'stewardship.nav.roles', icon: IconId, exact: false },
  { to: '/handovers', key: 'stewardship.nav.handovers', icon: IconArrowsExchange, exact: false },
  { to: '/trainings', key: 'trainings.nav', icon: IconSchool, exact: false },
  { to: '/finance', key: 'finance.nav.finance', icon: IconReportMoney, exact: false },
  { to: '/boxes', key: 'finance.nav.boxes', icon: IconPigMoney, exact: false },
  { to: '/import', key: 'importing.nav', icon: IconFileImport, exact: false },
  { to: '/records', key: 'records.nav', icon: IconShieldLock, exact: false },
  { to: '/settings', key: 'nav.settings', icon: IconSettings, exact: false },
] as const

export function Shell() {
  const { t } = useTranslation()
  const [opened, { toggle, close }] = useDisclosure()
  const location = useLocation()
  const settings = useApiQuery('settings-get', {})
  const info = useApiQuery('app-info', {})
  useRefreshOnChanges(useQueryClient())
  useMenuNavigation(useNavigate())
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
          <Row gap="md">
            <PaletteButton />
            {settings.data?.regionName && <Text c="dimmed">{settings.data.regionName}</Text>}
          </Row>
        </Row>
      </AppShell.Header>
      <CommandPalette pages={pages.map((page) => ({ to: page.to, label: t(page.key) }))} />
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
        <Suspense fallback={<Loader m="xl" aria-label={t('common.loading')} />}>
          <Routes>
            <Route path="/" element={<DashboardPage />} />
            <Route path="/groups" element={<GroupListPage />} />
            <Route path="/groups/:id" element={<GroupDetailPage />} />
            <Route path="/elections" element={<ElectionListPage />} />
            <Route path="/elections/:id" element={<ElectionPage />} />
            <Route path="/people" element={<PeopleListPage />} />
            <Route path="/people/:id" element={<PersonDetailPage />} />
            <Route path="/roles" element={<RolesPage />} />
            <Route path="/handovers" element={<HandoverListPage />} />
            <Route path="/handovers/:id" element={<HandoverListPage />} />
            <Route path="/trainings/*" element={<TrainingsPage />} />
            <Route path="/finance" element={<FinancePage />} />
            <Route path="/boxes" element={<BoxesPage />} />
            <Route path="/import" element={<ImportPage />} />
            <Route path="/records" element={<RecordsPage />} />
            <Route path="/settings" element={<SettingsPage />} />
            <Route path="*" element={<DashboardPage />} />
          </Routes>
        </Suspense>
      </AppShell.Main>
    </AppShell>
  )
}
