import { MantineProvider, createTheme } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { HashRouter } from 'react-router'
import { Shell } from './Shell'

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'sm' })

export const createQueryClient = () =>
  new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } } })

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <HashRouter>
          <Shell />
        </HashRouter>
      </QueryClientProvider>
    </MantineProvider>
  )
}
