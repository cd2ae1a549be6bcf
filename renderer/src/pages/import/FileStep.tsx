import { Alert, FileInput, Progress, Stack, Text } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportFile } from '../../../../shared/api/import'
import { importLimits } from '../../../../shared/import/limits'
import { RequestError } from '../../api/client'
import { sendFile } from './upload'

export type ReadFile = { uploadId: string; file: ImportFile }

/** Step 1: pick a file; it is sent to main and read there, or refused with the reason. */
export function FileStep({ onRead }: { onRead: (read: ReadFile) => void }) {
  const { t } = useTranslation()
  const [progress, setProgress] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  const choose = async (file: File | null) => {
    if (!file) return
    setProblem(null)
    if (file.size > importLimits.maxFileBytes) {
      setProblem(t('importing.file.tooLarge', { maxMb: importLimits.maxFileBytes / 1024 / 1024 }))
      return
    }
    setProgress(0)
    try {
      const status = await sendFile(file, setProgress)
      if (status.state === 'ready') onRead({ uploadId: status.uploadId, file: status.file })
      else if (status.state === 'failed') setProblem(t(status.problem.messageKey, status.problem.params))
    } catch (error) {
      setProblem(error instanceof RequestError ? t(error.messageKey, error.params) : t('errors.internal'))
    } finally {
      setProgress(null)
      setAttempt((count) => count + 1)
    }
  }

  return (
    <Stack maw={640}>
      {/* A new input per attempt: a browser tells nothing when the same file is chosen again, corrected. */}
      <FileInput
        key={attempt}
        label={t('importing.file.label')}
        placeholder={t('importing.file.placeholder')}
        description={t('importing.file.help')}
        accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileImport size={18} aria-hidden />}
        value={null}
        onChange={(file) => void choose(file)}
        disabled={progress !== null}
        clearable={false}
      />
      {progress !== null && (
        <Stack gap={4} role="status">
          <Text size="sm">{progress < 1 ? t('importing.file.sending') : t('importing.file.reading')}</Text>
          <Progress value={progress * 100} animated />
        </Stack>
      )}
      {problem && (
        <Alert color="red" title={t('importing.file.refused')} role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  )
}
