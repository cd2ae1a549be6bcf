import { ActionIcon, Anchor, Badge, Group as Row, Table, Tooltip } from '@mantine/core'
import { IconMail } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Dashboard, GridRow } from '../../../../shared/api/dashboard'
import { requirementKeys } from '../../../../shared/dashboard/grid'
import { CellBadge } from './CellBadge'
import { cellLink } from './links'
import classes from './RequirementGrid.module.css'

type Props = {
  row: GridRow
  dashboard: Dashboard
  onRemind: (row: GridRow) => void
}

/** One group's row of the grid: its name (and a reminder), its problem count, and a cell per requirement. */
export function GroupGridRow({ row, dashboard, onRemind }: Props) {
  const { t } = useTranslation()
  return (
    <Table.Tr>
      <Table.Th scope="row" className={classes.groupColumn}>
        <Row gap={4} wrap="nowrap" justify="space-between">
          <Anchor component={Link} to={`/groups/${row.groupId}`} size="sm">
            {row.groupName}
          </Anchor>
          {row.problems > 0 && (
            <Tooltip label={t('dashboard.reminder.action')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                onClick={() => onRemind(row)}
                aria-label={`${t('dashboard.reminder.action')}: ${row.groupName}`}
              >
                <IconMail size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Row>
      </Table.Th>
      <Table.Td>
        <Badge color={row.problems > 0 ? 'red' : 'green'} variant="light">
          {row.problems}
        </Badge>
      </Table.Td>
      {requirementKeys.map((key) => (
        <Table.Td key={key}>
          <CellBadge
            cell={row.cells[key]}
            to={cellLink(row, key, dashboard.season.year, dashboard.fiscalYear)}
            label={`${row.groupName}, ${t(`dashboard.requirements.${key}`)}:`}
          />
        </Table.Td>
      ))}
    </Table.Tr>
  )
}
