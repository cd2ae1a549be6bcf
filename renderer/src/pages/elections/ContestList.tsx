import { Alert, Button, Card, Group as Row, Select, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../../../shared/api'
import type { ElectionDetail } from '../../../../shared/api/elections'
import { isHeld } from '../../../../shared/elections/lifecycle'
import { useApiMutation, useApiQuery } from '../../api/client'
import { placeServerError, validateWith } from '../../forms/validate'
import { ContestCard } from './ContestCard'
import { useUiLanguage } from './display'

/** The agenda: one card per role in the order they are elected, and a way to add a role not on it yet. */
export function ContestList({ election }: { election: ElectionDetail }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  // `alreadyElectedTo` names roles in bokmål; this election's own contests translate them back.
  const byNbName = new Map(election.contests.map((contest) => [contest.roleNames.nb, contest.roleNames[language]]))
  const roleNameInUi = (nbName: string) => byNbName.get(nbName) ?? nbName

  return (
    <Stack>
      <Title order={3} size="h4">
        {t('elections.contests.title')}
      </Title>
      {election.contests.length === 0 && <Text c="dimmed">{t('elections.contests.none')}</Text>}
      {election.contests.map((contest, index) => (
        <ContestCard
          key={contest.id}
          contest={contest}
          index={index}
          count={election.contests.length}
          roleNameInUi={roleNameInUi}
          held={isHeld(election.state)}
        />
      ))}
      <AddRoleForm election={election} />
    </Stack>
  )
}

function AddRoleForm({ election }: { election: ElectionDetail }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const roles = useApiQuery('role-list', {})
  const add = useApiMutation('contest-add')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<{ roleId: string | null }>({
    initialValues: { roleId: null },
    validate: (values) =>
      validateWith(
        api['contest-add'].input,
        t,
      )({ electionId: election.id, roleId: Number(values.roleId) || undefined }),
  })
  const onAgenda = new Set(election.contests.map((contest) => contest.roleId))
  const choices = (roles.data ?? []).filter((role) => !onAgenda.has(role.id))
  if (roles.data && choices.length === 0) return null

  const submit = form.onSubmit(async (values) => {
    setFormError(null)
    try {
      await add.mutateAsync({ electionId: election.id, roleId: Number(values.roleId) })
      form.reset()
    } catch (error) {
      setFormError(placeServerError(error, t, form.setFieldError, ['roleId']))
    }
  })

  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          {formError && (
            <Alert color="red" role="alert" py={6}>
              {formError}
            </Alert>
          )}
          <Row align="end" gap="xs">
            <Select
              label={t('elections.contests.addRoleLabel')}
              data={choices.map((role) => ({ value: String(role.id), label: role.names[language] }))}
              w={320}
              {...form.getInputProps('roleId')}
            />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} loading={add.isPending}>
              {t('elections.contests.addRole')}
            </Button>
          </Row>
        </Stack>
      </form>
    </Card>
  )
}
