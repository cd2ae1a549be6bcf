import i18next, { type TFunction } from 'i18next'
import type { Language } from '../api/settings'
import { countingMessages } from '../elections/counting-messages'
import { en, type Messages } from './en'
import { dashboardText } from './sections/dashboard'
import { desktopText } from './sections/desktop'
import { financeText } from './sections/finance'
import { importingText } from './sections/importing'
import { stewardshipText } from './sections/stewardship'
import { timelineText } from './sections/timeline'
import { trainingsText } from './sections/trainings'
import { recordsText } from './sections/records'
import { nb } from './nb'
import { sv } from './sv'

/** Sections kept in their own files so each domain's texts stay together; each has the three languages. */
export const sections = {
  trainings: trainingsText,
  finance: financeText,
  stewardship: stewardshipText,
  dashboard: dashboardText,
  timeline: timelineText,
  desktop: desktopText,
  importing: importingText,
  records: recordsText,
}

/** The counting engine keeps its messages beside its rules; they join each language under `counting`. */
function withCounting(messages: Messages, language: Language) {
  const counting = Object.fromEntries(
    Object.entries(countingMessages).map(([key, texts]) => [key.replace(/^counting\./, ''), texts[language]]),
  )
  const extra = Object.fromEntries(Object.entries(sections).map(([name, texts]) => [name, texts[language]]))
  return { ...messages, ...extra, counting }
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
