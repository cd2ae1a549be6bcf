import { Anchor, Badge, Card, List, Stack, Table, Text, Title } from '@mantine/core'
import { IconSparkles } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { useUiLanguage } from './display'

function useRoleNames() {
  const language = useUiLanguage()
  const roles = useApiQuery('role-list', { includeInactive: true })
  const names = new Map((roles.data ?? []).map((role) => [role.id, role.names[language]]))
  return (roleId: number) => names.get(roleId) ?? '…'
}

type Props = {
  groupId: number
  /** Contests of the election on screen: terms and handovers they created are marked as new. */
  fromContests?: readonly number[]
}

/** Who holds which role in the group today. */
export function CurrentHolders({ groupId, fromContests = [] }: Props) {
  const { t } = useTranslation()
  const roleName = useRoleNames()
  const terms = useApiQuery('role-term-list', { groupId, currentOnly: true })
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {t('roles.holders')}
      </Title>
      <QueryState query={terms}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('roles.noHolders')}
            </Text>
          ) : (
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('roles.role')}</Table.Th>
                  <Table.Th>{t('roles.person')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((term) => (
                  <Table.Tr key={term.id}>
                    <Table.Td>{roleName(term.roleId)}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/people/${term.personId}`}>
                        {term.personName}
                      </Anchor>
                      {term.sourceContestId !== null && fromContests.includes(term.sourceContestId) && (
                        <Badge
                          ml={6}
                          size="xs"
                          variant="light"
                          color="green"
                          leftSection={<IconSparkles size={10} aria-hidden />}
                        >
                          {t('roles.new')}
                        </Badge>
                      )}
                      <Text size="xs" c="dimmed">
                        {t('roles.sinceDate', { date: term.from })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </div>
  )
}

/** The competence transfers confirmed results have opened in the group. */
export function Handovers({ groupId, fromContests = [] }: Props) {
  const { t } = useTranslation()
  const roleName = useRoleNames()
  const handovers = useApiQuery('handover-list', { groupId })
  return (
    <div>
      <Title order={3} size="h4" mb="xs">
        {t('roles.handovers')}
      </Title>
      <QueryState query={handovers}>
        {(rows) =>
          rows.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('roles.noHandovers')}
            </Text>
          ) : (
            <List spacing={6} size="sm" listStyleType="none" p={0}>
              {rows.map((handover) => (
                <List.Item key={handover.id}>
                  <Text size="sm" fw={500}>
                    {roleName(handover.roleId)}
                  </Text>
                  <Text size="sm">
                    {t('roles.handoverLine', {
                      from: handover.fromPersonName ?? t('roles.nobody'),
                      to: handover.toPersonName,
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('roles.due', { date: handover.dueOn })} · {t(`roles.handoverStatuses.${handover.status}`)}
                    {handover.sourceContestId !== null &&
                      fromContests.includes(handover.sourceContestId) &&
                      ` · ${t('roles.fromThisElection')}`}
                  </Text>
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </div>
  )
}

/** Beside an election: the holders change and the handovers appear as results are confirmed. */
export function HoldersCard(props: Props) {
  return (
    <Card withBorder>
      <Stack>
        <CurrentHolders {...props} />
        <Handovers {...props} />
      </Stack>
    </Card>
  )
}
