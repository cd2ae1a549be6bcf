import { Anchor, Button, Card, SimpleGrid, Stack } from '@mantine/core'
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useApiQuery } from '../../api/client'
import { Fact } from '../../components/Fact'
import { PageHeader } from '../../components/PageHeader'
import { QueryState } from '../../components/QueryState'
import { AttendanceQuickEntry } from './AttendanceQuickEntry'
import { AttendanceTable } from './AttendanceTable'
import { useDeleteSession } from './DeleteSessionModal'
import { useLocalName } from './display'
import { SessionFormModal } from './SessionFormModal'

const sessionsTab = '/trainings?tab=sessions'

export function SessionPage() {
  const { t } = useTranslation()
  const localName = useLocalName()
  const navigate = useNavigate()
  const id = Number(useParams().id)
  const session = useApiQuery('training-session-get', { id })
  const [editing, setEditing] = useState(false)
  const deletion = useDeleteSession(() => navigate(sessionsTab))

  return (
    <>
      <Anchor component={Link} to={sessionsTab} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} aria-hidden /> {t('trainings.sessions.back')}
      </Anchor>
      <QueryState query={session}>
        {(session) => (
          <>
            <PageHeader title={`${localName(session.typeNames)} ${session.date}`}>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={16} />}
                onClick={() => deletion.request(session)}
              >
                {t('common.delete')}
              </Button>
            </PageHeader>
            <Stack>
              <Card withBorder>
                <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="xs">
                  <Fact label={t('trainings.sessions.date')}>{session.date}</Fact>
                  <Fact label={t('trainings.sessions.place')}>{session.place}</Fact>
                  <Fact label={t('trainings.sessions.online')}>
                    {session.online ? t('trainings.yes') : t('trainings.no')}
                  </Fact>
                  <Fact label={t('common.notes')}>{session.notes}</Fact>
                </SimpleGrid>
              </Card>
              <Card withBorder>
                <AttendanceTable session={session} />
              </Card>
              <Card withBorder>
                <AttendanceQuickEntry session={session} />
              </Card>
            </Stack>
            <SessionFormModal opened={editing} onClose={() => setEditing(false)} session={session} />
            {deletion.dialog}
          </>
        )}
      </QueryState>
    </>
  )
}
