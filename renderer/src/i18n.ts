import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../shared/api/settings'
import { languageFromLocales, resources } from '../../shared/i18n'

/** Until settings load (or when the user chose "follow the computer"), the browser/OS locale decides. */
export const systemLanguage = (): Language => languageFromLocales(navigator.languages ?? [navigator.language])

export function initI18n(language: Language = systemLanguage()) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    initAsync: false,
    showSupportNotice: false,
    interpolation: { escapeValue: false },
  })
  return i18next
}

export function applyLanguage(language: Language | null) {
  const next = language ?? systemLanguage()
  document.documentElement.lang = next
  if (i18next.language !== next) void i18next.changeLanguage(next)
}
