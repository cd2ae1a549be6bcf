import { Button, Group as Row, Stack, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { ExportButton } from '../roles/ExportButton'
import { fileSafe, useRoleName } from '../roles/text'
import { HandoverCreateModal } from './HandoverCreateModal'
import { HandoverDrawer } from './HandoverDrawer'
import { HandoverTable } from './HandoverTable'
import { handoverCsv } from './handoverCsv'

/** For the group page: the group's handovers, any status, each opening in a drawer. */
export function GroupHandoversCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const list = useApiQuery('handover-list', { groupId, status: 'all' })
  const [openId, setOpenId] = useState<number | null>(null)
  const [creating, setCreating] = useState(false)

  return (
    <Stack gap="sm">
      <Row justify="space-between">
        <Title order={3} size="h4">
          {t('stewardship.handovers.title')}
        </Title>
        <Row gap="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('stewardship.handovers.new')}
          </Button>
          <ExportButton
            fileName={t('stewardship.handovers.groupFileName', {
              group: fileSafe(list.data?.[0]?.groupName ?? String(groupId)),
            })}
            disabled={!list.data?.length}
            rows={() => handoverCsv(list.data ?? [], t, roleName)}
          />
        </Row>
      </Row>
      <QueryState query={list}>
        {(rows) => <HandoverTable rows={rows} onOpen={setOpenId} showGroup={false} />}
      </QueryState>
      <HandoverDrawer id={openId} onClose={() => setOpenId(null)} />
      <HandoverCreateModal
        opened={creating}
        onClose={() => setCreating(false)}
        groupId={groupId}
        onCreated={setOpenId}
      />
    </Stack>
  )
}
