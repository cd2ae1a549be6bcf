/** Stable error codes: the UI branches on these, never on message text or classes (classes do not survive IPC). */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'INTERNAL'] as const
export type ErrorCode = (typeof errorCodes)[number]

export type ApiError = {
  code: ErrorCode
  /** Already translated into the region's language; the renderer re-translates from messageKey. */
  message: string
  messageKey: string
  params?: Record<string, string | number>
  /** Dotted path of the input field the error concerns, e.g. "contactEmail". */
  field?: string
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** Thrown by handlers for expected failures; the dispatcher turns it into an error reply. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(messageKey)
    this.name = 'AppError'
  }
}

export const notFound = (entity: 'group' | 'person' | 'membership' | 'election' | 'contest' | 'candidate' | 'role') =>
  new AppError('NOT_FOUND', `errors.notFound.${entity}`)
export const conflict = (messageKey: string, params: Record<string, string | number> = {}, field?: string) =>
  new AppError('CONFLICT', messageKey, params, field)
