import {
  Alert,
  Button,
  Collapse,
  Group as Row,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDisclosure } from '@mantine/hooks'
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { contestSettings, type ContestRecord } from '../../../../shared/api/elections'
import {
  countingBases,
  countingRules,
  furtherRoundModes,
  type CountingBase,
  type CountingRule,
  type FurtherRoundMode,
} from '../../../../shared/elections/counting-types'
import { votingMethods, type VotingMethod } from '../../../../shared/elections/lifecycle'
import { useApiMutation } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'

type Values = {
  seats: number | string
  method: VotingMethod
  rule: CountingRule
  base: CountingBase
  further: FurtherRoundMode
  loneCandidateNeedsVote: boolean
}
const fieldNames = ['seats', 'method', 'rule', 'base', 'further', 'loneCandidateNeedsVote']

const toValues = (contest: ContestRecord): Values => ({
  seats: contest.seats,
  method: contest.method,
  rule: contest.rule,
  base: contest.base,
  further: contest.further,
  loneCandidateNeedsVote: contest.loneCandidateNeedsVote,
})

/** Only acclamation with one candidate needs no rule; the method says so, so the rule list leaves it out. */
const ruleChoices = (current: CountingRule) =>
  countingRules.filter((rule) => rule !== 'acclamation' || current === 'acclamation')

/**
 * Seats and voting method up front; how the votes are counted behind a disclosure, since the region's
 * defaults fit nearly every contest. Mount with a key of the saved settings so it resets after saving.
 */
export function ContestSettingsForm({ contest }: { contest: ContestRecord }) {
  const { t } = useTranslation()
  const update = useApiMutation('contest-update')
  const [formError, setFormError] = useState<string | null>(null)
  const [advanced, { toggle }] = useDisclosure(false)
  const advancedId = useId()
  const form = useForm<Values>({ initialValues: toValues(contest), validate: validateWith(contestSettings, t) })

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await update.mutateAsync({ id: contest.id, ...values, seats: Number(values.seats) })
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, fieldNames))
    }
  })

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('elections.contests.method')}
            description={t(`elections.methodHelp.${form.values.method}`)}
            data={votingMethods.map((method) => ({ value: method, label: t(`elections.methods.${method}`) }))}
            renderOption={({ option }) => (
              <div>
                <Text size="sm">{option.label}</Text>
                <Text size="xs" c="dimmed">
                  {t(`elections.methodHelp.${option.value}`)}
                </Text>
              </div>
            )}
            allowDeselect={false}
            style={{ gridColumn: 'span 2' }}
            {...form.getInputProps('method')}
          />
          <NumberInput
            label={t('elections.contests.seats')}
            min={1}
            max={20}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('seats')}
          />
        </SimpleGrid>
        <Button
          variant="subtle"
          size="compact-sm"
          style={{ alignSelf: 'flex-start' }}
          leftSection={advanced ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
          onClick={toggle}
          aria-expanded={advanced}
          aria-controls={advancedId}
        >
          {t('elections.contests.advanced')}
        </Button>
        <Collapse expanded={advanced} id={advancedId}>
          <Stack gap="xs" pl="md">
            {form.values.method === 'acclamation' && (
              <Text size="sm" c="dimmed">
                {t('elections.contests.acclamationRule')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <Select
                label={t('elections.contests.rule')}
                data={ruleChoices(contest.rule).map((rule) => ({ value: rule, label: t(`elections.rules.${rule}`) }))}
                allowDeselect={false}
                {...form.getInputProps('rule')}
              />
              <Select
                label={t('elections.contests.base')}
                data={countingBases.map((base) => ({ value: base, label: t(`elections.bases.${base}`) }))}
                allowDeselect={false}
                {...form.getInputProps('base')}
              />
              <Select
                label={t('elections.contests.further')}
                data={furtherRoundModes.map((mode) => ({ value: mode, label: t(`elections.furtherModes.${mode}`) }))}
                allowDeselect={false}
                {...form.getInputProps('further')}
              />
            </SimpleGrid>
            <Switch
              label={t('elections.contests.lone')}
              {...form.getInputProps('loneCandidateNeedsVote', { type: 'checkbox' })}
            />
          </Stack>
        </Collapse>
        {form.isDirty() && (
          <Row>
            <Button type="submit" size="xs" loading={update.isPending}>
              {t('elections.contests.saveSettings')}
            </Button>
            <Button size="xs" variant="default" onClick={() => form.reset()}>
              {t('common.cancel')}
            </Button>
          </Row>
        )}
      </Stack>
    </form>
  )
}
