import type { TFunction } from 'i18next'
import type { Handover, RoleNames } from '../../../../shared/api/roles'
import { csvRows, type CsvRow } from '../../api/csv'

/** A list of handovers as a spreadsheet: one row per handover. */
export function handoverCsv(
  handovers: readonly Handover[],
  t: TFunction,
  roleName: (names: RoleNames) => string,
): CsvRow[] {
  return csvRows<Handover>(
    [
      { header: t('stewardship.roles.group'), value: (row) => row.groupName },
      { header: t('stewardship.roles.role'), value: (row) => roleName(row.roleNames) },
      { header: t('stewardship.handovers.fromShort'), value: (row) => row.fromPersonName },
      { header: t('stewardship.handovers.toShort'), value: (row) => row.toPersonName },
      { header: t('stewardship.handovers.dueOn'), value: (row) => row.dueOn },
      { header: t('stewardship.handovers.status'), value: (row) => t(`stewardship.handovers.statuses.${row.status}`) },
      {
        header: t('stewardship.handovers.overdue'),
        value: (row) => (row.overdue ? t('stewardship.yes') : t('stewardship.no')),
      },
      {
        header: t('stewardship.handovers.checklist'),
        value: (row) => t('stewardship.handovers.progress', { done: row.itemsDone, total: row.itemsTotal }),
      },
      { header: t('stewardship.handovers.completedOn'), value: (row) => row.completedOn },
      { header: t('stewardship.handovers.reason'), value: (row) => row.statusReason },
      { header: t('common.notes'), value: (row) => row.notes },
    ],
    handovers,
  )
}
