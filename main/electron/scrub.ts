/**
 * What the desktop app writes to its log or the clipboard about a failure. The record holds
 * volunteers' personal data, and an error message can quote any of it ("UNIQUE constraint failed …
 * 'kari@example.org'"), so the log keeps only error names, codes and stack frames in the app's own
 * code; scrub() is the second line of defence for every string that still reaches it.
 */

// Each quote runs to its closing mark, or to the end of the line when there is none. „German-style“
// quotes close with the mark that opens English ones, so they go first.
const quoted = [
  /„[^“”\n]*[“”]?/g,
  /«[^»\n]*»?/g,
  /“[^”\n]*”?/g,
  /‘[^’\n]*’?/g,
  /"[^"\n]*"?/g,
  /'[^'\n]*'?/g,
  /`[^`\n]*`?/g,
]
const email = /[^\s@<>()[\]{}"'`,;:]+@[^\s@<>()[\]{}"'`,;:]+/g
// Seven or more digits with only spaces, dashes and brackets between them: phone numbers (and
// dates, long ids), but not versions (41.7.1) or stack positions (index.js:120:14).
const phone = /(?<![\w.:/])\+?\(?\d(?:[\s\-()]*\d){6,}\)?(?![\w.-])/g

/** Removes quoted text, email addresses, phone numbers and the user's home folder from a log line. */
export function scrub(text: string, { home }: { home?: string } = {}): string {
  let out = text
  // Quotes first: an address or number inside quotes goes with them.
  for (const pattern of quoted) out = out.replace(pattern, '[quoted]')
  out = out.replace(email, '[email]').replace(phone, '[number]')
  if (home && home.length > 1) out = out.split(home).join('~')
  return out
}

export type ErrorFacts = { name: string; code?: string; frames: string[]; otherFrames: number }

const safeName = /^[A-Za-z_$][\w$]{0,59}$/
const safeCode = /^[A-Z][A-Z0-9_]{1,59}$/

/**
 * The parts of an error that cannot quote data: its class name, its code (ENOENT, SQLITE_BUSY,
 * ERR_…), and the stack frames inside the app's own files, relative to the app folder (an absolute
 * path would show the user name). The message is never read.
 */
export function describeError(error: unknown, appRoot: string): ErrorFacts {
  if (!(error instanceof Error))
    return { name: `thrown ${error === null ? 'null' : typeof error}`, frames: [], otherFrames: 0 }
  const name = safeName.test(error.name) ? error.name : 'Error'
  const raw = (error as { code?: unknown }).code
  const code =
    typeof raw === 'string' && safeCode.test(raw)
      ? raw
      : typeof raw === 'number' && Number.isInteger(raw)
        ? String(raw)
        : undefined
  const { frames, otherFrames } = ownFrames(typeof error.stack === 'string' ? error.stack : '', appRoot)
  return code === undefined ? { name, frames, otherFrames } : { name, code, frames, otherFrames }
}

/** "at fn (file:line:col)" lines of the stack that lie in the app's files (not node_modules), made relative. */
export function ownFrames(stack: string, appRoot: string) {
  const root = `${appRoot.replace(/\\/g, '/').replace(/\/$/, '')}/`
  const frames: string[] = []
  let otherFrames = 0
  // The lines before the first frame are "Name: message" and are skipped whole.
  for (const line of stack.split('\n')) {
    const match = /^\s+at (?:(.*?) \()?(?:file:\/\/)?(.+?):(\d+):(\d+)\)?$/.exec(line)
    if (!match) continue
    const [, fn, file = '', row, column] = match
    const normalized = file.replace(/\\/g, '/')
    if (!normalized.startsWith(root) || normalized.includes('/node_modules/')) {
      otherFrames++
      continue
    }
    const where = `${normalized.slice(root.length)}:${row}:${column}`
    const caller = fn && /^[\w$.<> [\]]{1,80}$/.test(fn) ? `${fn} ` : ''
    frames.push(caller ? `${caller}(${where})` : where)
  }
  return { frames, otherFrames }
}

export type FailureKind = 'uncaughtException' | 'unhandledRejection' | 'render-process-gone' | 'window-load-failed'

type SummaryInput = {
  kind: FailureKind
  facts?: ErrorFacts
  /** render-process-gone: Electron's reason ('crashed', 'oom', …) and exit code. */
  reason?: string
  exitCode?: number
  app: { name: string; version: string }
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>
  os: { platform: string; arch: string; release: string }
  at: Date
}

/** The few lines that go to the log and, on "Copy details", to the clipboard: nothing that could be personal. */
export function technicalSummary(input: SummaryInput): string {
  const { facts } = input
  const lines = [
    `${input.app.name} ${input.app.version}: ${input.kind} at ${input.at.toISOString()}`,
    `Electron ${input.versions.electron ?? '?'}, Chromium ${input.versions.chrome ?? '?'}, Node ${input.versions.node ?? '?'}; ${input.os.platform} ${input.os.release} ${input.os.arch}`,
  ]
  if (input.reason !== undefined)
    lines.push(
      `reason: ${/^[a-z-]{1,40}$/.test(input.reason) ? input.reason : 'other'}, exit code ${input.exitCode ?? '?'}`,
    )
  if (facts) {
    lines.push(`error: ${facts.name}${facts.code ? ` (${facts.code})` : ''}`)
    for (const frame of facts.frames) lines.push(`  at ${frame}`)
    if (facts.otherFrames > 0) lines.push(`  … ${facts.otherFrames} frames outside the app code`)
  }
  return lines.join('\n')
}
