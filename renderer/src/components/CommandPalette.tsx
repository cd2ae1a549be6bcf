import '@mantine/spotlight/styles.css'
import { Kbd, Text, UnstyledButton, Group as Row } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { Spotlight, spotlight } from '@mantine/spotlight'
import { IconSearch } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { Language } from '../../../shared/api/settings'
import { fold } from '../../../shared/text'
import { useApiQuery } from '../api/client'

export type PaletteItem = { id: string; label: string; description?: string; to: string }

/**
 * Ctrl+K / Cmd+K: groups, people, roles and pages from one box, by keyboard alone. Groups and
 * people are searched in main, so this stays quick with a whole country's record.
 */
export function CommandPalette({ pages }: { pages: { to: string; label: string }[] }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  const [query, setQuery] = useState('')
  const [search] = useDebouncedValue(query.trim(), 150)
  const enabled = search.length > 0
  const groups = useApiQuery('group-list', { query: search, pageSize: 6 }, { enabled })
  const people = useApiQuery('person-list', { query: search, pageSize: 6 }, { enabled })
  const roles = useApiQuery('role-list', {}, { enabled })
  const language = (i18n.language as Language) || 'nb'
  const matches = (text: string) => fold(text).includes(fold(search))

  const sections: { title: string; items: PaletteItem[] }[] = [
    {
      title: t('palette.pages'),
      items: pages.filter((page) => !search || matches(page.label)).map((page) => ({ id: `page-${page.to}`, ...page })),
    },
    {
      title: t('palette.groups'),
      items: (enabled ? (groups.data?.rows ?? []) : []).map((group) => ({
        id: `group-${group.id}`,
        label: group.name,
        description: group.town ?? undefined,
        to: `/groups/${group.id}`,
      })),
    },
    {
      title: t('palette.people'),
      items: (enabled ? (people.data?.rows ?? []) : []).map((person) => ({
        id: `person-${person.id}`,
        label: person.name,
        description: person.groups.join(', ') || undefined,
        to: `/people/${person.id}`,
      })),
    },
    {
      title: t('palette.roles'),
      items: (enabled ? (roles.data ?? []) : [])
        .filter((role) => Object.values(role.names).some(matches))
        .map((role) => ({ id: `role-${role.id}`, label: role.names[language], to: '/roles' })),
    },
  ].filter((section) => section.items.length > 0)

  return (
    <Spotlight.Root query={query} onQueryChange={setQuery} shortcut={['mod + K']} scrollable maxHeight={480}>
      <Spotlight.Search
        placeholder={t('palette.placeholder')}
        aria-label={t('palette.placeholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
      />
      <Spotlight.ActionsList>
        {sections.length === 0 ? (
          <Spotlight.Empty>{enabled ? t('common.noResults') : t('palette.hint')}</Spotlight.Empty>
        ) : (
          sections.map((section) => (
            <Spotlight.ActionsGroup key={section.title} label={section.title}>
              {section.items.map((item) => (
                <Spotlight.Action
                  key={item.id}
                  label={item.label}
                  description={item.description}
                  onClick={() => navigate(item.to)}
                />
              ))}
            </Spotlight.ActionsGroup>
          ))
        )}
      </Spotlight.ActionsList>
    </Spotlight.Root>
  )
}

/** The header's search button: the same palette for those who do not know the shortcut. */
export function PaletteButton() {
  const { t } = useTranslation()
  return (
    <UnstyledButton onClick={() => spotlight.open()} aria-label={t('palette.open')}>
      <Row gap={6} px="sm" py={4} style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 6 }}>
        <IconSearch size={16} aria-hidden />
        <Text size="sm" c="dimmed">
          {t('common.search')}
        </Text>
        <Kbd size="xs">Ctrl K</Kbd>
      </Row>
    </UnstyledButton>
  )
}
