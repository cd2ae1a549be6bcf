import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TermStartKind } from '../../../../shared/stewardship/terms'

const colors: Record<TermStartKind, string> = { elected: 'indigo', appointed: 'teal', interim: 'orange' }

/** How a term began: elected, appointed or interim, in words. */
export function StartKindBadge({ kind }: { kind: TermStartKind }) {
  const { t } = useTranslation()
  return (
    <Badge variant="light" color={colors[kind]} size="sm">
      {t(`stewardship.terms.startKinds.${kind}`)}
    </Badge>
  )
}
