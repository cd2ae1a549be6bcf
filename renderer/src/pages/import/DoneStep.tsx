import { Alert, Button, Group as Row, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ImportSummary } from '../../../../shared/api/import'

/** Step 4: what was written, and where to see it. */
export function DoneStep({ summary, onAgain }: { summary: ImportSummary; onAgain: () => void }) {
  const { t } = useTranslation()
  return (
    <Stack maw={720}>
      <Alert color="green" title={t('importing.done.title', { name: summary.fileName })} role="status">
        {t('importing.done.summary', summary)}
      </Alert>
      <Row>
        <Button component={Link} to="/people">
          {t('importing.done.people')}
        </Button>
        <Button component={Link} to="/groups" variant="light">
          {t('importing.done.groups')}
        </Button>
        <Button variant="default" onClick={onAgain}>
          {t('importing.done.again')}
        </Button>
      </Row>
    </Stack>
  )
}
