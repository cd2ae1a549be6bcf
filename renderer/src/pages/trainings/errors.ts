import type { TFunction } from 'i18next'
import { RequestError } from '../../api/client'

/** The translated message of a failed call, for actions that have no form field to put it under. */
export const errorText = (error: unknown, t: TFunction) =>
  error instanceof RequestError ? t(error.messageKey, error.params) : t('errors.internal')
