import { ActionIcon, Alert, Anchor, Button, Group as Row, Menu, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconDots, IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localIsoDate } from '../../../../shared/dates'
import type { RoleTerm } from '../../../../shared/api/roles'
import { useApiMutation, useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { errorText } from './errorText'
import { ExportButton } from './ExportButton'
import { StartKindBadge } from './TermBadges'
import { TermCreateModal } from './TermCreateModal'
import { TermEditModal } from './TermEditModal'
import { TermEndModal } from './TermEndModal'
import { useModalSubject } from './useModalSubject'
import { termCsv } from './termCsv'
import { fileSafe, useRoleName } from './text'

/** For the group page: who holds which role now, what is vacant, the actions, and the group's term history. */
export function GroupRolesCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const terms = useApiQuery('role-term-list', { groupId })
  const vacancies = useApiQuery('vacancy-list', { groupId })
  const remove = useApiMutation('role-term-delete')
  const appointing = useModalSubject<{ roleId?: number }>()
  const ending = useModalSubject<RoleTerm>()
  const correcting = useModalSubject<RoleTerm>()
  const [actionError, setActionError] = useState<string | null>(null)
  const today = localIsoDate(new Date())

  const menu = (term: RoleTerm, current: boolean) => (
    <Menu position="bottom-end">
      <Menu.Target>
        <ActionIcon variant="subtle" aria-label={t('stewardship.terms.actions', { person: term.personName })}>
          <IconDots size={16} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {current && term.to === null && (
          <Menu.Item onClick={() => ending.open(term)}>{t('stewardship.terms.endTerm')}</Menu.Item>
        )}
        <Menu.Item onClick={() => correcting.open(term)}>{t('stewardship.terms.correct')}</Menu.Item>
        {term.sourceContestId === null && (
          <Menu.Item
            color="red"
            onClick={() => remove.mutate({ id: term.id }, { onError: (error) => setActionError(errorText(error, t)) })}
          >
            {t('stewardship.terms.delete')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  )

  return (
    <Stack gap="sm">
      <Row justify="space-between">
        <Title order={3} size="h4">
          {t('stewardship.terms.holders')}
        </Title>
        <Row gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconUserPlus size={14} aria-hidden />}
            onClick={() => appointing.open({})}
          >
            {t('stewardship.terms.appoint')}
          </Button>
          <ExportButton
            fileName={t('stewardship.terms.groupFileName', {
              group: fileSafe(terms.data?.[0]?.groupName ?? String(groupId)),
            })}
            disabled={!terms.data?.length}
            rows={() => termCsv(terms.data ?? [], t, roleName)}
          />
        </Row>
      </Row>
      {actionError && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setActionError(null)}>
          {actionError}
        </Alert>
      )}
      <QueryState query={vacancies}>
        {(rows) =>
          rows.length > 0 && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertTriangle size={18} aria-hidden />}
              title={t('stewardship.terms.vacancies')}
            >
              <Stack gap={4}>
                {rows.map((vacancy) => (
                  <Row key={vacancy.roleId} gap="xs">
                    <Text size="sm" fw={500}>
                      {roleName(vacancy.roleNames)}: {t('stewardship.holders.vacant').toLowerCase()}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {vacancy.vacantSince
                        ? `${t('stewardship.holders.vacantSince')} ${vacancy.vacantSince}`
                        : t('stewardship.holders.neverHeld')}
                    </Text>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => appointing.open({ roleId: vacancy.roleId })}
                    >
                      {t('stewardship.terms.appoint')}
                    </Button>
                  </Row>
                ))}
              </Stack>
            </Alert>
          )
        }
      </QueryState>
      <QueryState query={terms}>
        {(list) => {
          const current = list.filter((term) => term.to === null || term.to > today)
          const history = list.filter((term) => term.to !== null && term.to <= today)
          return (
            <>
              {current.length === 0 ? (
                <Text c="dimmed">{t('stewardship.terms.noHolders')}</Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stewardship.roles.role')}</Table.Th>
                      <Table.Th>{t('stewardship.roles.person')}</Table.Th>
                      <Table.Th>{t('stewardship.terms.from')}</Table.Th>
                      <Table.Th>{t('stewardship.terms.how')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {current.map((term) => (
                      <Table.Tr key={term.id}>
                        <Table.Td>{roleName(term.roleNames)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/people/${term.personId}`}>
                            {term.personName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          {term.from}
                          {term.from > today && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('stewardship.terms.starts', { date: term.from })})
                            </Text>
                          )}
                          {term.to && (
                            <Text span size="xs" c="dimmed">
                              {' '}
                              ({t('stewardship.terms.until', { date: term.to })})
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <StartKindBadge kind={term.startKind} />
                        </Table.Td>
                        <Table.Td ta="right">{menu(term, true)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
              <Title order={4} size="h5" mt="sm">
                {t('stewardship.terms.history')}
              </Title>
              {history.length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('stewardship.terms.noHistory')}
                </Text>
              ) : (
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('stewardship.roles.role')}</Table.Th>
                      <Table.Th>{t('stewardship.roles.person')}</Table.Th>
                      <Table.Th>{t('stewardship.terms.from')}</Table.Th>
                      <Table.Th>{t('stewardship.terms.to')}</Table.Th>
                      <Table.Th>{t('stewardship.terms.endReason')}</Table.Th>
                      <Table.Th />
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {history.map((term) => (
                      <Table.Tr key={term.id}>
                        <Table.Td>{roleName(term.roleNames)}</Table.Td>
                        <Table.Td>
                          <Anchor component={Link} to={`/people/${term.personId}`}>
                            {term.personName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{term.from}</Table.Td>
                        <Table.Td>{term.to}</Table.Td>
                        <Table.Td>
                          {term.endReason ? t(`stewardship.terms.endReasons.${term.endReason}`) : null}
                        </Table.Td>
                        <Table.Td ta="right">{menu(term, false)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </>
          )
        }}
      </QueryState>
      <TermCreateModal
        opened={appointing.opened}
        onClose={appointing.close}
        groupId={groupId}
        roleId={appointing.subject?.roleId}
      />
      <TermEndModal opened={ending.opened} onClose={ending.close} term={ending.subject} />
      <TermEditModal opened={correcting.opened} onClose={correcting.close} term={correcting.subject} />
    </Stack>
  )
}
