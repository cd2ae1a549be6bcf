import { api, type MethodName } from '../../shared/api'
import { groupHandlers } from './groups'
import { membershipHandlers } from './memberships'
import { peopleHandlers } from './people'
import { settingsHandlers } from './settings'
import { registerHandlers, type HandlerMap } from './registry'

export const handlers: HandlerMap = registerHandlers(
  groupHandlers,
  peopleHandlers,
  membershipHandlers,
  settingsHandlers,
)

/** Contract methods with no handler: must be empty (tested), so the UI never calls into nothing. */
export const unhandledMethods = () => (Object.keys(api) as MethodName[]).filter((name) => !handlers[name])
