/** One line of `npm run bench`: a figure next to the floor it is held against. */
export type BenchRow = {
  figure: string
  /** Median of the timed runs; for a one-off figure, that run. null when the figure is not a time. */
  medianMs: number | null
  floorMs: number | null
  ratio: number | null
  goal: string
  pass: boolean
  /** The figure in words, e.g. pages, bytes or megabytes. */
  detail: string
}

export type MeasureOptions = { warmUps: number; runs: number }

export function time(run: () => unknown): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Lets timers and I/O run between timed runs, so they do not land inside the next one. */
const breathe = () => new Promise((resolve) => setImmediate(resolve))

/** The median of `runs` timed calls after `warmUps` untimed ones. */
export async function measure(run: () => unknown, { warmUps, runs }: MeasureOptions): Promise<number> {
  for (let i = 0; i < warmUps; i++) run()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    times.push(time(run))
    await breathe()
  }
  return median(times)
}

/** Subject and floor alternate, so a slower stretch of the machine weighs on both sides alike. */
export async function measureAgainst(
  subject: () => unknown,
  floor: () => unknown,
  { warmUps, runs }: MeasureOptions,
): Promise<{ medianMs: number; floorMs: number }> {
  for (let i = 0; i < warmUps; i++) {
    subject()
    floor()
  }
  const subjectTimes: number[] = []
  const floorTimes: number[] = []
  for (let i = 0; i < runs; i++) {
    floorTimes.push(time(floor))
    subjectTimes.push(time(subject))
    await breathe()
  }
  return { medianMs: median(subjectTimes), floorMs: median(floorTimes) }
}

/** A row whose goal is a ratio to its floor. */
export function ratioRow(
  figure: string,
  { medianMs, floorMs }: { medianMs: number; floorMs: number },
  goalRatio: number,
  detail: string,
): BenchRow {
  const ratio = medianMs / floorMs
  return { figure, medianMs, floorMs, ratio, goal: `ratio <= ${goalRatio}`, pass: ratio <= goalRatio, detail }
}
