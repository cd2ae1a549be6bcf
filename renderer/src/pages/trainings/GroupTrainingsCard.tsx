import { Anchor, Card, Group as Row, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { ComplianceTable, complianceCsv } from './ComplianceTable'
import { ExportButton, useLocalName } from './display'

/** For the group page: this group's role holders against the trainings their roles require. */
export function GroupTrainingsCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const localName = useLocalName()
  const list = useApiQuery('training-compliance', { groupId })
  return (
    <Card withBorder>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('trainings.groupCard.title')}
        </Title>
        <Row gap="xs">
          <Anchor component={Link} to={`/trainings?group=${groupId}`} size="sm">
            {t('trainings.groupCard.regionList')}
          </Anchor>
          <ExportButton
            fileName={t('trainings.compliance.fileName')}
            rows={() => complianceCsv(list.data ?? [], t, localName)}
          />
        </Row>
      </Row>
      <QueryState query={list}>
        {(rows) =>
          rows.length === 0 ? (
            <Text c="dimmed">{t('trainings.groupCard.empty')}</Text>
          ) : (
            <ComplianceTable rows={rows} showGroup={false} />
          )
        }
      </QueryState>
    </Card>
  )
}
