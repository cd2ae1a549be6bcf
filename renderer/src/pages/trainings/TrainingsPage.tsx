import { Tabs } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Route, Routes } from 'react-router'
import { PageHeader } from '../../components/PageHeader'
import { useListParams } from '../../components/useListParams'
import { ComplianceTab } from './ComplianceTab'
import { SessionPage } from './SessionPage'
import { SessionsTab } from './SessionsTab'
import { TypesTab } from './TypesTab'

const tabs = ['compliance', 'sessions', 'types'] as const

/** `/trainings/*`: the tabs, and one page per session. */
export function TrainingsPage() {
  return (
    <Routes>
      <Route path="sessions/:id" element={<SessionPage />} />
      <Route path="*" element={<TrainingsTabs />} />
    </Routes>
  )
}

function TrainingsTabs() {
  const { t } = useTranslation()
  const { values, set } = useListParams({ tab: 'compliance' })
  const tab = (tabs as readonly string[]).includes(values.tab) ? values.tab : 'compliance'
  return (
    <>
      <PageHeader title={t('trainings.title')} />
      <Tabs value={tab} onChange={(next) => set({ tab: next ?? 'compliance' })} keepMounted={false}>
        <Tabs.List mb="md">
          {tabs.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`trainings.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="compliance">
          <ComplianceTab />
        </Tabs.Panel>
        <Tabs.Panel value="sessions">
          <SessionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="types">
          <TypesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  )
}
