import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '../../../../shared/api/import'

/** The row-level report: where in the file (line and column), what it says, and what is wrong. */
export function ProblemTable({ problems, total }: { problems: ImportProblem[]; total: number }) {
  const { t } = useTranslation()
  return (
    <>
      <Table striped verticalSpacing={4} aria-label={t('importing.preview.problemsTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('importing.preview.line')}</Table.Th>
            <Table.Th>{t('importing.preview.column')}</Table.Th>
            <Table.Th>{t('importing.preview.value')}</Table.Th>
            <Table.Th>{t('importing.preview.message')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            <Table.Tr key={`${problem.line}-${problem.field}-${index}`}>
              <Table.Td>{problem.line}</Table.Td>
              <Table.Td>{problem.column ?? ''}</Table.Td>
              <Table.Td>
                {problem.value.trim() ? (
                  <Text span ff="monospace" size="sm">
                    {problem.value}
                  </Text>
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('importing.preview.empty')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(problem.messageKey, problem.params)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {total > problems.length && (
        <Text size="sm" c="dimmed">
          {t('importing.preview.moreProblems', { count: total - problems.length })}
        </Text>
      )}
    </>
  )
}
