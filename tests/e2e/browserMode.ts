import { afterAll, afterEach, beforeAll } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'

const root = path.resolve(__dirname, '../..')
export const screenshotDir = path.join(root, 'test-results', 'screenshots')

/** An installed Chromium or Chrome (Debian's in CI); Playwright's own browser downloads are never used. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].find((candidate) => fs.existsSync(candidate)) ??
  '/usr/bin/chromium'

export type RunningApp = { url: string; origin: string; token: string; dbPath: string; stop: () => Promise<void> }

/** Starts browser mode from the build (`npm run build` first) on a fresh temporary database. */
export async function startBrowserMode(options: { dbPath?: string; extraArgs?: string[] } = {}): Promise<RunningApp> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-e2e-'))
  const dbPath = options.dbPath ?? path.join(folder, 'record.sqlite')
  const child = spawn(
    process.execPath,
    [path.join(root, 'out/main/serve.js'), '--db', dbPath, '--port', '0', ...(options.extraArgs ?? [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`browser mode did not start: ${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[0])
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${output}`)))
  })
  const parsed = new URL(url)
  return {
    url,
    origin: parsed.origin,
    token: parsed.hash.replace('#token=', ''),
    dbPath,
    stop: () => stopChild(child, folder),
  }
}

function stopChild(child: ChildProcess, folder: string) {
  return new Promise<void>((resolve) => {
    child.once('exit', () => {
      fs.rmSync(folder, { recursive: true, force: true })
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
}

export async function openPage(browser: Browser, url: string, locale = 'en-GB'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true })
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true })
}

/**
 * One browser-mode app and one Chromium page for a whole test file, with a screenshot of any failed
 * test; registers the hooks itself. Read the fields inside tests, after beforeAll has run.
 */
export function useBrowserSession(options: { locale?: string; dbPath?: () => string } = {}) {
  const session = {} as { app: RunningApp; browser: Browser; page: Page }
  beforeAll(async () => {
    session.app = await startBrowserMode({ dbPath: options.dbPath?.() })
    session.browser = await launchBrowser()
    session.page = await openPage(session.browser, session.app.url, options.locale)
  })
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await screenshot(session.page, `failed-${context.task.name.slice(0, 40)}`)
  })
  afterAll(async () => {
    await session.browser?.close()
    await session.app?.stop()
  })
  return session
}
