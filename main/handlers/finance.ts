import { boxHandlers } from './finance/boxes'
import { financeYearHandlers } from './finance/years'
import type { PartialHandlers } from './registry'

export const financeHandlers: PartialHandlers = { ...financeYearHandlers, ...boxHandlers }
