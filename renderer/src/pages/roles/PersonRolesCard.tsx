import { Anchor, Badge, Group as Row, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { localIsoDate } from '../../../../shared/dates'
import type { RoleTerm } from '../../../../shared/api/roles'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { ExportButton } from './ExportButton'
import { StartKindBadge } from './TermBadges'
import { termCsv } from './termCsv'
import { fileSafe, useRoleName } from './text'

type Phase = 'upcoming' | 'currentBadge' | 'ended'
const phaseColors: Record<Phase, string> = { upcoming: 'blue', currentBadge: 'green', ended: 'gray' }

const phaseOf = (term: RoleTerm, today: string): Phase =>
  term.from > today ? 'upcoming' : term.to === null || term.to > today ? 'currentBadge' : 'ended'

/** For the person page: every role the person holds or has held, in any group, newest first. */
export function PersonRolesCard({ personId }: { personId: number }) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const terms = useApiQuery('role-term-list', { personId })
  const today = localIsoDate(new Date())

  return (
    <Stack gap="sm">
      <Row justify="space-between">
        <Title order={3} size="h4">
          {t('stewardship.terms.personRoles')}
        </Title>
        <ExportButton
          fileName={t('stewardship.terms.personFileName', {
            person: fileSafe(terms.data?.[0]?.personName ?? String(personId)),
          })}
          disabled={!terms.data?.length}
          rows={() => termCsv(terms.data ?? [], t, roleName)}
        />
      </Row>
      <QueryState query={terms}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('stewardship.terms.noTerms')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stewardship.roles.group')}</Table.Th>
                  <Table.Th>{t('stewardship.roles.role')}</Table.Th>
                  <Table.Th>{t('stewardship.terms.from')}</Table.Th>
                  <Table.Th>{t('stewardship.terms.to')}</Table.Th>
                  <Table.Th>{t('stewardship.terms.how')}</Table.Th>
                  <Table.Th>{t('groups.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((term) => {
                  const phase = phaseOf(term, today)
                  return (
                    <Table.Tr key={term.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/groups/${term.groupId}`}>
                          {term.groupName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{roleName(term.roleNames)}</Table.Td>
                      <Table.Td>{term.from}</Table.Td>
                      <Table.Td>
                        {term.to ?? t('common.none')}
                        {term.endReason && (
                          <Text size="xs" c="dimmed">
                            {t(`stewardship.terms.endReasons.${term.endReason}`)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <StartKindBadge kind={term.startKind} />
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={phaseColors[phase]}>
                          {t(`stewardship.terms.${phase}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  )
}
