import { Badge, Button, Card, Group as Row, Select, SimpleGrid, Text, Title } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import {
  AuditStatusBadge,
  AuditorCell,
  MissingBadge,
  ReceivedCell,
  defaultFiscalYear,
  fiscalYearChoices,
  treasurerNames,
} from './display'
import { FinanceYearModal } from './FinanceYearModal'

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {children}
    </div>
  )
}

/** One group's fiscal year (last year's by default), for the group page. */
export function GroupFinanceCard({ groupId }: { groupId: number }) {
  const { t } = useTranslation()
  const [year, setYear] = useState(defaultFiscalYear)
  const [editing, setEditing] = useState(false)
  const financeYear = useApiQuery('finance-year-get', { groupId, year })
  return (
    <Card withBorder>
      <Row justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('finance.years.cardTitle')}
        </Title>
        <Row gap="xs">
          <Select
            aria-label={t('finance.years.year')}
            data={fiscalYearChoices()}
            value={String(year)}
            onChange={(next) => next && setYear(Number(next))}
            allowDeselect={false}
            size="xs"
            w={90}
          />
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            {t('finance.years.edit')}
          </Button>
        </Row>
      </Row>
      <QueryState query={financeYear}>
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
              <Item label={t('finance.years.treasurer')}>
                {data.treasurers.length > 0 ? (
                  <Text size="sm">{treasurerNames(data)}</Text>
                ) : (
                  <MissingBadge label={t('finance.years.flagNames.treasurerMissing')} />
                )}
              </Item>
              <Item label={t('finance.years.auditor')}>
                <AuditorCell row={data} />
              </Item>
              <Item label={t('finance.years.audit')}>
                <AuditStatusBadge status={data.auditStatus} />
              </Item>
              <Item label={t('finance.years.cashBook')}>
                <ReceivedCell date={data.cashBookReceivedOn} />
              </Item>
              <Item label={t('finance.years.annualReport')}>
                <ReceivedCell date={data.annualReportReceivedOn} />
              </Item>
              <Item label={t('finance.years.activityReport')}>
                <ReceivedCell date={data.activityReportReceivedOn} />
              </Item>
            </SimpleGrid>
            {data.auditRemarks && (
              <Text size="sm" mt="xs">
                <Badge variant="light" color="gray" mr={6}>
                  {t('finance.years.remarks')}
                </Badge>
                {data.auditRemarks}
              </Text>
            )}
            <FinanceYearModal
              opened={editing}
              onClose={() => setEditing(false)}
              groupId={groupId}
              groupName={data.groupName}
              year={year}
            />
          </>
        )}
      </QueryState>
    </Card>
  )
}
