import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { BackupsCard } from './BackupsCard'
import { HandoverCard } from './HandoverCard'
import { RetentionCard } from './RetentionCard'

/** Keeping the record safe (backups, restore, hand-over) and keeping it lean (people to review). */
export function RecordsPage() {
  const { t } = useTranslation()
  const status = useApiQuery('backup-status', {})
  return (
    <>
      <PageHeader title={t('records.title')} />
      <Stack>
        <QueryState query={status}>{(data) => <BackupsCard status={data} />}</QueryState>
        <HandoverCard />
        <RetentionCard />
      </Stack>
    </>
  )
}
