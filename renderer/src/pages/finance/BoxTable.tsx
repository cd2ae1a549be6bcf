import { ActionIcon, Anchor, Button, Group as Row, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconCalculator, IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { CollectionBox } from '../../../../shared/api/finance'
import { formatKroner } from '../../../../shared/stewardship/boxes'
import { BoxCountModal } from './BoxCountModal'
import { BoxDeleteModal } from './BoxDeleteModal'
import { BoxFormModal } from './BoxFormModal'
import { BoxStatusBadge, StaleBadge, useUiLanguage } from './display'

type Dialog = 'edit' | 'count' | 'delete'

/** The boxes with their flag and the three actions on each; the dialogs share one target box. */
export function BoxTable({ rows, showGroup }: { rows: readonly CollectionBox[]; showGroup: boolean }) {
  const { t } = useTranslation()
  const language = useUiLanguage()
  const [target, setTarget] = useState<CollectionBox | null>(null)
  const [dialog, setDialog] = useState<Dialog | null>(null)
  const open = (box: CollectionBox, next: Dialog) => {
    setTarget(box)
    setDialog(next)
  }
  const close = () => setDialog(null)

  return (
    <>
      <Table striped highlightOnHover stickyHeader>
        <Table.Thead>
          <Table.Tr>
            {showGroup && <Table.Th>{t('finance.boxes.group')}</Table.Th>}
            <Table.Th>{t('finance.boxes.label')}</Table.Th>
            <Table.Th>{t('finance.boxes.status')}</Table.Th>
            <Table.Th>{t('finance.boxes.lastCountedOn')}</Table.Th>
            <Table.Th ta="right">{t('finance.boxes.amount')}</Table.Th>
            <Table.Th>{t('finance.boxes.flag')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('finance.boxes.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((box) => (
            <Table.Tr key={box.id}>
              {showGroup && (
                <Table.Td>
                  <Anchor component={Link} to={`/groups/${box.groupId}`}>
                    {box.groupName}
                  </Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm" fw={500}>
                  {box.label}
                </Text>
                {box.notes && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {box.notes}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <BoxStatusBadge status={box.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{box.lastCountedOn ?? t('finance.boxes.never')}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {box.lastAmountMinor === null ? t('common.none') : formatKroner(box.lastAmountMinor, language)}
              </Table.Td>
              <Table.Td>
                <StaleBadge staleness={box.staleness} />
              </Table.Td>
              <Table.Td>
                <Row gap={4} justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconCalculator size={14} aria-hidden />}
                    onClick={() => open(box, 'count')}
                    disabled={box.status === 'lost'}
                    aria-label={`${t('finance.boxes.count')}: ${box.label}`}
                  >
                    {t('finance.boxes.count')}
                  </Button>
                  <ActionIcon
                    variant="default"
                    onClick={() => open(box, 'edit')}
                    aria-label={`${t('finance.boxes.edit')}: ${box.label}`}
                    title={t('finance.boxes.edit')}
                  >
                    <IconPencil size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    color="red"
                    onClick={() => open(box, 'delete')}
                    aria-label={`${t('finance.boxes.delete')}: ${box.label}`}
                    title={t('finance.boxes.delete')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Row>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {target && (
        <>
          <BoxFormModal opened={dialog === 'edit'} onClose={close} box={target} />
          <BoxCountModal opened={dialog === 'count'} onClose={close} box={target} />
          <BoxDeleteModal opened={dialog === 'delete'} onClose={close} box={target} />
        </>
      )}
    </>
  )
}
