import type { TFunction } from 'i18next'
import type { RoleNames, RoleTerm } from '../../../../shared/api/roles'
import { csvRows, type CsvRow } from '../../api/csv'

/** A list of terms as a spreadsheet: one row per term. */
export function termCsv(terms: readonly RoleTerm[], t: TFunction, roleName: (names: RoleNames) => string): CsvRow[] {
  return csvRows<RoleTerm>(
    [
      { header: t('stewardship.roles.group'), value: (term) => term.groupName },
      { header: t('stewardship.roles.role'), value: (term) => roleName(term.roleNames) },
      { header: t('stewardship.roles.person'), value: (term) => term.personName },
      { header: t('stewardship.terms.from'), value: (term) => term.from },
      { header: t('stewardship.terms.to'), value: (term) => term.to },
      { header: t('stewardship.terms.how'), value: (term) => t(`stewardship.terms.startKinds.${term.startKind}`) },
      {
        header: t('stewardship.terms.endReason'),
        value: (term) => (term.endReason ? t(`stewardship.terms.endReasons.${term.endReason}`) : null),
      },
      { header: t('stewardship.terms.note'), value: (term) => term.note },
    ],
    terms,
  )
}
