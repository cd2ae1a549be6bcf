import { Button, Divider, Drawer, Group as Row, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiMutation, useApiQuery } from '../../api/client'
import { Fact } from '../../components/Fact'
import { QueryState } from '../../components/QueryState'
import { errorText } from '../roles/errorText'
import { useRoleName } from '../roles/text'
import { HandoverStatusBadge, OverdueBadge } from './HandoverBadges'
import { HandoverChecklist } from './HandoverChecklist'
import { HandoverStatusForm } from './HandoverStatusForm'

/** One handover: who hands what to whom by when, its checklist, and its status. */
export function HandoverDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Drawer
      opened={id !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('stewardship.handovers.details')}
    >
      {id !== null && <HandoverView id={id} onClose={onClose} />}
    </Drawer>
  )
}

function HandoverView({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const handover = useApiQuery('handover-get', { id })
  const remove = useApiMutation('handover-delete')
  const [error, setError] = useState<string | null>(null)

  return (
    <QueryState query={handover}>
      {(detail) => (
        <Stack>
          <Row justify="space-between" align="flex-start">
            <Text fw={600} size="lg" component="h2" m={0}>
              {t('stewardship.handovers.heading', { role: roleName(detail.roleNames), group: detail.groupName })}
            </Text>
            <Row gap={6}>
              <HandoverStatusBadge status={detail.status} />
              {detail.overdue && <OverdueBadge dueOn={detail.dueOn} />}
            </Row>
          </Row>
          <SimpleGrid cols={2} spacing="xs">
            <Fact label={t('stewardship.handovers.from')}>{detail.fromPersonName}</Fact>
            <Fact label={t('stewardship.handovers.to')}>{detail.toPersonName}</Fact>
            <Fact label={t('stewardship.handovers.dueOn')}>
              {detail.overdue ? t('stewardship.handovers.overdueSince', { date: detail.dueOn }) : detail.dueOn}
            </Fact>
            <Fact label={t('stewardship.handovers.completedOn')}>{detail.completedOn}</Fact>
            <Fact label={t('stewardship.handovers.source')}>
              {t(`stewardship.handovers.sources.${detail.manual ? 'manual' : 'election'}`)}
            </Fact>
            {detail.status === 'waived' && <Fact label={t('stewardship.handovers.reason')}>{detail.statusReason}</Fact>}
          </SimpleGrid>
          <Divider />
          <HandoverChecklist handover={detail} />
          <Divider />
          <HandoverStatusForm handover={detail} key={`${detail.id}-${detail.status}`} />
          {detail.manual && (
            <>
              <Divider />
              {error && (
                <Text c="red" size="sm" role="alert">
                  {error}
                </Text>
              )}
              <Row justify="flex-start">
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  loading={remove.isPending}
                  onClick={() =>
                    remove.mutate({ id: detail.id }, { onSuccess: onClose, onError: (e) => setError(errorText(e, t)) })
                  }
                >
                  {t('stewardship.handovers.delete')}
                </Button>
              </Row>
            </>
          )}
        </Stack>
      )}
    </QueryState>
  )
}
