import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Input, MethodName, Result } from '../../shared/api'
import { localIsoDate } from '../../shared/dates'
import { addMonths } from '../../shared/stewardship/compliance'
import { launchBrowser, openPage, screenshot, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
let page: Page

/** Sets up the record the way another part of the app would: over the same API the UI uses. */
async function api<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: true; value: Result<M> } | { ok: false; error: unknown }
  if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply.error)}`)
  return reply.value
}

const today = localIsoDate(new Date())

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchBrowser()
  const group = await api('group-create', { name: 'Amnesty Molde' })
  const roles = await api('role-list', {})
  const roleId = (key: string) => roles.find((role) => role.key === key)!.id
  const siri = await api('person-create', { name: 'Siri Øvrebø' })
  const jonas = await api('person-create', { name: 'Jonas Ås' })
  // Leader for eight months (past the six the gathering must be attended within), deputy for two.
  await api('role-term-create', {
    groupId: group.id,
    roleId: roleId('leader'),
    personId: siri.id,
    from: addMonths(today, -8),
    startKind: 'elected',
  })
  await api('role-term-create', {
    groupId: group.id,
    roleId: roleId('deputy'),
    personId: jonas.id,
    from: addMonths(today, -2),
    startKind: 'elected',
  })
  page = await openPage(browser, app.url)
})

afterEach(async (context) => {
  if (context.task.result?.state === 'fail')
    await screenshot(page, `failed-trainings-${context.task.name.slice(0, 40)}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
})

const complianceRow = (name: string) => page.getByTestId('compliance-row').filter({ hasText: name })

describe('trainings in browser mode', () => {
  it('shows the new leader as overdue and the new deputy as due', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Trainings' }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Trainings' }).isVisible()).toBe(true)
    await expect.poll(() => complianceRow('Siri Øvrebø').getByText('Overdue').isVisible()).toBe(true)
    await expect.poll(() => complianceRow('Jonas Ås').getByText('Due', { exact: true }).isVisible()).toBe(true)
    expect(await complianceRow('Siri Øvrebø').getByText('Group leader gathering').isVisible()).toBe(true)
    // Overdue first.
    await expect.poll(() => page.getByTestId('compliance-row').first().textContent()).toContain('Siri Øvrebø')
    await screenshot(page, 'trainings-compliance-before')
  })

  it('records attendance at a group leader gathering by ticking the people', async () => {
    await page.getByRole('tab', { name: 'Sessions' }).click()
    await expect.poll(() => page.getByText('No sessions recorded.').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'New session' }).click()
    const dialog = page.getByRole('dialog')
    await dialog
      .getByRole('combobox', { name: 'Training' })
      .or(dialog.getByRole('textbox', { name: 'Training' }))
      .first()
      .click()
    await page.getByRole('option', { name: 'Group leader gathering' }).click()
    await dialog.getByLabel('Place').fill('Oslo, Grønland')
    await screenshot(page, 'trainings-session-form')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(() => page.getByRole('heading', { name: `Group leader gathering ${today}` }).isVisible())
      .toBe(true)

    await expect.poll(() => page.getByText('Role holders who need this training').isVisible()).toBe(true)
    await page.getByRole('checkbox', { name: 'Siri Øvrebø' }).check()
    await page.getByRole('checkbox', { name: 'Jonas Ås' }).check()
    await expect.poll(() => page.getByText('2 ticked').isVisible()).toBe(true)
    await screenshot(page, 'trainings-quick-entry')
    await page.getByRole('button', { name: 'Save as attended' }).click()
    await expect.poll(() => page.getByText('Attendance saved for 2 people').isVisible()).toBe(true)
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: 'Status of Siri Øvrebø' })
          .or(page.getByRole('textbox', { name: 'Status of Siri Øvrebø' }))
          .first()
          .inputValue(),
      )
      .toBe('Attended')
    // Both have the training now: nobody left who needs it.
    await expect.poll(() => page.getByText('Role holders who need this training').isVisible()).toBe(false)
    await screenshot(page, 'trainings-session')
  })

  it('asks before deleting a session that has attendance', async () => {
    await page.getByRole('button', { name: 'Delete' }).click()
    const dialog = page.getByRole('dialog')
    await expect.poll(() => dialog.getByText(/This session has 2 attendance entries/).isVisible()).toBe(true)
    // Let the dialog finish opening before the picture.
    await page.waitForTimeout(400)
    await screenshot(page, 'trainings-delete-confirm')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0)
  })

  it('shows both as done, with the date they attended', async () => {
    await page.getByRole('link', { name: 'All sessions' }).click()
    await expect.poll(() => page.getByRole('link', { name: today }).isVisible()).toBe(true)
    await screenshot(page, 'trainings-sessions')
    await page.getByRole('tab', { name: 'Who needs what' }).click()
    await expect.poll(() => complianceRow('Siri Øvrebø').getByText('Done').isVisible()).toBe(true)
    await expect.poll(() => complianceRow('Jonas Ås').getByText('Done').isVisible()).toBe(true)
    expect(await complianceRow('Siri Øvrebø').getByText(today).first().isVisible()).toBe(true)
    await screenshot(page, 'trainings-compliance-after')
  })

  it('lists the types with the roles that require them', async () => {
    await page.getByRole('tab', { name: 'Types & requirements' }).click()
    await expect
      .poll(() => page.getByText('Leader (within 6 months), Deputy leader (within 6 months)').isVisible())
      .toBe(true)
    await expect
      .poll(() =>
        page.getByRole('checkbox', { name: 'Leader: Group leader gathering: required', exact: true }).isChecked(),
      )
      .toBe(true)
    await screenshot(page, 'trainings-types')
  })
  it('reads in Norwegian when the computer does', async () => {
    const norwegian = await openPage(browser, app.url, 'nb-NO')
    await norwegian.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kurs' }).click()
    await expect.poll(() => norwegian.getByRole('tab', { name: 'Hvem mangler hva' }).isVisible()).toBe(true)
    await expect.poll(() => norwegian.getByText('Fullført').first().isVisible()).toBe(true)
    expect(await norwegian.getByText('Gruppeledersamling').first().isVisible()).toBe(true)
    await screenshot(norwegian, 'trainings-compliance-nb')
    await norwegian.close()
  })
})
