import { ActionIcon, Alert, Button, Group as Row, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { HandoverTemplate, Role } from '../../../../shared/api/roles'
import { requiredText } from '../../../../shared/validation'
import { useApiMutation, useApiQuery } from '../../api/client'
import { QueryState } from '../../components/QueryState'
import { placeServerError, validateWith } from '../../forms/validate'
import { useRoleName } from './text'

type Props = { opened: boolean; onClose: () => void; role: Role | null }

const schema = z.object({ items: z.array(requiredText(200)).max(50, 'validation.tooBig') })

/** The checklist new handovers of a role (or of every role without its own: the default) start from. */
export function ChecklistTemplateModal({ opened, onClose, role }: Props) {
  const { t } = useTranslation()
  const roleName = useRoleName()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={
        role
          ? t('stewardship.checklist.titleRole', { role: roleName(role.names) })
          : t('stewardship.checklist.titleDefault')
      }
    >
      {opened && <TemplateLoader role={role} onClose={onClose} />}
    </Modal>
  )
}

function TemplateLoader({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const template = useApiQuery('handover-template-get', { roleId: role?.id ?? null })
  return <QueryState query={template}>{(data) => <TemplateForm template={data} onClose={onClose} />}</QueryState>
}

function TemplateForm({ template, onClose }: { template: HandoverTemplate; onClose: () => void }) {
  const { t } = useTranslation()
  const save = useApiMutation('handover-template-save')
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm({ initialValues: { items: template.items }, validate: validateWith(schema, t) })
  const items = form.values.items

  const store = async (next: string[]) => {
    try {
      await save.mutateAsync({ roleId: template.roleId, items: next })
      notifications.show({ message: t('common.saved'), color: 'green' })
      onClose()
    } catch (error) {
      setFormError(
        placeServerError(
          error,
          t,
          form.setFieldError,
          items.map((_, index) => `items.${index}`),
        ),
      )
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => store(values.items))} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {template.roleId === null
            ? t('stewardship.checklist.defaultHelp')
            : template.usesDefault
              ? t('stewardship.checklist.usesDefault')
              : null}{' '}
          {t('stewardship.checklist.copiedNote')}
        </Text>
        {items.length === 0 && <Text size="sm">{t('stewardship.checklist.empty')}</Text>}
        {items.map((_, index) => {
          const number = index + 1
          return (
            <Row key={index} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                aria-label={t('stewardship.checklist.item', { number })}
                placeholder={t('stewardship.checklist.item', { number })}
                {...form.getInputProps(`items.${index}`)}
              />
              <ActionIcon
                variant="subtle"
                size="input-sm"
                disabled={index === 0}
                aria-label={`${t('stewardship.checklist.moveUp')}: ${t('stewardship.checklist.item', { number })}`}
                onClick={() => form.reorderListItem('items', { from: index, to: index - 1 })}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                size="input-sm"
                disabled={index === items.length - 1}
                aria-label={`${t('stewardship.checklist.moveDown')}: ${t('stewardship.checklist.item', { number })}`}
                onClick={() => form.reorderListItem('items', { from: index, to: index + 1 })}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                size="input-sm"
                aria-label={`${t('stewardship.checklist.remove')}: ${t('stewardship.checklist.item', { number })}`}
                onClick={() => form.removeListItem('items', index)}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Row>
          )
        })}
        <Row justify="space-between" mt="xs">
          <Row gap="xs">
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => form.insertListItem('items', '')}
              disabled={items.length >= 50}
            >
              {t('stewardship.checklist.addItem')}
            </Button>
            {template.roleId !== null && !template.usesDefault && (
              <Button variant="subtle" size="xs" onClick={() => void store([])} loading={save.isPending}>
                {t('stewardship.checklist.useDefault')}
              </Button>
            )}
          </Row>
          <Row gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Row>
        </Row>
      </Stack>
    </form>
  )
}
