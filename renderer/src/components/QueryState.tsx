import { Alert, Button, Center, Loader } from '@mantine/core'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RequestError } from '../api/client'

/** Shows loading and failure the same way everywhere; renders children only with data. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation()
  if (query.isPending)
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    )
  if (query.isError)
    return (
      <Alert color="red" title={t('common.loadFailed')} role="alert">
        {query.error instanceof RequestError ? t(query.error.messageKey, query.error.params) : t('errors.internal')}
        <Button variant="light" size="xs" ml="md" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </Button>
      </Alert>
    )
  return <>{children(query.data)}</>
}
