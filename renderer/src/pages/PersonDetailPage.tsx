import { Anchor, Button, Card, SimpleGrid, Stack, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import { useApiQuery } from '../api/client'
import { Fact } from '../components/Fact'
import { PageHeader } from '../components/PageHeader'
import { QueryState } from '../components/QueryState'
import { MembershipTable } from './MembershipTable'
import { PersonFormModal } from './PersonFormModal'
import { EntityHistory, PersonPrivacyActions } from './records'
import { PersonRolesCard } from './roles/PersonRolesCard'

export function PersonDetailPage() {
  const { t } = useTranslation()
  const id = Number(useParams().id)
  const person = useApiQuery('person-get', { id })
  const [editing, setEditing] = useState(false)

  return (
    <QueryState query={person}>
      {(person) => (
        <>
          <PageHeader title={person.name}>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <PersonPrivacyActions id={person.id} name={person.name} />
          </PageHeader>
          <Stack>
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                {t('groups.details')}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <Fact label={t('people.email')}>
                  {person.email && <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor>}
                </Fact>
                <Fact label={t('people.phone')}>{person.phone}</Fact>
                <Fact label={t('common.notes')}>{person.notes}</Fact>
              </SimpleGrid>
            </Card>
            <Card withBorder>
              <MembershipTable owner={{ personId: person.id }} />
            </Card>
            <Card withBorder>
              <PersonRolesCard personId={person.id} />
            </Card>
            <EntityHistory entity="person" id={person.id} />
          </Stack>
          <PersonFormModal opened={editing} onClose={() => setEditing(false)} person={person} />
        </>
      )}
    </QueryState>
  )
}
