import type { TFunction } from 'i18next'
import { RequestError } from '../../api/client'
import { placeServerError } from '../../forms/validate'

/** Like placeServerError, but a server field may be shown under a differently named form field. */
export function placeTermError(
  error: unknown,
  t: TFunction,
  setFieldError: (field: string, message: string) => void,
  fields: readonly string[],
  renamed: Record<string, string> = {},
): string | null {
  if (error instanceof RequestError && error.field && renamed[error.field]) {
    setFieldError(renamed[error.field]!, t(error.messageKey, error.params))
    return null
  }
  return placeServerError(error, t, setFieldError, fields)
}

/** Options of a Select over the term end reasons, in words. */
export const endReasonOptions = (t: TFunction) =>
  (['stepped_down', 'vacated', 'successor', 'not_reelected', 'other'] as const).map((value) => ({
    value,
    label: t(`stewardship.terms.endReasons.${value}`),
  }))
