import { lazy, type ComponentType } from 'react'

/** Pages load when first opened, so start-up fetches only the shell and the dashboard. */
const page = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })))

export const ElectionListPage = page(() => import('./elections/ElectionListPage'), 'ElectionListPage')
export const ElectionPage = page(() => import('./elections/ElectionPage'), 'ElectionPage')
export const GroupDetailPage = page(() => import('./GroupDetailPage'), 'GroupDetailPage')
export const GroupListPage = page(() => import('./GroupListPage'), 'GroupListPage')
export const PeopleListPage = page(() => import('./PeopleListPage'), 'PeopleListPage')
export const PersonDetailPage = page(() => import('./PersonDetailPage'), 'PersonDetailPage')
export const SettingsPage = page(() => import('./SettingsPage'), 'SettingsPage')
export const HandoverListPage = page(() => import('./handovers/HandoverListPage'), 'HandoverListPage')
export const RolesPage = page(() => import('./roles/RolesPage'), 'RolesPage')
export const TrainingsPage = page(() => import('./trainings/TrainingsPage'), 'TrainingsPage')
export const FinancePage = page(() => import('./finance/FinancePage'), 'FinancePage')
export const BoxesPage = page(() => import('./finance/BoxesPage'), 'BoxesPage')
export const ImportPage = page(() => import('./import/ImportPage'), 'ImportPage')
export const RecordsPage = page(() => import('./records/RecordsPage'), 'RecordsPage')
