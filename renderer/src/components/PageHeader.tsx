import { Group as Row, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Row justify="space-between" mb="md" wrap="wrap">
      <Title order={2}>{title}</Title>
      {children && <Row gap="xs">{children}</Row>}
    </Row>
  )
}
