import { useState } from 'react'

/**
 * What a modal is about (a term, a vacancy), kept while the modal closes so its content does not
 * change or vanish under the closing animation.
 */
export function useModalSubject<T>() {
  const [subject, setSubject] = useState<T | null>(null)
  const [opened, setOpened] = useState(false)
  return {
    subject,
    opened,
    open: (next: T) => {
      setSubject(next)
      setOpened(true)
    },
    close: () => setOpened(false),
  }
}
