import { ActionIcon, Anchor, Badge, Button, Group as Row, Menu, Table, Text, Title } from '@mantine/core'
import { IconDots, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Membership } from '../../../shared/api/memberships'
import { useApiMutation, useApiQuery } from '../api/client'
import { QueryState } from '../components/QueryState'
import { MembershipFormModal, type MembershipOwner } from './MembershipFormModal'

/** Memberships of one group (listing people) or of one person (listing groups). */
export function MembershipTable({ owner }: { owner: MembershipOwner }) {
  const { t } = useTranslation()
  const list = useApiQuery('membership-list', owner)
  const remove = useApiMutation('membership-delete')
  const [adding, setAdding] = useState(false)
  const [ending, setEnding] = useState<Membership | null>(null)
  const forGroup = 'groupId' in owner

  return (
    <>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {forGroup ? t('groups.members') : t('people.memberships')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
          {forGroup ? t('groups.addMember') : t('people.addMembership')}
        </Button>
      </Row>
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{forGroup ? t('groups.noMembers') : t('people.noMemberships')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{forGroup ? t('people.person') : t('people.group')}</Table.Th>
                  <Table.Th>{t('people.from')}</Table.Th>
                  <Table.Th>{t('people.to')}</Table.Th>
                  <Table.Th>{t('groups.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>
                      {forGroup ? (
                        <Anchor component={Link} to={`/people/${row.personId}`}>
                          {row.personName}
                        </Anchor>
                      ) : (
                        <Anchor component={Link} to={`/groups/${row.groupId}`}>
                          {row.groupName}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{row.from}</Table.Td>
                    <Table.Td>{row.to ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={row.to ? 'gray' : 'green'}>
                        {row.to ? t('people.ended') : t('people.current')}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('common.edit')}: ${forGroup ? row.personName : row.groupName}`}
                          >
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          {!row.to && <Menu.Item onClick={() => setEnding(row)}>{t('people.end')}</Menu.Item>}
                          <Menu.Item color="red" onClick={() => remove.mutate({ id: row.id })}>
                            {t('people.removeMembership')}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <MembershipFormModal opened={adding} onClose={() => setAdding(false)} owner={owner} />
      <MembershipFormModal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        owner={owner}
        ending={ending ?? undefined}
      />
    </>
  )
}
