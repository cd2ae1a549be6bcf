import { Alert, Button, Fieldset, Input, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { roundInput, type ContestRecord } from '../../../../shared/api/elections'
import type { ContestOutcome } from '../../../../shared/elections/counting-types'
import { RequestError, useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'
import { rekeyErrors, roundFormField } from './roundFields'

type NextRound = Extract<ContestOutcome, { kind: 'needsAnotherRound' }>
type Count = number | string
export type RoundValues = {
  kind: 'votes' | 'yesNo'
  /** Keyed by person id: one input per candidate still standing. */
  votes: Record<string, Count>
  yes: Count
  no: Count
  blank: Count
  invalid: Count
  ballotsCast: Count
}

/** An empty box is "not given" (the schema then says what is required); a number stays a number. */
const count = (value: Count) => (value === '' ? undefined : Number(value))

export function toRoundInput(contestId: number, standing: readonly number[], values: RoundValues) {
  const votesRound = values.kind === 'votes'
  return {
    contestId,
    kind: values.kind,
    votes: votesRound ? standing.map((personId) => ({ personId, votes: count(values.votes[personId] ?? '') })) : [],
    yes: votesRound ? null : count(values.yes),
    no: votesRound ? null : count(values.no),
    blank: count(values.blank),
    invalid: count(values.invalid),
    ballotsCast: values.ballotsCast === '' ? null : Number(values.ballotsCast),
  }
}

type Props = { contest: ContestRecord; next: NextRound; name: (personId: number) => string }

/**
 * The next round's numbers, with one box per candidate the engine says still stands. Errors from
 * the schema and from the counting engine land under the box they concern. Mount it with a key of
 * the round number, so it starts empty for each round.
 */
export function RoundForm({ contest, next, name }: Props) {
  const { t } = useTranslation()
  const record = useApiMutation('round-record')
  const [formError, setFormError] = useState<string | null>(null)
  const standing = next.candidates
  const form = useForm<RoundValues>({
    initialValues: {
      kind: next.ballot === 'yesNo' ? 'yesNo' : 'votes',
      votes: Object.fromEntries(standing.map((personId) => [personId, ''])),
      yes: '',
      no: '',
      blank: 0,
      invalid: 0,
      ballotsCast: '',
    },
    validate: (values) => {
      const errors = rekeyErrors(validateWith(roundInput, t)(toRoundInput(contest.id, standing, values)), standing)
      // The contract lets a yes/no count default to none; at the table both numbers are always known.
      if (values.kind === 'yesNo')
        for (const field of ['yes', 'no'] as const) if (values[field] === '') errors[field] ??= t('validation.required')
      return errors
    },
  })
  const yesNo = form.values.kind === 'yesNo'
  const severalSeats = next.seatsOpen > 1

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      // Validated above, so the schema fills in its defaults and gives the typed input.
      await record.mutateAsync(roundInput.parse(toRoundInput(contest.id, standing, values)))
    } catch (error) {
      const field = error instanceof RequestError ? roundFormField(error.field, standing) : null
      if (field && error instanceof RequestError) form.setFieldError(field, t(error.messageKey, error.params))
      else setFormError(placeServerError(error, t, form.setFieldError, []))
    }
  })

  const numberBox = (field: string, label: string, extra: { description?: string; required?: boolean } = {}) => (
    <NumberInput
      key={field}
      label={label}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      {...extra}
      {...form.getInputProps(field)}
    />
  )

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('elections.rounds.record', { number: next.roundNumber })} variant="filled">
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert" py={6}>
              {formError}
            </Alert>
          )}
          {next.ballot === 'either' && (
            <Input.Wrapper label={t('elections.rounds.ballot')} description={t('elections.rounds.ballotHelp')}>
              <div>
                <SegmentedControl
                  size="xs"
                  aria-label={t('elections.rounds.ballot')}
                  data={[
                    { value: 'votes', label: t('elections.rounds.ballotVotes') },
                    { value: 'yesNo', label: t('elections.rounds.ballotYesNo') },
                  ]}
                  value={form.values.kind}
                  onChange={(kind) => {
                    form.setFieldValue('kind', kind as RoundValues['kind'])
                    form.clearErrors()
                  }}
                />
              </div>
            </Input.Wrapper>
          )}
          {yesNo ? (
            <>
              <Text size="sm">{t('elections.rounds.yesNoOn', { name: name(standing[0] ?? 0) })}</Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                {numberBox('yes', t('elections.rounds.yes'), { required: true })}
                {numberBox('no', t('elections.rounds.no'), { required: true })}
              </SimpleGrid>
            </>
          ) : (
            <div role="group" aria-label={t('elections.rounds.votesPerCandidate')}>
              <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="sm">
                {standing.map((personId) =>
                  numberBox(`votes.${personId}`, t('elections.rounds.votesFor', { name: name(personId) }), {
                    required: true,
                  }),
                )}
              </SimpleGrid>
              {typeof form.errors.votes === 'string' && <Input.Error mt={4}>{form.errors.votes}</Input.Error>}
            </div>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            {numberBox('blank', yesNo ? t('elections.rounds.abstain') : t('elections.rounds.blank'))}
            {numberBox('invalid', t('elections.rounds.invalid'))}
            {numberBox('ballotsCast', t('elections.rounds.ballotsCast'), {
              description: severalSeats
                ? t('elections.rounds.ballotsCastSeveral')
                : t('elections.rounds.ballotsCastHelp'),
              required: severalSeats,
            })}
          </SimpleGrid>
          <div>
            <Button type="submit" loading={record.isPending}>
              {t('elections.rounds.save', { number: next.roundNumber })}
            </Button>
          </div>
        </Stack>
      </Fieldset>
    </form>
  )
}
