import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input, MethodName } from '../../../../shared/api'
import { useApiMutation } from '../../api/client'
import { errorText } from './errors'

/** A button's write with its own translated failure, shown next to that button rather than far above. */
export function useAction<M extends MethodName>(method: M) {
  const { t } = useTranslation()
  const mutation = useApiMutation(method)
  const [error, setError] = useState<string | null>(null)
  const run = async (input: Input<M>) => {
    setError(null)
    try {
      await mutation.mutateAsync(input)
      return true
    } catch (caught) {
      setError(errorText(caught, t))
      return false
    }
  }
  return { run, error, pending: mutation.isPending, clear: () => setError(null) }
}
