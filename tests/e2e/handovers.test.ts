import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Input, MethodName, Result } from '../../shared/api'
import { localIsoDate } from '../../shared/dates'
import { addDays } from '../../shared/stewardship/handovers'
import { launchBrowser, openPage, screenshot, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
let page: Page
const today = localIsoDate(new Date())
const year = Number(today.slice(0, 4))
const lastYear = `${year - 1}-03-10`

/** The record is set up through the same API the UI uses, as another program would. */
async function api<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: true; value: Result<M> } | { ok: false; error: { messageKey: string } }
  if (!reply.ok) throw new Error(`${method}: ${reply.error.messageKey}`)
  return reply.value
}

const nav = (name: string) =>
  page
    .getByRole('navigation', { name: /Main navigation|Hovedmeny/ })
    .getByRole('link', { name, exact: true })
    .click()

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchBrowser()

  // Per has been treasurer since last spring; at today's election Liv is acclaimed in his place.
  const group = await api('group-create', { name: 'Amnesty Tromsø', town: 'Tromsø' })
  const per = await api('person-create', { name: 'Per Ødegård' })
  const liv = await api('person-create', { name: 'Liv Berg' })
  const kari = await api('person-create', { name: 'Kari Nordmann' })
  const roles = await api('role-list', {})
  const treasurer = roles.find((role) => role.key === 'treasurer')!
  const leader = roles.find((role) => role.key === 'leader')!
  await api('role-term-create', {
    groupId: group.id,
    roleId: treasurer.id,
    personId: per.id,
    from: lastYear,
    startKind: 'elected',
  })
  let election = await api('election-create', { groupId: group.id, season: year })
  election = await api('election-update', { id: election.id, meetingAt: `${today}T18:00`, noticeChannel: 'email' })
  await api('election-set-state', { id: election.id, state: 'planned', on: today })
  election = await api('election-set-state', { id: election.id, state: 'held', on: today })
  const contest = election.contests.find((candidate) => candidate.roleId === treasurer.id)!
  await api('contest-update', {
    id: contest.id,
    seats: contest.seats,
    method: 'acclamation',
    rule: contest.rule,
    base: contest.base,
    further: contest.further,
    loneCandidateNeedsVote: false,
  })
  await api('candidate-add', { contestId: contest.id, personId: liv.id })
  await api('contest-confirm', { id: contest.id })
  // A handover made by hand that is already late, for the overdue flag.
  await api('handover-create', {
    groupId: group.id,
    roleId: leader.id,
    toPersonId: kari.id,
    dueOn: addDays(today, -10),
    notes: 'New leader; nobody held the role before',
  })

  page = await openPage(browser, app.url)
})

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, `failed-${context.task.name.slice(0, 40)}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

describe('handovers in browser mode', () => {
  it('lists the handover the election result made, with the late one flagged', async () => {
    await nav('Handovers')
    await expect.poll(() => page.getByRole('heading', { name: 'Handovers' }).isVisible()).toBe(true)
    const fromResult = page.getByRole('button', { name: 'Open handover Treasurer, Amnesty Tromsø' })
    await expect.poll(() => fromResult.isVisible()).toBe(true)
    const row = page.getByRole('row').filter({ has: fromResult })
    await expect.poll(() => row.getByText('Per Ødegård').isVisible()).toBe(true)
    await expect.poll(() => row.getByText('Liv Berg').isVisible()).toBe(true)
    await expect.poll(() => row.getByText('0 of 7').isVisible()).toBe(true)
    const late = page.getByRole('row').filter({ has: page.getByRole('button', { name: /Open handover Leader/ }) })
    await expect.poll(() => late.getByText('Overdue').isVisible()).toBe(true)
    await page.locator('label', { hasText: 'Overdue only' }).click()
    await expect.poll(() => fromResult.isVisible()).toBe(false)
    await screenshot(page, 'handovers-overdue-en')
    await page.locator('label', { hasText: 'Overdue only' }).click()
    await expect.poll(() => fromResult.isVisible()).toBe(true)
    await screenshot(page, 'handovers-list-en')
  })

  it('completes the checklist item by item and marks the handover done', async () => {
    await page.getByRole('button', { name: 'Open handover Treasurer, Amnesty Tromsø' }).click()
    const drawer = page.getByRole('dialog')
    await expect.poll(() => drawer.getByText('Treasurer, Amnesty Tromsø').isVisible()).toBe(true)
    const boxes = drawer.getByRole('checkbox')
    await expect.poll(() => boxes.count()).toBe(7)
    for (let index = 0; index < 7; index++) {
      // The box follows the record: it turns ticked once main has stored the date.
      await boxes.nth(index).click()
      await expect.poll(() => drawer.getByText(`${index + 1} of 7`).isVisible()).toBe(true)
      if (index === 2) await screenshot(page, 'handovers-checklist-en')
    }
    await expect.poll(() => drawer.getByText(`done ${today}`).count()).toBe(7)
    await expect.poll(() => drawer.getByText('Every item is ticked. Mark the handover as done?').isVisible()).toBe(true)
    await screenshot(page, 'handovers-all-ticked-en')
    await drawer.getByRole('button', { name: 'Mark as done' }).click()
    await expect.poll(() => drawer.getByText('Every item is ticked').isVisible()).toBe(false)
    await expect.poll(() => drawer.getByText('Done', { exact: true }).first().isVisible()).toBe(true)
    await screenshot(page, 'handovers-done-en')
    await page.keyboard.press('Escape')

    // Done is no longer among the open ones, but is under "Done".
    const fromResult = page.getByRole('button', { name: 'Open handover Treasurer, Amnesty Tromsø' })
    await expect.poll(() => fromResult.isVisible()).toBe(false)
    await page
      .getByRole('textbox', { name: 'Status' })
      .or(page.getByRole('combobox', { name: 'Status' }))
      .first()
      .click()
    await page.getByRole('option', { name: 'Done' }).click()
    await expect.poll(() => fromResult.isVisible()).toBe(true)
    await expect
      .poll(() => page.getByRole('row').filter({ has: fromResult }).getByText('7 of 7').isVisible())
      .toBe(true)
  })

  it('shows the new treasurer today and the old one as of last year, with vacancies in words', async () => {
    await nav('Roles')
    await expect.poll(() => page.getByRole('heading', { name: 'Roles' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: 'Liv Berg' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Vacant').first().isVisible()).toBe(true)
    await screenshot(page, 'roles-holders-en')
    await page.getByLabel('As of').fill(addDays(lastYear, 30))
    await expect.poll(() => page.getByRole('link', { name: 'Per Ødegård' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: 'Liv Berg' }).isVisible()).toBe(false)

    await page.getByRole('tab', { name: 'Vacancies' }).click()
    await expect.poll(() => page.getByRole('cell', { name: /^Leader/ }).first().isVisible()).toBe(true)
    await screenshot(page, 'roles-vacancies-en')
    await page.getByRole('tab', { name: 'Catalogue' }).click()
    await expect.poll(() => page.getByText('Økonomiansvarlig', { exact: false }).first().isVisible()).toBe(true)
    await screenshot(page, 'roles-catalogue-en')

    await page.getByRole('button', { name: 'New role' }).click()
    let dialog = page.getByRole('dialog')
    await dialog.getByLabel('Name (Norwegian bokmål)').fill('Kampanjeansvarlig')
    await dialog.getByLabel('Name (Swedish)').fill('Kampanjansvarig')
    await dialog.getByLabel('Name (English)').fill('Campaign lead')
    await screenshot(page, 'roles-new-role-en')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByText('Campaign lead', { exact: true }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText(/custom-1/).isVisible()).toBe(true)

    await page.getByRole('button', { name: 'Edit: Campaign lead' }).click()
    await page.getByRole('menuitem', { name: 'Checklist' }).click()
    dialog = page.getByRole('dialog')
    await expect.poll(() => dialog.getByText(/uses the default checklist/).isVisible()).toBe(true)
    await dialog.getByRole('button', { name: 'Add item' }).click()
    await dialog.getByRole('textbox', { name: 'Item 8' }).fill('Campaign material handed over')
    await screenshot(page, 'roles-checklist-en')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)
    const template = await api('handover-template-get', { roleId: (await api('role-list', {})).at(-1)!.id })
    expect(template).toMatchObject({ usesDefault: false })
    expect(template.items.at(-1)).toBe('Campaign material handed over')
  })

  it('speaks Norwegian: Verv and Overleveringer', async () => {
    const settings = await api('settings-get', {})
    await api('settings-update', { ...settings, language: 'nb' })
    await page.reload()
    await nav('Overleveringer')
    await expect.poll(() => page.getByRole('heading', { name: 'Overleveringer' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Forfalt', { exact: true }).isVisible()).toBe(true)
    await screenshot(page, 'handovers-nb')
    await nav('Verv')
    await expect.poll(() => page.getByRole('link', { name: 'Liv Berg' }).isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Ledig', { exact: true }).first().isVisible()).toBe(true)
    await screenshot(page, 'roles-holders-nb')

    // Other pages link to a handover as /handovers/<id>: the same drawer opens.
    const done = (await api('handover-list', { status: 'done' }))[0]!
    await page.evaluate((id) => {
      // This file is type-checked without the DOM library; the function runs in the page.
      ;(globalThis as unknown as { location: { hash: string } }).location.hash = `#/handovers/${id}`
    }, done.id)
    const drawer = page.getByRole('dialog')
    await expect.poll(() => drawer.getByText('Økonomiansvarlig, Amnesty Tromsø').isVisible()).toBe(true)
    await expect.poll(() => drawer.getByText(`utført ${today}`).count()).toBe(7)
    await screenshot(page, 'handovers-drawer-nb')
  })
})
