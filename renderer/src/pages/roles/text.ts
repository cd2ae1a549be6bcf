import { useTranslation } from 'react-i18next'
import type { RoleNames } from '../../../../shared/api/roles'
import { languages, type Language } from '../../../../shared/api/settings'

/** The UI language as one of the three a role is named in. */
export function useUiLanguage(): Language {
  const { i18n } = useTranslation()
  const current = i18n.resolvedLanguage ?? i18n.language
  return (languages as readonly string[]).includes(current) ? (current as Language) : 'en'
}

/** A role's name in the UI language. */
export function useRoleName() {
  const language = useUiLanguage()
  return (names: RoleNames) => names[language]
}

/** A name as part of a file name: letters (any script), digits and dashes only. */
export const fileSafe = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
