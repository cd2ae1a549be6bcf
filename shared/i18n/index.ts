import i18next, { type TFunction } from 'i18next'
import type { Language } from '../api/settings'
import { countingMessages } from '../elections/counting-messages'
import { en, type Messages } from './en'
import { nb } from './nb'
import { sv } from './sv'

/** The counting engine keeps its messages beside its rules; they join each language under `counting`. */
function withCounting(messages: Messages, language: Language) {
  const counting = Object.fromEntries(
    Object.entries(countingMessages).map(([key, texts]) => [key.replace(/^counting\./, ''), texts[language]]),
  )
  return { ...messages, counting }
}

export const resources = {
  en: { translation: withCounting(en, 'en') },
  nb: { translation: withCounting(nb, 'nb') },
  sv: { translation: withCounting(sv, 'sv') },
}

/** Picks nb, sv or en from the OS or browser's preferred locales (Norwegian nn/no count as nb). */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const locale of locales) {
    const base = locale.toLowerCase().split(/[-_]/)[0]
    if (base === 'nb' || base === 'no' || base === 'nn') return 'nb'
    if (base === 'sv') return 'sv'
    if (base === 'en') return 'en'
  }
  return 'en'
}

const translators = new Map<string, TFunction>()

/** A synchronous translator for main-side messages (errors, dialogs). */
export function createTranslator(language: string): TFunction {
  let t = translators.get(language)
  if (!t) {
    const instance = i18next.createInstance()
    void instance.init({
      resources,
      lng: language,
      fallbackLng: 'en',
      initAsync: false,
      showSupportNotice: false,
      interpolation: { escapeValue: false },
    })
    t = instance.t
    translators.set(language, t)
  }
  return t
}
