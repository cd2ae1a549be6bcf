import type { PartialHandlers } from './registry'
import { attendanceHandlers } from './trainings/attendance'
import { complianceHandlers } from './trainings/compliance'
import { sessionHandlers } from './trainings/sessions'
import { trainingTypeHandlers } from './trainings/types'

export const trainingsHandlers: PartialHandlers = {
  ...trainingTypeHandlers,
  ...sessionHandlers,
  ...attendanceHandlers,
  ...complianceHandlers,
}
