import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ContestRecord } from '../../../../shared/api/elections'

/** A confirmed contest's settings as words: they can no longer change until it is reopened. */
export function ContestSettingsSummary({ contest }: { contest: ContestRecord }) {
  const { t } = useTranslation()
  const counting =
    contest.method === 'acclamation'
      ? null
      : [
          t(`elections.rules.${contest.rule}`),
          t(`elections.bases.${contest.base}`),
          t(`elections.furtherModes.${contest.further}`),
        ].join(' · ')
  return (
    <div>
      <Text size="sm">
        <Text span fw={600} size="sm">
          {t('elections.contests.method')}:
        </Text>{' '}
        {t(`elections.methods.${contest.method}`)} ({t(`elections.methodHelp.${contest.method}`)})
        {contest.seats > 1 && ` · ${t('elections.contests.seatsBadge', { seats: contest.seats })}`}
      </Text>
      {counting && (
        <Text size="xs" c="dimmed">
          {t('elections.contests.rule')}: {counting}
        </Text>
      )}
    </div>
  )
}
