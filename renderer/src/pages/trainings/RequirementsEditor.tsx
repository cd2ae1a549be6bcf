import { Checkbox, Group as Row, NumberInput, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../../../shared/api/roles'
import type { TrainingType } from '../../../../shared/api/trainings'
import { useApiMutation, useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { useLocalName } from './display'
import { errorText } from './errors'

const defaultMonths = 6

/** Roles down, trainings across: tick what a role's holder must attend, and within how many months. */
export function RequirementsEditor({ types }: { types: TrainingType[] }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const roles = useApiQuery('role-list', {})
  // Retired types keep a column while some role still requires them, so the requirement can be removed.
  const columns = types.filter((type) => type.active || type.requirements.length > 0)

  return (
    <>
      <Title order={3} size="h4" mb="xs">
        {t('trainings.requirements.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('trainings.requirements.help')}
      </Text>
      <QueryState query={roles}>
        {(roles) => (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('trainings.compliance.role')}</Table.Th>
                  {columns.map((type) => (
                    <Table.Th key={type.id}>
                      {localName(type.names)}
                      {!type.active && ` (${t('trainings.types.inactive')})`}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {roles.map((role) => (
                  <Table.Tr key={role.id}>
                    <Table.Td>{localName(role.names)}</Table.Td>
                    {columns.map((type) => (
                      <Table.Td key={type.id}>
                        <RequirementCell role={role} type={type} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  )
}

function RequirementCell({ role, type }: { role: Role; type: TrainingType }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const requirement = type.requirements.find((candidate) => candidate.roleId === role.id)
  const [months, setMonths] = useState<number | string>(requirement?.withinMonths ?? defaultMonths)
  const save = useApiMutation('role-training-requirement-set')
  const what = `${localName(role.names)}: ${localName(type.names)}`
  const send = (withinMonths: number | null) =>
    save.mutate(
      { roleId: role.id, trainingTypeId: type.id, withinMonths },
      { onError: (error) => notifications.show({ message: errorText(error, t), color: 'red' }) },
    )
  const monthsValue = typeof months === 'number' ? months : Number.parseInt(months, 10)

  return (
    <Row gap="xs" wrap="nowrap">
      <Checkbox
        checked={requirement !== undefined}
        disabled={save.isPending || (!type.active && requirement === undefined)}
        onChange={(event) =>
          send(event.currentTarget.checked ? (Number.isInteger(monthsValue) ? monthsValue : defaultMonths) : null)
        }
        aria-label={t('trainings.requirements.required', { what })}
      />
      {requirement && (
        <NumberInput
          size="xs"
          w={110}
          min={0}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          value={months}
          onChange={setMonths}
          onBlur={() => {
            if (Number.isInteger(monthsValue) && monthsValue !== requirement.withinMonths) send(monthsValue)
          }}
          rightSection={
            <Text size="xs" c="dimmed" pr={4}>
              {t('trainings.requirements.monthsShort')}
            </Text>
          }
          rightSectionWidth={50}
          aria-label={t('trainings.requirements.within', { what })}
        />
      )}
    </Row>
  )
}
