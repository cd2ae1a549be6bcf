import { ActionIcon, Button, Group as Row, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDots, IconPlus } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { ElectionRow } from '../../../../shared/api/elections'
import { useApiMutation } from '../../api/client'
import { errorText } from './errors'

/** "Open" for an election that exists, "Plan election" for a group without one; a by-election from the menu. */
export function ElectionRowActions({ row, season }: { row: ElectionRow; season: number }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const create = useApiMutation('election-create')

  const start = async (kind: 'regular' | 'extra') => {
    try {
      const created = await create.mutateAsync({ groupId: row.groupId, season, kind })
      notifications.show({
        message: kind === 'regular' ? t('elections.created') : t('elections.byElectionCreated'),
        color: 'green',
      })
      navigate(`/elections/${created.id}`)
    } catch (error) {
      notifications.show({ message: errorText(error, t), color: 'red' })
    }
  }

  return (
    <Row gap={4} justify="flex-end" wrap="nowrap">
      {row.electionId !== null ? (
        <Button
          size="xs"
          variant="light"
          component={Link}
          to={`/elections/${row.electionId}`}
          aria-label={`${t('elections.open')}: ${row.groupName}`}
        >
          {t('elections.open')}
        </Button>
      ) : (
        <Button
          size="xs"
          leftSection={<IconPlus size={14} />}
          loading={create.isPending && create.variables?.kind === 'regular'}
          onClick={() => void start('regular')}
          aria-label={`${t('elections.plan')}: ${row.groupName}`}
        >
          {t('elections.plan')}
        </Button>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('elections.moreFor', { name: row.groupName })}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void start('extra')}>{t('elections.addByElection')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Row>
  )
}
