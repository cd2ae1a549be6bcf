import { api, type MethodName } from '../../shared/api'
import { backupHandlers } from './backup'
import { dashboardHandlers } from './dashboard'
import { electionHandlers } from './elections'
import { financeHandlers } from './finance'
import { groupHandlers } from './groups'
import { historyHandlers } from './history'
import { importHandlers } from './import'
import { membershipHandlers } from './memberships'
import { peopleHandlers } from './people'
import { privacyHandlers } from './privacy'
import { roleHandlers } from './roles'
import { settingsHandlers } from './settings'
import { timelineHandlers } from './timeline'
import { trainingsHandlers } from './trainings'
import { registerHandlers, type HandlerMap } from './registry'

export const handlers: HandlerMap = registerHandlers(
  groupHandlers,
  peopleHandlers,
  membershipHandlers,
  settingsHandlers,
  roleHandlers,
  ...electionHandlers,
  trainingsHandlers,
  financeHandlers,
  dashboardHandlers,
  timelineHandlers,
  importHandlers,
  backupHandlers,
  historyHandlers,
  privacyHandlers,
)

/** Contract methods with no handler: must be empty (tested), so the UI never calls into nothing. */
export const unhandledMethods = () => (Object.keys(api) as MethodName[]).filter((name) => !handlers[name])
