import { ActionIcon, Badge, Button, Card, Group as Row, Stack, Table, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TrainingType } from '../../../../shared/api/trainings'
import { csvRows } from '../../api/csv'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { ExportButton, useLocalName, useUiLanguage } from './display'
import { RequirementsEditor } from './RequirementsEditor'
import { TrainingTypeFormModal } from './TrainingTypeFormModal'

/** The trainings offered (presets and the region's own), and which roles require them. */
export function TypesTab() {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const localName = useLocalName()
  const types = useApiQuery('training-type-list', {})
  const roles = useApiQuery('role-list', { includeInactive: true })
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<TrainingType | null>(null)

  const validity = (type: TrainingType) =>
    type.validityMonths === null
      ? t('trainings.types.noExpiry')
      : t('trainings.types.months', { count: type.validityMonths })
  const requiredFor = (type: TrainingType) =>
    type.requirements
      .map((requirement) => {
        const role = roles.data?.find((candidate) => candidate.id === requirement.roleId)
        return role
          ? t('trainings.types.requiredWithin', { role: localName(role.names), count: requirement.withinMonths })
          : null
      })
      .filter(Boolean)
      .join(', ')

  const exportRows = () =>
    csvRows(
      [
        { header: t('trainings.types.nameNb'), value: (type: TrainingType) => type.names.nb },
        { header: t('trainings.types.nameSv'), value: (type) => type.names.sv },
        { header: t('trainings.types.nameEn'), value: (type) => type.names.en },
        { header: t('trainings.types.validity'), value: (type) => type.validityMonths },
        {
          header: t('trainings.types.status'),
          value: (type) => (type.active ? t('trainings.types.activeBadge') : t('trainings.types.inactive')),
        },
        { header: t('trainings.types.sessions'), value: (type) => type.sessionCount },
        { header: t('trainings.types.requiredFor'), value: requiredFor },
      ],
      types.data ?? [],
    )

  return (
    <QueryState query={types}>
      {(types) => (
        <Stack>
          <Card withBorder>
            <Row justify="space-between" mb="sm">
              <Title order={3} size="h4">
                {t('trainings.types.title')}
              </Title>
              <Row gap="xs">
                <ExportButton fileName={t('trainings.types.fileName')} rows={exportRows} />
                <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                  {t('trainings.types.new')}
                </Button>
              </Row>
            </Row>
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('trainings.types.name')}</Table.Th>
                    <Table.Th>{t('trainings.types.validityColumn')}</Table.Th>
                    <Table.Th>{t('trainings.types.requiredFor')}</Table.Th>
                    <Table.Th ta="right">{t('trainings.types.sessions')}</Table.Th>
                    <Table.Th>{t('trainings.types.status')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {types.map((type) => (
                    <Table.Tr key={type.id}>
                      <Table.Td>
                        {localName(type.names)}
                        <Text size="xs" c="dimmed">
                          {(['nb', 'sv', 'en'] as const)
                            .filter((other) => other !== language)
                            .map((other) => type.names[other])
                            .join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{validity(type)}</Table.Td>
                      <Table.Td>{requiredFor(type) || t('common.none')}</Table.Td>
                      <Table.Td ta="right">{type.sessionCount}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={type.active ? 'green' : 'gray'}>
                          {type.active ? t('trainings.types.activeBadge') : t('trainings.types.inactive')}
                        </Badge>
                      </Table.Td>
                      <Table.Td ta="right">
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('trainings.types.editNamed', { name: localName(type.names) })}
                          title={t('common.edit')}
                          onClick={() => setEditing(type)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <Card withBorder>
            <RequirementsEditor types={types} />
          </Card>
          <TrainingTypeFormModal opened={creating} onClose={() => setCreating(false)} />
          <TrainingTypeFormModal
            opened={editing !== null}
            onClose={() => setEditing(null)}
            type={editing ?? undefined}
          />
        </Stack>
      )}
    </QueryState>
  )
}
