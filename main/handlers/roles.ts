import type { PartialHandlers } from './registry'
import { catalogueHandlers } from './roles/catalogue'
import { templateHandlers } from './roles/checklist'
import { handoverHandlers } from './roles/handovers'
import { termHandlers } from './roles/terms'

export { listRoles } from './roles/rows'

/** Roles, their holders over time, and handovers from one holder to the next. */
export const roleHandlers: PartialHandlers = {
  ...catalogueHandlers,
  ...termHandlers,
  ...handoverHandlers,
  ...templateHandlers,
}
