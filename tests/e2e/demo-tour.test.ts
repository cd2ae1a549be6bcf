import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { localIsoDate } from '../../shared/dates'
import { createDemoFile } from '../../main/demo/file'
import { launchBrowser, openPage, screenshot, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-demo-tour-'))

beforeAll(async () => {
  const dbPath = path.join(folder, 'demo.sqlite')
  createDemoFile(dbPath, localIsoDate(new Date()))
  app = await startBrowserMode({ dbPath })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  fs.rmSync(folder, { recursive: true, force: true })
})

/** Walks the demo region's main pages as a user would, in one language, taking a screenshot of each. */
async function tour(page: Page, language: 'nb' | 'en', words: { groups: string; people: string; settings: string }) {
  await expect.poll(() => page.getByText(/Region Øst/).first().isVisible()).toBe(true)
  await expect.poll(() => page.locator('[data-status]').count()).toBeGreaterThan(100)
  await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(1)
  await screenshot(page, `dashboard-${language}`)
  await page.getByRole('link', { name: words.groups, exact: true }).click()
  await expect.poll(() => page.getByRole('link', { name: /Amnesty/ }).first().isVisible()).toBe(true)
  await screenshot(page, `groups-${language}`)
  await page.getByRole('link', { name: /Amnesty/ }).first().click()
  await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/Amnesty/)
  await screenshot(page, `group-${language}`)
  await page.getByRole('link', { name: words.people, exact: true }).click()
  await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(20)
  await screenshot(page, `people-${language}`)
  await page.getByRole('link', { name: words.settings, exact: true }).click()
  await screenshot(page, `settings-${language}`)
}

describe('the demo region in browser mode', () => {
  it('shows overview, groups, a group, people and settings in Norwegian', async () => {
    const page = await openPage(browser, app.url, 'nb-NO')
    await expect.poll(() => page.getByRole('heading', { name: 'Sesongen i ett blikk' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Demoregion: oppdiktede personer og grupper.').isVisible()).toBe(true)
    await tour(page, 'nb', { groups: 'Grupper', people: 'Personer', settings: 'Innstillinger' })
  })

  it('shows the same pages in English once the language is switched', async () => {
    const page = await openPage(browser, app.url, 'nb-NO')
    await page.getByRole('link', { name: 'Innstillinger' }).click()
    await page.getByRole('textbox', { name: 'Språk' }).or(page.getByRole('combobox', { name: 'Språk' })).first().click()
    await page.getByRole('option', { name: 'English' }).click()
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Settings' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Overview' }).click()
    await tour(page, 'en', { groups: 'Groups', people: 'People', settings: 'Settings' })
  })
})
