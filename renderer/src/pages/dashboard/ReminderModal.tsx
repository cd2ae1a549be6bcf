import { Alert, Button, CopyButton, Group as Row, Modal, Stack, TextInput, Textarea } from '@mantine/core'
import { IconCopy, IconMail } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GridRow } from '../../../../shared/api/dashboard'
import { requirementKeys } from '../../../../shared/dashboard/grid'
import { mailtoUrl } from '../../../../shared/dashboard/reminder'
import { useApiQuery } from '../../api/client'

type Props = { row: GridRow | null; season: number; onClose: () => void }

/** A reminder drafted from the group's open problems, sent from the user's own mail program or copied. */
export function ReminderModal({ row, season, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t('dashboard.reminder.title', { group: row.groupName }) : ''}
      size="lg"
    >
      {row && <ReminderForm row={row} season={season} />}
    </Modal>
  )
}

function ReminderForm({ row, season }: { row: GridRow; season: number }) {
  const { t } = useTranslation()
  const settings = useApiQuery('settings-get', {})
  const missing = requirementKeys
    .filter((key) => row.cells[key].status === 'problem')
    .map(
      (key) =>
        `- ${t(`dashboard.requirements.${key}`)}: ${t(`dashboard.cells.${row.cells[key].detail}`, row.cells[key].params)}`,
    )
    .join('\n')
  const [to, setTo] = useState(row.contactEmail ?? '')
  const [subject, setSubject] = useState(() =>
    t('dashboard.reminder.subjectText', { region: settings.data?.regionName ?? '', group: row.groupName }),
  )
  const [body, setBody] = useState(() =>
    t('dashboard.reminder.bodyText', {
      season,
      group: row.groupName,
      missing,
      leader: settings.data?.leaderName ?? '',
    }),
  )
  const url = mailtoUrl(to.trim(), subject, body)
  return (
    <Stack>
      {!row.contactEmail && <Alert color="yellow">{t('dashboard.reminder.noAddress')}</Alert>}
      <TextInput
        label={t('dashboard.reminder.to')}
        type="email"
        value={to}
        onChange={(event) => setTo(event.currentTarget.value)}
      />
      <TextInput
        label={t('dashboard.reminder.subject')}
        value={subject}
        onChange={(event) => setSubject(event.currentTarget.value)}
      />
      <Textarea
        label={t('dashboard.reminder.body')}
        autosize
        minRows={8}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
      />
      <Row justify="flex-end">
        <CopyButton value={`${subject}\n\n${body}`}>
          {({ copied, copy }) => (
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={copy}>
              {copied ? t('dashboard.reminder.copied') : t('dashboard.reminder.copy')}
            </Button>
          )}
        </CopyButton>
        {/* target=_blank: the desktop app hands a validated mailto: to the system's mail program. */}
        <Button
          component="a"
          href={url ?? undefined}
          target="_blank"
          rel="noreferrer"
          leftSection={<IconMail size={16} />}
          disabled={!url}
          data-disabled={!url || undefined}
        >
          {t('dashboard.reminder.open')}
        </Button>
      </Row>
    </Stack>
  )
}
