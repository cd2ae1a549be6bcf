import { listHistory } from '../history/list'
import type { PartialHandlers } from './registry'

export const historyHandlers: PartialHandlers = {
  'history-list': (ctx, input) => listHistory(ctx, input),
}
