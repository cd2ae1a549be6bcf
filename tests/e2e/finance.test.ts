import fs from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { localIsoDate } from '../../shared/dates'
import { addMonths } from '../../shared/stewardship/boxes'
import { launchBrowser, openPage, screenshot, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
let page: Page

/** One API call as the page makes it, with the run's token. */
async function api<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`)
  return reply.value
}

const today = localIsoDate(new Date())
const lastYear = new Date().getFullYear() - 1

beforeAll(async () => {
  app = await startBrowserMode()
  const group = await api<{ id: number }>('group-create', { name: 'Amnesty Hammerfest', town: 'Hammerfest' })
  const member = await api<{ id: number }>('person-create', { name: 'Per Ødegård', email: 'per@example.org' })
  await api('membership-create', { personId: member.id, groupId: group.id, from: `${lastYear - 1}-09-01` })
  browser = await launchBrowser()
  page = await openPage(browser, app.url)
})

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, `failed-${context.task.name.slice(0, 40)}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('finance in browser mode', () => {
  it('lists the group for last year with every report missing', async () => {
    await page.getByRole('link', { name: 'Finance' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Finance' }).isVisible()).toBe(true)
    const row = page.getByRole('row', { name: /Amnesty Hammerfest/ })
    await expect.poll(() => row.getByText('Missing').count()).toBe(4)
    await expect.poll(() => row.getByText('No treasurer').isVisible()).toBe(true)
    await screenshot(page, 'finance-list-missing')
  })

  it('refuses a member of the group as its auditor, with the reason why', async () => {
    await page.getByRole('button', { name: 'Edit: Amnesty Hammerfest' }).click()
    const dialog = page.getByRole('dialog')
    await expect.poll(() => dialog.getByText(`Amnesty Hammerfest: finance ${lastYear}`).isVisible()).toBe(true)
    await dialog.getByRole('combobox', { name: 'External auditor' }).fill('Per')
    await page.getByRole('option', { name: /Per Ødegård/ }).click()
    const refusal = `Per Ødegård is a member of the group (since ${lastYear - 1}-09-01). The auditor must be someone outside the group`
    await expect.poll(() => dialog.getByText(refusal).isVisible()).toBe(true)
    await expect.poll(() => dialog.getByLabel('Reason for the exception').isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => dialog.getByText('Required').isVisible()).toBe(true)
    await screenshot(page, 'finance-auditor-refused')
  })

  it('accepts the same auditor once a reason for the exception is given', async () => {
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Reason for the exception').fill('The only person in town who can read accounts')
    await expect.poll(() => dialog.getByText('Accepted as an exception, with the reason below.').isVisible()).toBe(true)
    await dialog.getByLabel('Cash book received on').fill(`${lastYear + 1}-01-20`)
    await screenshot(page, 'finance-auditor-override')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    const row = page.getByRole('row', { name: /Amnesty Hammerfest/ })
    await expect.poll(() => row.getByText('Per Ødegård').isVisible()).toBe(true)
    await expect.poll(() => row.getByText('Exception').isVisible()).toBe(true)
    await expect.poll(() => row.getByText(`${lastYear + 1}-01-20`).isVisible()).toBe(true)
    await expect.poll(() => row.getByText('Missing').count()).toBe(2)
    await screenshot(page, 'finance-list-saved')
  })

  it('flags a collection box last counted 13 months ago, in words', async () => {
    await page.getByRole('link', { name: 'Collection boxes' }).click()
    await expect.poll(() => page.getByText('No collection boxes recorded.').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'New box' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('combobox', { name: 'Group' }).fill('Hammer')
    await page.getByRole('option', { name: 'Amnesty Hammerfest' }).click()
    await dialog.getByLabel('Label or number').fill('Bøsse 17')
    await dialog.getByLabel('Last emptied or counted').fill(addMonths(today, -13))
    await dialog.getByLabel('Amount (kr)').fill('1250.50')
    await screenshot(page, 'finance-box-form')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    const row = page.getByRole('row', { name: /Bøsse 17/ })
    await expect.poll(() => row.getByText('Not counted for 13 months').isVisible()).toBe(true)
    await expect.poll(() => row.getByText('1,250.50 kr').isVisible()).toBe(true)
    await screenshot(page, 'finance-boxes-flagged')
  })

  it('clears the flag when the box is counted', async () => {
    await page.getByRole('button', { name: 'Record a count: Bøsse 17' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Amount (kr)').fill('310')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
    const row = page.getByRole('row', { name: /Bøsse 17/ })
    await expect.poll(() => row.getByText(today).isVisible()).toBe(true)
    await expect.poll(() => row.getByText('Not counted for').count()).toBe(0)
  })

  it('exports the boxes as CSV that Nordic Excel opens with æøå intact', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('collection-boxes.csv')
    const bytes = fs.readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe('Group;Label or number;Status;Last emptied or counted;Amount (kr);Flag;Notes')
    expect(lines[1]).toBe(`Amnesty Hammerfest;Bøsse 17;In use;${today};310;;`)
  })
})
