import { Alert, Button, Center, Checkbox, Group as Row, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ColumnMapping, ImportCounts, ImportSummary } from '../../../../shared/api/import'
import { call, RequestError } from '../../api/client'
import { DuplicateTable, type DecisionState } from './DuplicateTable'
import { ProblemTable } from './ProblemTable'

type Props = {
  uploadId: string
  mapping: ColumnMapping
  onBack: () => void
  onAnother: () => void
  onDone: (summary: ImportSummary) => void
}

const shownCounts = [
  'newPeople',
  'merged',
  'newGroups',
  'memberships',
  'roleTerms',
  'skipped',
  'alreadyMember',
  'alreadyHolder',
] as const satisfies readonly (keyof ImportCounts)[]

/** New groups named in the summary; a file that makes a whole region's groups names the first few. */
const listedGroups = 12

const errorText = (error: unknown, t: (key: string, params?: Record<string, unknown>) => string) =>
  error instanceof RequestError ? t(error.messageKey, error.params) : t('errors.internal')

/**
 * Step 3: what the import would do, every row's problems and the possible duplicates; the user
 * decides the duplicates (and whether to skip bad rows) and commits. Main checks everything again
 * in the commit's transaction.
 */
export function PreviewStep({ uploadId, mapping, onBack, onAnother, onDone }: Props) {
  const { t } = useTranslation()
  const [decisions, setDecisions] = useState<DecisionState>({ all: null, rows: {} })
  const [skipInvalid, setSkipInvalid] = useState(false)
  const input = {
    uploadId,
    mapping,
    decisions: {
      all: decisions.all,
      rows: Object.entries(decisions.rows).map(([line, action]) => ({ line: Number(line), action })),
    },
  }
  const commit = useMutation({ mutationFn: () => call('import-commit', { ...input, skipInvalid }), onSuccess: onDone })
  // The commit forgets the upload: a refresh after it (the 'changed' event) must not ask for it again.
  const preview = useQuery({
    queryKey: ['import-preview', input],
    queryFn: () => call('import-preview', input),
    placeholderData: keepPreviousData,
    enabled: commit.isIdle || commit.isError,
  })

  if (preview.isPending)
    return (
      <Center p="xl">
        <Stack align="center" gap="xs">
          <Loader />
          <Text size="sm">{t('importing.preview.checking')}</Text>
        </Stack>
      </Center>
    )
  if (preview.isError)
    return (
      <Stack>
        <Alert color="red" role="alert">
          {errorText(preview.error, t)}
        </Alert>
        <Row>
          <Button variant="default" onClick={onBack}>
            {t('importing.preview.back')}
          </Button>
          <Button variant="default" onClick={onAnother}>
            {t('importing.preview.another')}
          </Button>
        </Row>
      </Stack>
    )

  const { counts, problems, problemCount, duplicates, duplicateCount, newGroupNames } = preview.data
  const blocked =
    counts.unresolved > 0 || (counts.invalidRows > 0 && !skipInvalid) || counts.applied === 0 || preview.isFetching
  return (
    <Stack>
      <Text fw={500} role="status">
        {t('importing.preview.summary', {
          rows: counts.rows,
          applied: counts.applied,
          invalid: counts.invalidRows,
          duplicates: duplicateCount,
        })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" maw={900} hidden={shownCounts.every((key) => !counts[key])}>
        {shownCounts
          .filter((key) => counts[key] > 0)
          .map((key) => (
            <div key={key}>
              <Text size="xl" fw={600}>
                {counts[key]}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`importing.preview.counts.${key}`)}
              </Text>
            </div>
          ))}
      </SimpleGrid>
      {newGroupNames.length > 0 && (
        <Text size="sm">
          {t('importing.preview.newGroupNames', {
            names:
              newGroupNames.slice(0, listedGroups).join(', ') +
              (newGroupNames.length > listedGroups ? ` … (+${newGroupNames.length - listedGroups})` : ''),
          })}
        </Text>
      )}

      <Title order={3} size="h4" mt="sm">
        {t('importing.preview.problemsTitle')}
      </Title>
      {problemCount === 0 ? (
        <Text size="sm" c="dimmed">
          {t('importing.preview.noProblems')}
        </Text>
      ) : (
        <>
          <Alert color="orange">
            <Stack gap="xs">
              <Text size="sm">{t('importing.preview.fixHint')}</Text>
              <Checkbox
                label={t('importing.preview.skipInvalid', { count: counts.invalidRows })}
                checked={skipInvalid}
                onChange={(event) => setSkipInvalid(event.currentTarget.checked)}
              />
            </Stack>
          </Alert>
          <ProblemTable problems={problems} total={problemCount} />
        </>
      )}

      {duplicateCount > 0 && (
        <>
          <Title order={3} size="h4" mt="sm">
            {t('importing.preview.duplicatesTitle')}
          </Title>
          <Text size="sm">{t('importing.preview.duplicatesHelp')}</Text>
          <DuplicateTable
            duplicates={duplicates}
            total={duplicateCount}
            decisions={decisions}
            onChange={setDecisions}
          />
        </>
      )}

      {commit.isError && (
        <Alert color="red" role="alert">
          {errorText(commit.error, t)}
        </Alert>
      )}
      {counts.unresolved > 0 && (
        <Text size="sm" c="orange.8">
          {t('importing.preview.undecided', { count: counts.unresolved })}
        </Text>
      )}
      <Row>
        <Button variant="default" onClick={onBack}>
          {t('importing.preview.back')}
        </Button>
        <Button variant="default" onClick={onAnother}>
          {t('importing.preview.another')}
        </Button>
        <Button onClick={() => commit.mutate()} disabled={blocked} loading={commit.isPending}>
          {t('importing.preview.commit')}
        </Button>
      </Row>
    </Stack>
  )
}
