import { Alert, Button, Group as Row, Loader, Progress, Select, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PdfFile } from '../../../../shared/api/elections'
import { languages, type Language } from '../../../../shared/api/settings'
import { downloadFile } from '../../api/files'
import { useUiLanguage } from './display'
import { errorText } from './errors'

type Options = {
  /** When true, asking explains that there is nothing to print instead of calling main. */
  nothingToPrint?: boolean
  /** What is in view (filters); a message about another view is no longer shown. */
  view?: string
  print: (language: Language) => Promise<PdfFile>
}

type Problem = { view: string } & ({ kind: 'nothing' } | { kind: 'failed'; error: unknown })

/**
 * The document language (the UI language unless changed) and one call that returns the PDF to
 * save. The controls and the status are placed apart, so the status can sit under a page header.
 */
export function useMinutesPrint({ nothingToPrint = false, view = '', print }: Options) {
  const { t } = useTranslation()
  const uiLanguage = useUiLanguage()
  const [language, setLanguage] = useState<Language | null>(null)
  const [busy, setBusy] = useState(false)
  // Kept untranslated, so a language switch translates it too.
  const [problem, setProblem] = useState<Problem | null>(null)

  const run = async () => {
    setProblem(null)
    if (nothingToPrint) {
      setProblem({ view, kind: 'nothing' })
      return
    }
    setBusy(true)
    try {
      const file = await print(language ?? uiLanguage)
      downloadFile(file, 'application/pdf')
      notifications.show({ message: t('elections.minutesReady', { pages: file.pages }), color: 'green' })
    } catch (error) {
      setProblem({ view, kind: 'failed', error })
    } finally {
      setBusy(false)
    }
  }
  return {
    language: language ?? uiLanguage,
    setLanguage,
    busy,
    problem: problem?.view === view ? problem : null,
    run,
  }
}

type Minutes = ReturnType<typeof useMinutesPrint>

export function MinutesControls({ minutes, label }: { minutes: Minutes; label: string }) {
  const { t } = useTranslation()
  return (
    <Row gap="xs" align="end" wrap="nowrap">
      <Select
        label={t('elections.documentLanguage')}
        data={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
        value={minutes.language}
        onChange={(next) => minutes.setLanguage((next as Language | null) ?? null)}
        allowDeselect={false}
        w={150}
      />
      <Button leftSection={<IconFileTypePdf size={16} />} onClick={() => void minutes.run()} disabled={minutes.busy}>
        {label}
      </Button>
    </Row>
  )
}

/** While main prints (one request, so no finer progress than this) and why nothing came, if so. */
export function MinutesStatus({
  minutes,
  busyLabel,
  nothingLabel,
}: {
  minutes: Minutes
  busyLabel: string
  nothingLabel?: string
}) {
  const { t } = useTranslation()
  const { busy, problem } = minutes
  return (
    <div aria-live="polite">
      {busy && (
        <Stack gap={4} maw={360} mb="md">
          <Row gap="xs" wrap="nowrap">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{busyLabel}</Text>
          </Row>
          <Progress value={100} striped animated aria-label={busyLabel} />
        </Stack>
      )}
      {problem && (
        <Alert color={problem.kind === 'nothing' ? 'yellow' : 'red'} py={6} mb="md" role="status">
          {problem.kind === 'nothing' ? nothingLabel : errorText(problem.error, t)}
        </Alert>
      )}
    </div>
  )
}
