import { ActionIcon, Anchor, Badge, Button, Group as Row, Menu, Stack, Table, Text } from '@mantine/core'
import { IconChecklist, IconDots, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Role } from '../../../../shared/api/roles'
import { useApiQuery } from '../../api/client'
import { csvRows } from '../../api/csv'
import { QueryState } from '../../components/QueryState'
import { ChecklistTemplateModal } from './ChecklistTemplateModal'
import { ExportButton } from './ExportButton'
import { RoleFormModal } from './RoleFormModal'
import { useRoleName } from './text'

/** The region's role catalogue: presets and custom roles, each with its handover checklist. */
export function CatalogueTab() {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const roles = useApiQuery('role-list', { includeInactive: true })
  const [editing, setEditing] = useState<Role | 'new' | null>(null)
  const [checklist, setChecklist] = useState<Role | 'default' | null>(null)
  const yesNo = (value: boolean) => (value ? t('stewardship.yes') : t('stewardship.no'))

  return (
    <Stack>
      <Row justify="space-between" wrap="wrap">
        <Text size="sm">
          {t('stewardship.catalogue.trainingsHint')}{' '}
          <Anchor component={Link} to="/trainings">
            {t('stewardship.catalogue.trainingsLink')}
          </Anchor>
          .
        </Text>
        <Row gap="xs">
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
            {t('stewardship.catalogue.newRole')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconChecklist size={14} aria-hidden />}
            onClick={() => setChecklist('default')}
          >
            {t('stewardship.catalogue.defaultChecklist')}
          </Button>
          <ExportButton
            fileName={t('stewardship.catalogue.fileName')}
            disabled={!roles.data}
            rows={() =>
              csvRows<Role>(
                [
                  { header: t('stewardship.catalogue.order'), value: (role) => role.electionOrder },
                  { header: t('stewardship.catalogue.key'), value: (role) => role.key },
                  { header: t('stewardship.catalogue.nameNb'), value: (role) => role.names.nb },
                  { header: t('stewardship.catalogue.nameSv'), value: (role) => role.names.sv },
                  { header: t('stewardship.catalogue.nameEn'), value: (role) => role.names.en },
                  {
                    header: t('stewardship.catalogue.requirement'),
                    value: (role) => t(`stewardship.catalogue.requirements.${role.requirement}`),
                  },
                  {
                    header: t('stewardship.catalogue.selection'),
                    value: (role) => t(`stewardship.catalogue.selections.${role.selection}`),
                  },
                  { header: t('stewardship.catalogue.seats'), value: (role) => role.seats },
                  { header: t('stewardship.catalogue.combinableShort'), value: (role) => yesNo(role.combinable) },
                  { header: t('stewardship.catalogue.active'), value: (role) => yesNo(role.active) },
                ],
                roles.data ?? [],
              )
            }
          />
        </Row>
      </Row>
      <QueryState query={roles}>
        {(list) => (
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover>
              <Table.Thead style={{ whiteSpace: 'nowrap' }}>
                <Table.Tr>
                  <Table.Th ta="right">{t('stewardship.catalogue.order')}</Table.Th>
                  <Table.Th>{t('stewardship.catalogue.name')}</Table.Th>
                  <Table.Th>{t('stewardship.catalogue.requirement')}</Table.Th>
                  <Table.Th>{t('stewardship.catalogue.selection')}</Table.Th>
                  <Table.Th ta="right">{t('stewardship.catalogue.seats')}</Table.Th>
                  <Table.Th>{t('stewardship.catalogue.combinableShort')}</Table.Th>
                  <Table.Th>{t('stewardship.catalogue.active')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((role) => (
                  <Table.Tr key={role.id} c={role.active ? undefined : 'dimmed'}>
                    <Table.Td ta="right">{role.electionOrder}</Table.Td>
                    <Table.Td>
                      <Text fw={500}>{roleName(role.names)}</Text>
                      <Text size="xs" c="dimmed">
                        {[role.names.nb, role.names.sv, role.names.en]
                          .filter((name) => name !== roleName(role.names))
                          .join(' · ')}{' '}
                        ·{' '}
                        {role.key.startsWith('custom-')
                          ? role.key
                          : `${role.key} (${t('stewardship.catalogue.preset')})`}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={role.requirement === 'must' ? 'red' : 'gray'} w="max-content">
                        {t(`stewardship.catalogue.requirements.${role.requirement}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{t(`stewardship.catalogue.selections.${role.selection}`)}</Table.Td>
                    <Table.Td ta="right">{role.seats}</Table.Td>
                    <Table.Td>{yesNo(role.combinable)}</Table.Td>
                    <Table.Td>{yesNo(role.active)}</Table.Td>
                    <Table.Td ta="right">
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" aria-label={`${t('common.edit')}: ${roleName(role.names)}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => setEditing(role)}>{t('stewardship.catalogue.editRole')}</Menu.Item>
                          <Menu.Item onClick={() => setChecklist(role)}>
                            {t('stewardship.catalogue.checklist')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      <RoleFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        role={editing === 'new' ? undefined : (editing ?? undefined)}
        nextOrder={Math.max(0, ...(roles.data ?? []).map((role) => role.electionOrder)) + 1}
      />
      <ChecklistTemplateModal
        opened={checklist !== null}
        onClose={() => setChecklist(null)}
        role={checklist === 'default' ? null : (checklist ?? null)}
      />
    </Stack>
  )
}
