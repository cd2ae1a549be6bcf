import { Anchor, Group as Row, Select, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconSearch } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import type { electionListInput } from '../../../../shared/api/elections'
import { electionStates, isHeld } from '../../../../shared/elections/lifecycle'
import { call, useApiQuery } from '../../api/client'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { useListParams } from '../../components/useListParams'
import { ElectionRowActions } from './ElectionRowActions'
import { ElectionStateBadge, FlagBadges, formatMeetingAt } from './display'
import { HeldCounter } from './HeldCounter'
import { MinutesControls, MinutesStatus, useMinutesPrint } from './MinutesPrint'
import { seasonChoices } from './seasons'

type ListInput = z.input<typeof electionListInput>
const sortKeys = ['group', 'state', 'meeting'] as const

export function ElectionListPage() {
  const { t } = useTranslation()
  const currentYear = String(new Date().getFullYear())
  const { values, set } = useListParams({ season: currentYear, state: 'all', flagged: '0', q: '', sort: 'group' })
  const [query] = useDebouncedValue(values.q, 200)
  const season = Number(values.season) || Number(currentYear)
  const list = useApiQuery('election-list', {
    season,
    state: values.state as ListInput['state'],
    flaggedOnly: values.flagged === '1',
    query,
    sort: values.sort as ListInput['sort'],
  })
  const held = (list.data?.rows ?? []).flatMap((row) =>
    row.electionId !== null && isHeld(row.state) ? [row.electionId] : [],
  )
  const minutes = useMinutesPrint({
    // Before the list has loaded, main decides (and says so) rather than the empty list here.
    nothingToPrint: list.data !== undefined && held.length === 0,
    view: JSON.stringify(values),
    print: (language) => call('season-minutes', { season, electionIds: held, language }),
  })

  return (
    <>
      <PageHeader title={t('elections.title')}>
        <MinutesControls minutes={minutes} label={t('elections.seasonMinutes')} />
      </PageHeader>
      <MinutesStatus
        minutes={minutes}
        busyLabel={t('elections.printing', { count: held.length })}
        nothingLabel={t('elections.noneHeld')}
      />
      <Row mb="sm" align="end" wrap="wrap">
        <Select
          label={t('elections.season')}
          data={seasonChoices().includes(values.season) ? seasonChoices() : [values.season, ...seasonChoices()]}
          value={values.season}
          onChange={(next) => set({ season: next ?? currentYear })}
          allowDeselect={false}
          w={110}
        />
        <TextInput
          label={t('common.search')}
          placeholder={t('elections.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={values.q}
          onChange={(event) => set({ q: event.currentTarget.value })}
          w={240}
        />
        <Select
          label={t('elections.filterState')}
          data={[
            { value: 'all', label: t('elections.allStates') },
            ...electionStates.map((state) => ({ value: state, label: t(`elections.states.${state}`) })),
          ]}
          value={values.state}
          onChange={(state) => set({ state: state ?? 'all' })}
          allowDeselect={false}
          w={220}
        />
        <Select
          label={t('common.sortBy')}
          data={sortKeys.map((key) => ({ value: key, label: t(`elections.sort.${key}`) }))}
          value={values.sort}
          onChange={(sort) => set({ sort: sort ?? 'group' })}
          allowDeselect={false}
          w={150}
        />
        <Switch
          label={t('elections.flaggedOnly')}
          checked={values.flagged === '1'}
          onChange={(event) => set({ flagged: event.currentTarget.checked ? '1' : '0' })}
          mb={8}
        />
      </Row>
      <HeldCounter season={season} />
      <QueryState query={list}>
        {({ rows }) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('common.noResults')}</Text>
          ) : (
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('elections.group')}</Table.Th>
                  <Table.Th>{t('elections.state')}</Table.Th>
                  <Table.Th>{t('elections.meeting')}</Table.Th>
                  <Table.Th>{t('elections.platform')}</Table.Th>
                  <Table.Th>{t('elections.flags')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('elections.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.electionId ?? `group-${row.groupId}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/groups/${row.groupId}`}>
                        {row.groupName}
                      </Anchor>
                      {row.kind === 'extra' && (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          ({t('elections.kinds.extra')})
                        </Text>
                      )}
                      {row.town && (
                        <Text size="xs" c="dimmed">
                          {row.town}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ElectionStateBadge state={row.state} />
                    </Table.Td>
                    <Table.Td>{formatMeetingAt(row.meetingAt) ?? t('common.none')}</Table.Td>
                    <Table.Td>{row.platform ? t(`groups.platforms.${row.platform}`) : t('common.none')}</Table.Td>
                    <Table.Td>
                      <FlagBadges flags={row.flags} />
                    </Table.Td>
                    <Table.Td ta="right">
                      <ElectionRowActions row={row} season={season} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  )
}
