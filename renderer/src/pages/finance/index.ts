// The finance pages, and the two cards the group page places.
export { BoxesPage } from './BoxesPage'
export { FinancePage } from './FinancePage'
export { GroupBoxesCard } from './GroupBoxesCard'
export { GroupFinanceCard } from './GroupFinanceCard'
