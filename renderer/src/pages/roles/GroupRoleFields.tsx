import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/client'
import { RecordPicker } from '../../components/RecordPicker'
import { useRoleName } from './text'

type Props = {
  /** Fixed when the form is opened from a group's page: then no group picker is shown. */
  fixedGroupId: number | undefined
  groupId: number | null
  roleId: number | null
  errors: { groupId?: unknown; roleId?: unknown }
  onGroup: (groupId: number | null) => void
  onRole: (roleId: number | null) => void
}

/** The group (unless fixed) and the role a term or a handover is about. */
export function GroupRoleFields({ fixedGroupId, groupId, roleId, errors, onGroup, onRole }: Props) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  const roles = useApiQuery('role-list', {})
  return (
    <>
      {fixedGroupId === undefined && (
        <RecordPicker
          kind="group"
          label={t('stewardship.roles.group')}
          placeholder={t('people.pickGroup')}
          required
          value={groupId}
          onChange={onGroup}
          error={errors.groupId as string | undefined}
        />
      )}
      <Select
        label={t('stewardship.roles.role')}
        placeholder={t('stewardship.terms.pickRole')}
        required
        data={(roles.data ?? []).map((role) => ({ value: String(role.id), label: roleName(role.names) }))}
        value={roleId === null ? null : String(roleId)}
        onChange={(next) => onRole(next ? Number(next) : null)}
        error={errors.roleId as string | undefined}
      />
    </>
  )
}
