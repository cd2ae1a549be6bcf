import { Tabs } from '@mantine/core'
import { IconAlertTriangle, IconList, IconUsers } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/PageHeader'
import { useListParams } from '../../components/useListParams'
import { CatalogueTab } from './CatalogueTab'
import { HoldersTab } from './HoldersTab'
import { VacanciesTab } from './VacanciesTab'

const tabs = ['holders', 'vacancies', 'catalogue'] as const

/** Who holds which role where (on any day), what is vacant, and the catalogue of roles. */
export function RolesPage() {
  const { t } = useTranslation()
  const { values, set } = useListParams({ tab: 'holders' })
  const tab = (tabs as readonly string[]).includes(values.tab) ? values.tab : 'holders'
  return (
    <>
      <PageHeader title={t('stewardship.roles.title')} />
      <Tabs value={tab} onChange={(next) => set({ tab: next ?? 'holders' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="holders" leftSection={<IconUsers size={16} aria-hidden />}>
            {t('stewardship.roles.holdersTab')}
          </Tabs.Tab>
          <Tabs.Tab value="vacancies" leftSection={<IconAlertTriangle size={16} aria-hidden />}>
            {t('stewardship.roles.vacanciesTab')}
          </Tabs.Tab>
          <Tabs.Tab value="catalogue" leftSection={<IconList size={16} aria-hidden />}>
            {t('stewardship.roles.catalogueTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="holders">
          <HoldersTab />
        </Tabs.Panel>
        <Tabs.Panel value="vacancies">
          <VacanciesTab />
        </Tabs.Panel>
        <Tabs.Panel value="catalogue">
          <CatalogueTab />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
