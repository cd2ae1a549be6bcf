import { Button, Group as Row, NativeSelect, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ColumnMapping, ImportFile } from '../../../../shared/api/import'
import { importFields, type ImportField } from '../../../../shared/import/fields'
import { mappingProblems, sampleValues, unusedColumns } from './mappingData'

type Props = {
  file: ImportFile
  mapping: ColumnMapping
  onChange: (mapping: ColumnMapping) => void
  onBack: () => void
  onNext: () => void
}

/** Step 2: which column of the file holds which field, guessed from the headers and corrected here. */
export function MappingStep({ file, mapping, onChange, onBack, onNext }: Props) {
  const { t } = useTranslation()
  const label = (field: ImportField) => t(`importing.mapping.fields.${field}`)
  const problems = mappingProblems(mapping)
  const columnLabel = (index: number) => file.headers[index] || `#${index + 1}`
  const options = [
    { value: '', label: t('importing.mapping.none') },
    ...file.headers.map((_header, index) => ({ value: String(index), label: columnLabel(index) })),
  ]
  const unused = unusedColumns(file.headers.length, mapping).map(columnLabel)
  const details =
    file.format === 'xlsx'
      ? t('importing.file.xlsxDetails')
      : t('importing.file.details', {
          format: 'CSV',
          encoding: file.encoding?.toUpperCase(),
          delimiter: file.delimiter === '\t' ? t('importing.file.tab') : file.delimiter,
        })

  return (
    <Stack>
      <div>
        <Text fw={500}>{t('importing.file.read', { name: file.fileName, rows: file.rowCount })}</Text>
        <Text size="sm" c="dimmed">
          {details}
        </Text>
      </div>
      <Text size="sm">{t('importing.mapping.help')}</Text>
      <Table maw={900} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importing.mapping.field')}</Table.Th>
            <Table.Th>{t('importing.mapping.column')}</Table.Th>
            <Table.Th>{t('importing.mapping.sample')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {importFields.map((field) => {
            const problem = problems[field]
            return (
              <Table.Tr key={field}>
                <Table.Td>
                  {label(field)}
                  {field === 'name' && (
                    <Text span c="red" aria-hidden>
                      {' *'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={260}>
                  <NativeSelect
                    aria-label={label(field)}
                    data={options}
                    value={mapping[field] === null ? '' : String(mapping[field])}
                    onChange={(event) =>
                      onChange({
                        ...mapping,
                        [field]: event.currentTarget.value === '' ? null : Number(event.currentTarget.value),
                      })
                    }
                    error={
                      problem?.kind === 'required'
                        ? t('importing.mapping.nameRequired')
                        : problem?.kind === 'twice'
                          ? t('importing.mapping.columnTwice', { field: label(problem.other) })
                          : undefined
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {mapping[field] === null ? '' : sampleValues(file.sample, mapping[field]).join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {unused.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('importing.mapping.unused', { columns: unused.join(', ') })}
        </Text>
      )}
      <Row>
        <Button variant="default" onClick={onBack}>
          {t('importing.preview.another')}
        </Button>
        <Button onClick={onNext} disabled={Object.keys(problems).length > 0}>
          {t('importing.mapping.next')}
        </Button>
      </Row>
    </Stack>
  )
}
