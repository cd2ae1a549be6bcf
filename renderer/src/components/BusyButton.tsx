import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../api/client'

/** A small button that runs an async action (a download, an export) and shows it is busy meanwhile. */
export function BusyButton({ label, icon, action }: { label: string; icon: ReactNode; action: () => Promise<void> }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      // A failed download must say so: the user is waiting for a file.
      notifications.show({
        color: 'red',
        message: error instanceof RequestError ? t(error.messageKey, error.params) : t('errors.internal'),
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button variant="default" size="xs" mt="lg" leftSection={icon} loading={busy} onClick={() => void run()}>
      {label}
    </Button>
  )
}
