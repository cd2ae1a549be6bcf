// What other pages use: the group and person pages show EntityHistory; the person page may offer PersonPrivacyActions.
export { EntityHistory } from './EntityHistory'
export { PersonPrivacyActions } from './PersonPrivacyActions'
export { RecordsPage } from './RecordsPage'
