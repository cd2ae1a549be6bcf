import { Anchor, Button, Card, Group as Row, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiMutation, useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { errorMessage } from './errors'
import { PersonPrivacyActions } from './PersonPrivacyActions'

/** People with no activity for the set number of years, each with export and erase at hand. */
export function RetentionCard() {
  const { t } = useTranslation()
  const list = useApiQuery('privacy-retention-list', {})
  const save = useApiMutation('privacy-settings-update')
  // What the user typed, until saved; otherwise the saved setting.
  const [draftYears, setDraftYears] = useState<number | string | null>(null)

  return (
    <Card withBorder>
      <Stack>
        <Title order={3} size="h4">
          {t('records.privacy.title')}
        </Title>
        <QueryState query={list}>
          {(data) => (
            <>
              <Text size="sm">{t('records.privacy.intro', { years: data.years })}</Text>
              <Row align="flex-end" gap="xs">
                <NumberInput
                  label={t('records.privacy.years')}
                  min={1}
                  max={100}
                  w={220}
                  value={draftYears ?? data.years}
                  onChange={setDraftYears}
                />
                <Button
                  variant="default"
                  loading={save.isPending}
                  disabled={draftYears === null || Number(draftYears) === data.years}
                  onClick={() =>
                    void save.mutateAsync({ retentionYears: Number(draftYears) }).then(
                      () => {
                        setDraftYears(null)
                        notifications.show({ color: 'green', message: t('common.saved') })
                      },
                      (error: unknown) => notifications.show({ color: 'red', message: errorMessage(error, t) }),
                    )
                  }
                >
                  {t('common.save')}
                </Button>
              </Row>
              {data.rows.length === 0 ? (
                <Text c="dimmed">{t('records.privacy.empty')}</Text>
              ) : (
                <Table.ScrollContainer minWidth={520}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('records.privacy.name')}</Table.Th>
                        <Table.Th>{t('records.privacy.lastActivity')}</Table.Th>
                        <Table.Th>{t('records.backups.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.rows.map((row) => (
                        <Table.Tr key={row.id}>
                          <Table.Td>
                            <Anchor component={Link} to={`/people/${row.id}`}>
                              {row.name}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>
                            {row.lastActivity ?? t('records.privacy.never', { date: row.createdAt.slice(0, 10) })}
                          </Table.Td>
                          <Table.Td>
                            <PersonPrivacyActions id={row.id} name={row.name} compact />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </>
          )}
        </QueryState>
      </Stack>
    </Card>
  )
}
