import type { TFunction } from 'i18next'
import { RequestError } from '../../api/client'

/** An error reply in the user's language (re-translated from its key, so a language switch applies). */
export const errorMessage = (error: unknown, t: TFunction) =>
  error instanceof RequestError ? t(error.messageKey, error.params) : t('errors.internal')
