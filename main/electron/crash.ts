import type { MessageBoxOptions, RenderProcessGoneDetails } from 'electron'
import type { AppLog } from './log'
import { describeError, technicalSummary, type FailureKind } from './scrub'

type Translate = (key: string) => string

type CrashOptions = {
  log: Pick<AppLog, 'error'>
  /** Resolves with the index of the button pressed. */
  showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>
  /** Before the app is ready only this plain box can be shown. */
  showErrorBox: (title: string, content: string) => void
  isReady: () => boolean
  writeClipboard: (text: string) => void
  t: () => Translate
  quit: () => void
  appRoot: string
  app: { name: string; version: string }
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>
  os: { platform: string; arch: string; release: string }
  now?: () => Date
}

type Reloadable = { isDestroyed: () => boolean; reload: () => void }

/**
 * What happens when main fails unexpectedly: one line set in the log (no personal data, see
 * scrub.ts) and a dialog in the user's language whose "Copy details" puts the same summary on the
 * clipboard. A failure in main quits (its state can no longer be trusted; every committed write is
 * already on disk); a failed promise only informs; a crashed window can be reloaded.
 */
export function createCrashHandlers(options: CrashOptions) {
  let showing = false

  const summarize = (kind: FailureKind, extra: { error?: unknown; reason?: string; exitCode?: number }) =>
    technicalSummary({
      kind,
      facts: 'error' in extra ? describeError(extra.error, options.appRoot) : undefined,
      reason: extra.reason,
      exitCode: extra.exitCode,
      app: options.app,
      versions: options.versions,
      os: options.os,
      at: (options.now ?? (() => new Date()))(),
    })

  type Choice = 'copy' | 'quit' | 'reload' | 'ok'

  /** Shows the dialog until the user picks something other than "Copy details" (which would close it). */
  async function explain(summary: string, texts: { message: string; detail: string }, choices: Choice[]) {
    // One dialog at a time: a failure while one is open is only logged.
    if (showing) return null
    showing = true
    const plainBox = () => {
      options.showErrorBox(options.app.name, `${texts.message}\n\n${texts.detail}\n\n${summary}`)
      return choices[0]!
    }
    try {
      if (!options.isReady()) return plainBox()
      const t = options.t()
      let detail = texts.detail
      for (;;) {
        const { response } = await options.showMessageBox({
          type: 'error',
          title: options.app.name,
          message: texts.message,
          detail,
          buttons: choices.map((choice) => t(`desktop.crash.${choice === 'copy' ? 'copyDetails' : choice}`)),
          defaultId: 0,
          cancelId: choices.includes('ok') ? choices.indexOf('ok') : 0,
          noLink: true,
        })
        const choice = choices[response] ?? choices[0]!
        if (choice !== 'copy') return choice
        options.writeClipboard(summary)
        detail = `${texts.detail}\n\n${t('desktop.crash.copied')}`
      }
    } catch {
      // The dialog itself failed; the plain box does not, and this must not raise a failure of its own.
      return plainBox()
    } finally {
      showing = false
    }
  }

  const texts = (prefix: 'main' | 'rejection' | 'renderer') => {
    const t = options.t()
    return { message: t(`desktop.crash.${prefix}Message`), detail: t(`desktop.crash.${prefix}Detail`) }
  }

  return {
    uncaughtException: neverThrows(async (error: unknown) => {
      const summary = summarize('uncaughtException', { error })
      options.log.error(summary)
      const choice = await explain(summary, texts('main'), ['quit', 'copy'])
      if (choice === 'quit') options.quit()
    }),

    unhandledRejection: neverThrows(async (reason: unknown) => {
      const summary = summarize('unhandledRejection', { error: reason })
      options.log.error(summary)
      await explain(summary, texts('rejection'), ['ok', 'copy'])
    }),

    renderProcessGone: neverThrows(
      async (contents: Reloadable, details: Pick<RenderProcessGoneDetails, 'reason' | 'exitCode'>) => {
        // A window closing normally ends its renderer too; only failures are reported.
        if (details.reason === 'clean-exit') return
        const summary = summarize('render-process-gone', { reason: details.reason, exitCode: details.exitCode })
        options.log.error(summary)
        const choice = await explain(summary, texts('renderer'), ['reload', 'quit', 'copy'])
        if (choice === 'reload' && !contents.isDestroyed()) contents.reload()
        if (choice === 'quit') options.quit()
      },
    ),

    /** Logged only: the window shows Chromium's own error page, and a dialog would add nothing. */
    windowLoadFailed: (error: unknown) => options.log.error(summarize('window-load-failed', { error })),
  }
}

/** A failure handler that fails would report itself through unhandledRejection, forever. */
function neverThrows<A extends unknown[]>(handler: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await handler(...args)
    } catch {
      // Nothing is left to report it with.
    }
  }
}
