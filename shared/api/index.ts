import { backupApi } from './backup'
import { dashboardApi } from './dashboard'
import { electionsApi } from './elections'
import { financeApi } from './finance'
import { groupsApi } from './groups'
import { historyApi } from './history'
import { importApi } from './import'
import { membershipsApi } from './memberships'
import { peopleApi } from './people'
import { privacyApi } from './privacy'
import { rolesApi } from './roles'
import { settingsApi } from './settings'
import { timelineApi } from './timeline'
import { trainingsApi } from './trainings'
import type { InputOf, ResultOf } from './contract'

/** Every domain's methods joined; a name defined twice fails `contractNameClashes` (tested). */
export const domains = {
  groupsApi,
  peopleApi,
  membershipsApi,
  settingsApi,
  rolesApi,
  electionsApi,
  trainingsApi,
  financeApi,
  dashboardApi,
  timelineApi,
  importApi,
  backupApi,
  historyApi,
  privacyApi,
}

export const api = {
  ...groupsApi,
  ...peopleApi,
  ...membershipsApi,
  ...settingsApi,
  ...rolesApi,
  ...electionsApi,
  ...trainingsApi,
  ...financeApi,
  ...dashboardApi,
  ...timelineApi,
  ...importApi,
  ...backupApi,
  ...historyApi,
  ...privacyApi,
}

export type Api = typeof api
export type MethodName = keyof Api
export type Input<M extends MethodName> = InputOf<Api[M]>
export type Result<M extends MethodName> = ResultOf<Api[M]>

export function contractNameClashes(parts: Record<string, Record<string, unknown>>): string[] {
  const seen = new Set<string>()
  const clashes: string[] = []
  for (const part of Object.values(parts))
    for (const name of Object.keys(part)) {
      if (seen.has(name)) clashes.push(name)
      seen.add(name)
    }
  return clashes
}

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(api, name)
