import type { TFunction } from 'i18next'
import type { z } from 'zod'
import { describeIssue } from '../../../shared/validation'
import { RequestError } from '../api/client'

/** Runs the contract's own schema on the form, giving a translated message per field. */
export function validateWith(schema: z.ZodType, t: TFunction) {
  return (values: unknown) => {
    const result = schema.safeParse(values, { reportInput: true })
    if (result.success) return {}
    const errors: Record<string, string> = {}
    for (const issue of result.error.issues) {
      const problem = describeIssue(issue)
      errors[problem.field] ??= t(problem.messageKey, problem.params)
    }
    return errors
  }
}

/** Puts a server error under its field when it names one; otherwise returns the message to show above the form. */
export function placeServerError(
  error: unknown,
  t: TFunction,
  setFieldError: (field: string, message: string) => void,
  fields: readonly string[],
): string | null {
  if (error instanceof RequestError) {
    const message = t(error.messageKey, error.params)
    if (error.field && fields.includes(error.field)) {
      setFieldError(error.field, message)
      return null
    }
    return message
  }
  return t('errors.internal')
}
