import type { TFunction } from 'i18next'
import type { CollectionBox, FinanceYearRow } from '../../../../shared/api/finance'
import { csvRows, type CsvColumn } from '../../api/csv'

/** The finance list as the leader sees it, with "Missing" written out and the problems in words. */
export function financeCsv(rows: readonly FinanceYearRow[], t: TFunction) {
  const received = (date: string | null) => date ?? t('finance.years.missing')
  const columns: CsvColumn<FinanceYearRow>[] = [
    { header: t('finance.years.group'), value: (row) => row.groupName },
    { header: t('finance.years.year'), value: (row) => row.year },
    { header: t('finance.years.treasurer'), value: (row) => row.treasurers.map((person) => person.name).join(', ') },
    { header: t('finance.years.cashBook'), value: (row) => received(row.cashBookReceivedOn) },
    { header: t('finance.years.annualReport'), value: (row) => received(row.annualReportReceivedOn) },
    { header: t('finance.years.activityReport'), value: (row) => received(row.activityReportReceivedOn) },
    { header: t('finance.years.auditor'), value: (row) => row.auditorName },
    { header: t('finance.years.contact'), value: (row) => row.auditorContact },
    { header: t('finance.years.overrideReason'), value: (row) => row.auditorOverrideReason },
    { header: t('finance.years.audit'), value: (row) => t(`finance.years.statuses.${row.auditStatus}`) },
    { header: t('finance.years.assignedOn'), value: (row) => row.auditAssignedOn },
    { header: t('finance.years.decidedOn'), value: (row) => row.auditDecidedOn },
    { header: t('finance.years.remarks'), value: (row) => row.auditRemarks },
    {
      header: t('finance.years.problemsColumn'),
      value: (row) => row.flags.map((flag) => t(`finance.years.flagNames.${flag}`)).join(', '),
    },
  ]
  return csvRows(columns, rows)
}

export function boxesCsv(rows: readonly CollectionBox[], t: TFunction) {
  const columns: CsvColumn<CollectionBox>[] = [
    { header: t('finance.boxes.group'), value: (box) => box.groupName },
    { header: t('finance.boxes.label'), value: (box) => box.label },
    { header: t('finance.boxes.status'), value: (box) => t(`finance.boxes.statuses.${box.status}`) },
    { header: t('finance.boxes.lastCountedOn'), value: (box) => box.lastCountedOn },
    // A number, so Excel can sum it; csv.ts writes it with a decimal comma.
    {
      header: t('finance.boxes.amountKroner'),
      value: (box) => (box.lastAmountMinor === null ? null : box.lastAmountMinor / 100),
    },
    {
      header: t('finance.boxes.flag'),
      value: (box) =>
        !box.staleness.stale
          ? null
          : box.staleness.neverCounted
            ? t('finance.boxes.staleNever', { date: box.staleness.since })
            : t('finance.boxes.staleFlag', { count: box.staleness.months }),
    },
    { header: t('common.notes'), value: (box) => box.notes },
  ]
  return csvRows(columns, rows)
}
