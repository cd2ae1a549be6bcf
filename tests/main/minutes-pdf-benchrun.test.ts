import { test } from 'vitest'
import { runMinutesBench } from '../bench/minutes.bench'

test('bench', async () => {
  const rows = await runMinutesBench()
  process.stdout.write(JSON.stringify(rows, null, 2) + '\n')
}, 120_000)
