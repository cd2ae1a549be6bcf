import { Alert, Button, Checkbox, Fieldset, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconDice5 } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../../shared/api'
import type { Tie } from '../../../../shared/elections/counting-types'
import { RequestError, useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'
import { tieFormField } from './roundFields'

type Props = { contestId: number; roundNumber: number; tie: Tie; name: (personId: number) => string }
type Values = { drawnBy: string; winners: string[] }

const settleInput = api['contest-settle-tie'].input

/** The meeting drew lots: who drew, and which of the tied it favoured (exactly as many as there are places). */
export function TieForm({ contestId, roundNumber, tie, name }: Props) {
  const { t } = useTranslation()
  const settle = useApiMutation('contest-settle-tie')
  const [formError, setFormError] = useState<string | null>(null)
  const toInput = (values: Values) => ({
    contestId,
    roundNumber,
    drawnBy: values.drawnBy,
    winners: values.winners.map(Number),
  })
  const form = useForm<Values>({
    initialValues: { drawnBy: '', winners: [] },
    validate: (values) => {
      const errors = validateWith(settleInput, t)(toInput(values))
      // The engine's own rule and message: the lot picks exactly the open places, no fewer, no more.
      if (values.winners.length !== tie.places)
        errors.winners = t('counting.settlementWinnerCount', { places: tie.places, count: values.winners.length })
      return errors
    },
  })

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await settle.mutateAsync(toInput(values))
    } catch (error) {
      const field = error instanceof RequestError ? tieFormField(error.field) : null
      if (field && error instanceof RequestError) form.setFieldError(field, t(error.messageKey, error.params))
      else setFormError(placeServerError(error, t, form.setFieldError, []))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('elections.tie.title')} variant="filled">
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert" py={6}>
              {formError}
            </Alert>
          )}
          <TextInput label={t('elections.tie.drawnBy')} required {...form.getInputProps('drawnBy')} />
          <Checkbox.Group
            label={t('elections.tie.winners', { places: tie.places })}
            description={t(`elections.tie.help.${tie.tiedFor}`)}
            required
            {...form.getInputProps('winners')}
          >
            <Stack gap={6} mt={6}>
              {tie.candidates.map((personId) => (
                <Checkbox key={personId} value={String(personId)} label={name(personId)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <div>
            <Button type="submit" leftSection={<IconDice5 size={16} />} loading={settle.isPending}>
              {t('elections.tie.submit')}
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  )
}
