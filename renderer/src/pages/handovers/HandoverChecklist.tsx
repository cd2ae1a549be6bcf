import { Alert, Button, Checkbox, Group as Row, Progress, Stack, Text, Title } from '@mantine/core'
import { IconChecks } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { HandoverDetail } from '../../../../shared/api/roles'
import { suggestsDone } from '../../../../shared/stewardship/handovers'
import { useApiMutation } from '../../api/client'
import { errorText } from '../roles/errorText'

/**
 * The handover's own checklist: ticking records today's date, un-ticking clears it. When every
 * item is ticked the leader is asked whether the handover is done; it is never marked by itself.
 */
export function HandoverChecklist({ handover }: { handover: HandoverDetail }) {
  const { t } = useTranslation()
  const tick = useApiMutation('handover-item-set')
  const update = useApiMutation('handover-update')
  const [error, setError] = useState<string | null>(null)
  const done = handover.items.filter((item) => item.doneOn !== null).length

  const setItem = (id: number, checked: boolean) => {
    setError(null)
    tick.mutate({ id, done: checked }, { onError: (caught) => setError(errorText(caught, t)) })
  }
  const markDone = () => {
    setError(null)
    update.mutate(
      {
        id: handover.id,
        status: 'done',
        statusReason: handover.statusReason,
        dueOn: handover.dueOn,
        notes: handover.notes,
      },
      { onError: (caught) => setError(errorText(caught, t)) },
    )
  }

  return (
    <Stack gap="xs">
      <Row justify="space-between">
        <Title order={3} size="h5">
          {t('stewardship.handovers.checklist')}
        </Title>
        {handover.items.length > 0 && (
          <Text size="sm" aria-live="polite">
            {t('stewardship.handovers.progress', { done, total: handover.items.length })}
          </Text>
        )}
      </Row>
      {handover.items.length > 0 && (
        <Progress
          value={(done / handover.items.length) * 100}
          color={done === handover.items.length ? 'green' : 'indigo'}
          size="sm"
          aria-hidden
        />
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {handover.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('stewardship.handovers.noChecklist')}
        </Text>
      ) : (
        <Stack gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {handover.items.map((item) => (
            <li key={item.id}>
              <Checkbox
                label={item.label}
                description={item.doneOn ? t('stewardship.handovers.doneOn', { date: item.doneOn }) : undefined}
                checked={item.doneOn !== null}
                disabled={tick.isPending && tick.variables?.id === item.id}
                onChange={(event) => setItem(item.id, event.currentTarget.checked)}
              />
            </li>
          ))}
        </Stack>
      )}
      {suggestsDone(handover) && (
        <Alert color="green" variant="light" icon={<IconChecks size={18} aria-hidden />} role="status">
          <Row justify="space-between" gap="xs">
            <Text size="sm">{t('stewardship.handovers.allTicked')}</Text>
            <Button size="xs" color="green" onClick={markDone} loading={update.isPending}>
              {t('stewardship.handovers.markDone')}
            </Button>
          </Row>
        </Alert>
      )}
    </Stack>
  )
}
