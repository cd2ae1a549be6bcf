import { Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ElectionRow } from '../../../../shared/api/elections'
import { isHeld } from '../../../../shared/elections/lifecycle'
import { useApiQuery } from '../../api/client'

/** Groups in the season and those whose regular election is held; by-elections do not count twice. */
export function heldTally(rows: readonly ElectionRow[]) {
  const groups = new Set(rows.map((row) => row.groupId))
  const held = new Set(
    rows
      .filter((row) => row.kind === 'regular' && row.electionId !== null && isHeld(row.state))
      .map((row) => row.groupId),
  )
  return { held: held.size, total: groups.size }
}

/** Counts the whole season, whatever the filters on screen show. */
export function HeldCounter({ season }: { season: number }) {
  const { t } = useTranslation()
  const all = useApiQuery('election-list', { season })
  if (!all.data) return null
  const { held, total } = heldTally(all.data.rows)
  const label = t('elections.heldCount', { held, total })
  return (
    <div style={{ maxWidth: 420 }}>
      <Text fw={500} mb={4}>
        {label}
      </Text>
      <Progress value={total === 0 ? 0 : (held / total) * 100} aria-label={label} mb="md" />
    </div>
  )
}
