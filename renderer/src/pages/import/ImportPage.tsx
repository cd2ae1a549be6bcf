import { Stepper, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ColumnMapping, ImportSummary } from '../../../../shared/api/import'
import { emptyMapping } from '../../../../shared/import/fields'
import { call } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { DoneStep } from './DoneStep'
import { FileStep, type ReadFile } from './FileStep'
import { MappingStep } from './MappingStep'
import { PreviewStep } from './PreviewStep'

const steps = ['file', 'mapping', 'preview', 'done'] as const
type Step = (typeof steps)[number]

/** `/import`: file → columns → check → done. Nothing is written before the last step's Import. */
export function ImportPage() {
  const { t } = useTranslation()
  const client = useQueryClient()
  const [step, setStep] = useState<Step>('file')
  const [read, setRead] = useState<ReadFile | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>(emptyMapping)
  const [summary, setSummary] = useState<ImportSummary | null>(null)

  const startOver = () => {
    // Main forgets an abandoned upload by itself within the hour; saying so frees it at once.
    if (read) void call('import-discard', { uploadId: read.uploadId }).catch(() => undefined)
    setRead(null)
    setSummary(null)
    setStep('file')
  }

  return (
    <>
      <PageHeader title={t('importing.title')} />
      <Text c="dimmed" size="sm" mb="md" maw={760}>
        {t('importing.intro')}
      </Text>
      <Stepper
        active={step === 'done' ? steps.length : steps.indexOf(step)}
        size="sm"
        mb="lg"
        maw={760}
        allowNextStepsSelect={false}
      >
        {steps.map((name) => (
          <Stepper.Step key={name} label={t(`importing.steps.${name}`)} />
        ))}
      </Stepper>
      {step === 'file' && (
        <FileStep
          onRead={(next) => {
            setRead(next)
            setMapping(next.file.guess)
            setStep('mapping')
          }}
        />
      )}
      {step === 'mapping' && read && (
        <MappingStep
          file={read.file}
          mapping={mapping}
          onChange={setMapping}
          onBack={startOver}
          onNext={() => setStep('preview')}
        />
      )}
      {step === 'preview' && read && (
        <PreviewStep
          uploadId={read.uploadId}
          mapping={mapping}
          onBack={() => setStep('mapping')}
          onAnother={startOver}
          onDone={(done) => {
            setSummary(done)
            setRead(null)
            setStep('done')
            client.removeQueries({ queryKey: ['import-preview'] })
            void client.invalidateQueries()
          }}
        />
      )}
      {step === 'done' && summary && <DoneStep summary={summary} onAgain={startOver} />}
    </>
  )
}
