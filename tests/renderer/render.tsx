import { MantineProvider } from '@mantine/core'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import type { RegionDeskBridge } from '../../shared/bridge'
import type { Reply } from '../../shared/errors'
import { createQueryClient } from '../../renderer/src/App'
import { setBridge } from '../../renderer/src/api/client'
import { initI18n } from '../../renderer/src/i18n'

export type FakeHandler = (input: unknown) => Reply<unknown>

/** A bridge answering from a table of per-method functions; records every call. */
export function fakeBridge(handlers: Record<string, FakeHandler>) {
  const calls: { method: string; input: unknown }[] = []
  const bridge: RegionDeskBridge = {
    invoke: async (method, input) => {
      calls.push({ method, input })
      const handler = handlers[method]
      if (!handler)
        return { ok: false, error: { code: 'NOT_FOUND', messageKey: 'errors.unknownMethod', message: method } }
      return handler(input)
    },
    on: () => () => {},
  }
  setBridge(bridge)
  return { calls }
}

export const ok = (value: unknown): Reply<unknown> => ({ ok: true, value })

export function renderWithApp(ui: ReactNode, { language = 'en' as 'en' | 'nb' | 'sv', route = '/' } = {}) {
  initI18n(language)
  return render(
    <MantineProvider>
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  )
}
