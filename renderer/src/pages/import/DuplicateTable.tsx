import { Group as Row, NativeSelect, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Duplicate } from '../../../../shared/api/import'
import { duplicateActions, type DuplicateAction } from '../../../../shared/import/plan'

export type DecisionState = { all: DuplicateAction | null; rows: Record<number, DuplicateAction> }

type Props = {
  duplicates: Duplicate[]
  total: number
  decisions: DecisionState
  onChange: (decisions: DecisionState) => void
}

/** Rows that may be people already known: what they match, and the user's choice for each or for all. */
export function DuplicateTable({ duplicates, total, decisions, onChange }: Props) {
  const { t } = useTranslation()
  const options = (placeholder: string) => [
    { value: '', label: placeholder },
    ...duplicateActions.map((action) => ({ value: action, label: t(`importing.preview.actions.${action}`) })),
  ]
  const toAction = (value: string) => (value === '' ? null : (value as DuplicateAction))
  return (
    <>
      <Row align="flex-end">
        <NativeSelect
          label={t('importing.preview.forAll')}
          data={options(t('importing.preview.choose'))}
          value={decisions.all ?? ''}
          onChange={(event) => onChange({ ...decisions, all: toAction(event.currentTarget.value) })}
          w={260}
        />
      </Row>
      <Table striped verticalSpacing={4} aria-label={t('importing.preview.duplicatesTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('importing.preview.line')}</Table.Th>
            <Table.Th>{t('importing.mapping.fields.name')}</Table.Th>
            <Table.Th>{t('importing.mapping.fields.email')}</Table.Th>
            <Table.Th>{t('importing.mapping.fields.group')}</Table.Th>
            <Table.Th>{t('importing.preview.match')}</Table.Th>
            <Table.Th w={240}>{t('importing.preview.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {duplicates.map((duplicate) => {
            const match =
              duplicate.match.line === null
                ? t('importing.preview.matchRecord', { name: duplicate.match.name })
                : t('importing.preview.matchLine', { line: duplicate.match.line, name: duplicate.match.name })
            return (
              <Table.Tr key={duplicate.line}>
                <Table.Td>{duplicate.line}</Table.Td>
                <Table.Td>{duplicate.name}</Table.Td>
                <Table.Td>{duplicate.email ?? ''}</Table.Td>
                <Table.Td>{duplicate.group ?? ''}</Table.Td>
                <Table.Td>
                  <Text size="sm">{t(`importing.preview.reasons.${duplicate.reason}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {match}
                    {duplicate.match.email ? ` (${duplicate.match.email})` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`${t('importing.preview.line')} ${duplicate.line}`}
                    size="xs"
                    data={options(
                      decisions.all ? t(`importing.preview.actions.${decisions.all}`) : t('importing.preview.choose'),
                    )}
                    value={decisions.rows[duplicate.line] ?? ''}
                    onChange={(event) => {
                      const rows = { ...decisions.rows }
                      const action = toAction(event.currentTarget.value)
                      if (action) rows[duplicate.line] = action
                      else delete rows[duplicate.line]
                      onChange({ ...decisions, rows })
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {total > duplicates.length && (
        <Text size="sm" c="dimmed">
          {t('importing.preview.moreDuplicates', { count: total - duplicates.length })}
        </Text>
      )}
    </>
  )
}
