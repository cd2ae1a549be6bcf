import { Alert, Button, Card, FileButton, Group as Row, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDatabaseExport, IconUpload } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupFile, BackupStatus } from '../../../../shared/api/backup'
import { call, useApiMutation } from '../../api/client'
import { downloadFile } from '../../api/files'
import { errorMessage } from './errors'
import { formatMoment, formatSize } from './format'
import { RestoreModal } from './RestoreModal'
import { uploadBackup } from './upload'

const sqliteMime = 'application/vnd.sqlite3'

/** Saves a backup where the user chooses (browser download; Electron shows a save dialog). */
export async function saveBackup(name: string) {
  downloadFile(await call('backup-download', { name }), sqliteMime)
}

export function BackupsCard({ status }: { status: BackupStatus }) {
  const { t, i18n } = useTranslation()
  const client = useQueryClient()
  const create = useApiMutation('backup-create')
  const remove = useApiMutation('backup-delete')
  const saveKeep = useApiMutation('backup-settings-update')
  // What the user typed, until saved; otherwise the saved setting.
  const [draftKeep, setDraftKeep] = useState<number | string | null>(null)
  const keep = draftKeep ?? status.keep
  const [restoring, setRestoring] = useState<BackupFile | null>(null)
  const [uploading, setUploading] = useState(false)

  const fail = (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t) })

  const backUpNow = async () => {
    try {
      const made = await create.mutateAsync({})
      notifications.show({ color: 'green', message: t('records.backups.created') })
      await saveBackup(made.name)
    } catch (error) {
      fail(error)
    }
  }

  const restoreFromFile = async (file: File | null) => {
    if (!file) return
    setUploading(true)
    try {
      const name = await uploadBackup(new Uint8Array(await file.arrayBuffer()))
      await client.invalidateQueries()
      setRestoring({ name, kind: 'upload', createdAt: new Date().toISOString(), size: file.size })
    } catch (error) {
      fail(error)
    } finally {
      setUploading(false)
    }
  }

  if (!status.available)
    return (
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('records.backups.title')}
        </Title>
        <Text c="dimmed">{t('records.backups.unavailable')}</Text>
      </Card>
    )

  return (
    <Card withBorder>
      <Stack>
        <Row justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            {t('records.backups.title')}
          </Title>
          <Row gap="xs">
            <FileButton
              onChange={(file) => void restoreFromFile(file)}
              accept=".sqlite,application/vnd.sqlite3,application/octet-stream"
            >
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={uploading}>
                  {t('records.backups.restoreFile')}
                </Button>
              )}
            </FileButton>
            <Button
              leftSection={<IconDatabaseExport size={16} />}
              loading={create.isPending}
              onClick={() => void backUpNow()}
              title={t('records.backups.backUpNowHint')}
            >
              {t('records.backups.backUpNow')}
            </Button>
          </Row>
        </Row>
        {status.foreignKeyProblems > 0 && (
          <Alert color="yellow" role="status">
            {t('records.backups.problems', { count: status.foreignKeyProblems })}
          </Alert>
        )}
        <Text size="sm">{t('records.backups.intro', { keep: status.keep })}</Text>
        <Text size="sm" c="dimmed">
          {t('records.backups.folder', { folder: status.folder })}
        </Text>
        <Row align="flex-end" gap="xs">
          <NumberInput
            label={t('records.backups.keep')}
            min={1}
            max={365}
            w={220}
            value={keep}
            onChange={setDraftKeep}
          />
          <Button
            variant="default"
            loading={saveKeep.isPending}
            disabled={Number(keep) === status.keep}
            onClick={() =>
              void saveKeep.mutateAsync({ keep: Number(keep) }).then(() => {
                setDraftKeep(null)
                notifications.show({ color: 'green', message: t('common.saved') })
              }, fail)
            }
          >
            {t('common.save')}
          </Button>
        </Row>
        {status.backups.length === 0 ? (
          <Text c="dimmed">{t('records.backups.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('records.backups.when')}</Table.Th>
                  <Table.Th>{t('records.backups.kind')}</Table.Th>
                  <Table.Th>{t('records.backups.size')}</Table.Th>
                  <Table.Th>{t('records.backups.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.backups.map((backup) => (
                  <Table.Tr key={backup.name}>
                    <Table.Td title={backup.name}>{formatMoment(backup.createdAt, i18n.language)}</Table.Td>
                    <Table.Td>{t(`records.backups.kinds.${backup.kind}`)}</Table.Td>
                    <Table.Td>{formatSize(backup.size, i18n.language)}</Table.Td>
                    <Table.Td>
                      <Row gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          onClick={() => void saveBackup(backup.name).catch(fail)}
                        >
                          {t('records.backups.download')}
                        </Button>
                        <Button size="compact-sm" variant="subtle" onClick={() => setRestoring(backup)}>
                          {t('records.backups.restore')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            void remove
                              .mutateAsync({ name: backup.name })
                              .then(() => notifications.show({ message: t('records.backups.deleted') }), fail)
                          }
                        >
                          {t('records.backups.delete')}
                        </Button>
                      </Row>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />
    </Card>
  )
}
