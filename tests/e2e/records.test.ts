import { describe, expect, it } from 'vitest'
import { screenshot, useBrowserSession } from './browserMode'

const session = useBrowserSession()

describe('groups and people in browser mode', () => {
  it('takes the token out of the address bar and shows the empty overview', async () => {
    await expect.poll(() => session.page.getByRole('heading', { name: 'Season at a glance' }).isVisible()).toBe(true)
    expect(session.page.url()).not.toContain('token=')
    await expect.poll(() => session.page.getByText('The record is empty').isVisible()).toBe(true)
  })

  it('shows the field message for a bad form and saves nothing', async () => {
    await session.page.getByRole('link', { name: 'Groups', exact: true }).click()
    await session.page.getByRole('button', { name: 'New group' }).click()
    const dialog = session.page.getByRole('dialog')
    await dialog.getByLabel('Contact email').fill('not an email')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => dialog.getByText('Required').isVisible()).toBe(true)
    await expect.poll(() => dialog.getByText('Not a valid email address').isVisible()).toBe(true)
    await screenshot(session.page, 'group-form-errors-en')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => session.page.getByText('Nothing matches.').isVisible()).toBe(true)
  })

  it('creates a group, edits it, finds it by search and archives it', async () => {
    await session.page.getByRole('button', { name: 'New group' }).click()
    let dialog = session.page.getByRole('dialog')
    await dialog.getByLabel('Name', { exact: false }).first().fill('Amnesty Ålesund')
    await dialog.getByLabel('Town or municipality').fill('Ålesund')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('heading', { name: /Amnesty Ålesund/ }).isVisible()).toBe(true)

    await session.page.getByRole('button', { name: 'Edit', exact: true }).first().click()
    dialog = session.page.getByRole('dialog')
    await dialog.getByLabel('Contact email').fill('alesund@example.org')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('link', { name: 'alesund@example.org' }).isVisible()).toBe(true)

    await session.page.getByRole('link', { name: 'Groups', exact: true }).click()
    await session.page.getByLabel('Search', { exact: true }).fill('alesund')
    await expect.poll(() => session.page.getByRole('link', { name: 'Amnesty Ålesund' }).isVisible()).toBe(true)
    await session.page.getByRole('link', { name: 'Amnesty Ålesund' }).click()

    await session.page.getByRole('button', { name: 'Archive' }).click()
    dialog = session.page.getByRole('dialog')
    await dialog.getByLabel('From date').fill('2026-02-01')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('button', { name: 'Reactivate' }).isVisible()).toBe(true)
    await expect.poll(() => session.page.getByText('Dormant (since 2026-02-01)').isVisible()).toBe(true)
  })

  it('adds a person with a membership of the group', async () => {
    await session.page.getByRole('link', { name: 'People', exact: true }).click()
    await session.page.getByRole('button', { name: 'New person' }).click()
    const dialog = session.page.getByRole('dialog')
    await dialog.getByLabel('Name', { exact: false }).first().fill('Åse Ødegård')
    await dialog.getByLabel('Email').fill('ase@example.org')
    await dialog.getByLabel('Phone').fill('+47 400 00 000')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('heading', { name: 'Åse Ødegård' }).isVisible()).toBe(true)

    await session.page.getByRole('button', { name: 'Add membership' }).click()
    const membership = session.page.getByRole('dialog')
    // A dormant group still has members; the picker says its status.
    await membership.getByLabel('Group').fill('Ålesund')
    await session.page.getByRole('option', { name: 'Amnesty Ålesund (Dormant)' }).click()
    await membership.getByLabel('From', { exact: false }).first().fill('2025-09-01')
    await membership.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('link', { name: 'Amnesty Ålesund' }).isVisible()).toBe(true)
    await screenshot(session.page, 'person-en')
  })

  it('switches language, and after a reload everything is still there', async () => {
    await session.page.getByRole('link', { name: 'Settings', exact: true }).click()
    await session.page.getByLabel('Region name').fill('Region Vest')
    await session.page
      .getByRole('textbox', { name: 'Language' })
      .or(session.page.getByRole('combobox', { name: 'Language' }))
      .first()
      .click()
    await session.page.getByRole('option', { name: 'Norsk bokmål' }).click()
    await session.page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => session.page.getByRole('heading', { name: 'Innstillinger' }).isVisible()).toBe(true)

    await session.page.reload()
    await expect.poll(() => session.page.getByRole('heading', { name: 'Innstillinger' }).isVisible()).toBe(true)
    await session.page.getByRole('link', { name: 'Grupper', exact: true }).click()
    await expect.poll(() => session.page.getByRole('link', { name: 'Amnesty Ålesund' }).isVisible()).toBe(true)
    await expect.poll(() => session.page.getByText('Hvilende').first().isVisible()).toBe(true)
    await session.page.getByRole('link', { name: 'Personer', exact: true }).click()
    await expect.poll(() => session.page.getByRole('link', { name: 'Åse Ødegård' }).isVisible()).toBe(true)
    await screenshot(session.page, 'people-nb')
  })

  it('refuses an API call without the token or with a wrong one', async () => {
    const post = (headers: Record<string, string>) =>
      fetch(`${session.app.origin}/api/group-list`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      })
    expect((await post({})).status).toBe(401)
    expect((await post({ authorization: 'Bearer wrong' })).status).toBe(401)
    const allowed = await post({ authorization: `Bearer ${session.app.token}` })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBeNull()
  })
})
