import type { PartialHandlers } from '../registry'
import { confirmHandlers } from './confirm'
import { contestHandlers } from './contests'
import { lifecycleHandlers } from './lifecycle'
import { minutesHandlers } from './minutes'
import { electionListHandlers } from './list'
import { roundHandlers } from './rounds'

export const electionHandlers: PartialHandlers[] = [
  lifecycleHandlers,
  electionListHandlers,
  contestHandlers,
  roundHandlers,
  confirmHandlers,
  minutesHandlers,
]
