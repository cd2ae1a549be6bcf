import { z } from 'zod'

/**
 * Schema building blocks whose messages are i18n keys, so the same schema gives a translated
 * message under a form field in the renderer and in an error reply from main.
 */
/** A missing value is "required"; a value of the wrong type is "not valid". */
export const missingOrInvalid = (issue: { input?: unknown }) =>
  issue.input === undefined || issue.input === null ? 'validation.required' : 'validation.invalid'

export const requiredText = (max: number) =>
  z.string({ error: missingOrInvalid }).trim().min(1, 'validation.required').max(max, 'validation.tooLong')

/** Optional free text: blank becomes null so the database never holds empty strings. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .nullish()
    .transform((value) => (value ? value : null))

export const optionalEmail = z
  .string()
  .trim()
  .max(254, 'validation.tooLong')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'validation.email')
  .nullish()
  .transform((value) => (value ? value.toLowerCase() : null))

/** Phone numbers as people type them: digits, spaces, +, -, parentheses. */
export const optionalPhone = z
  .string()
  .trim()
  .max(40, 'validation.tooLong')
  .regex(/^[+()\d\s-]*$/, 'validation.phone')
  .nullish()
  .transform((value) => (value ? value : null))

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export const isoDate = z
  .string({ error: missingOrInvalid })
  .trim()
  .min(1, 'validation.required')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine(isRealDate, 'validation.date')

export const optionalIsoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)), 'validation.date')
  .nullish()
  .transform((value) => (value ? value : null))

export const id = z.number({ error: missingOrInvalid }).int('validation.invalid').positive('validation.invalid')

export const page = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
})

export type FieldProblem = { field: string; messageKey: string; params: Record<string, string | number> }

/** Maps a zod issue to a message key and parameters the translations know. */
export function describeIssue(issue: z.core.$ZodIssue): FieldProblem {
  const field = issue.path.map(String).join('.')
  if (issue.message.startsWith('validation.')) {
    const params: Record<string, string | number> = {}
    if (issue.code === 'too_big') params.max = Number(issue.maximum)
    if (issue.code === 'too_small') params.min = Number(issue.minimum)
    return { field, messageKey: issue.message, params }
  }
  switch (issue.code) {
    case 'invalid_type':
      return { field, messageKey: issue.input === undefined ? 'validation.required' : 'validation.invalid', params: {} }
    case 'too_small':
      return { field, messageKey: 'validation.tooSmall', params: { min: Number(issue.minimum) } }
    case 'too_big':
      return { field, messageKey: 'validation.tooBig', params: { max: Number(issue.maximum) } }
    case 'invalid_value':
      return { field, messageKey: 'validation.choice', params: {} }
    case 'unrecognized_keys':
      return { field: issue.keys[0] ?? field, messageKey: 'validation.unknownField', params: {} }
    default:
      return { field, messageKey: 'validation.invalid', params: {} }
  }
}
