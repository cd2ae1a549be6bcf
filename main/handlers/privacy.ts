import { erasePerson } from '../privacy/erase'
import { exportPerson } from '../privacy/export'
import { retentionList, retentionYears } from '../privacy/retention'
import type { PartialHandlers } from './registry'

export const privacyHandlers: PartialHandlers = {
  'person-export': (ctx, { id }) => exportPerson(ctx, id),
  'person-erase': (ctx, { id }) => erasePerson(ctx, id),
  'privacy-retention-list': (ctx, input) => retentionList(ctx, input?.years ?? retentionYears(ctx)),
  'privacy-settings-update': (ctx, { retentionYears: years }) => {
    ctx.db.sqlite.prepare('UPDATE settings SET retention_years = ? WHERE id = 1').run(years)
    return { retentionYears: years }
  },
}
