import { Button } from '@mantine/core'
import { useState, type ReactNode } from 'react'

/** A small button that runs an async action (a download, an export) and shows it is busy meanwhile. */
export function BusyButton({ label, icon, action }: { label: string; icon: ReactNode; action: () => Promise<void> }) {
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      await action()
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
