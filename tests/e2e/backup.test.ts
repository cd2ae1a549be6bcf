import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Input, MethodName, Result } from '../../shared/api'
import { screenshot, useBrowserSession } from './browserMode'

const session = useBrowserSession()

/** The record is set up and checked through the same API the UI uses. */
async function api<M extends MethodName>(method: M, input: Input<M>): Promise<Result<M>> {
  const response = await fetch(`${session.app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: true; value: Result<M> } | { ok: false; error: { messageKey: string } }
  if (!reply.ok) throw new Error(`${method}: ${reply.error.messageKey}`)
  return reply.value
}

const names = async () => (await api('person-list', {})).rows.map((row) => row.name)

describe('backups in browser mode', () => {
  it('backs up to a downloaded file, restores it after confirmation, and restores an uploaded file', async () => {
    const { page } = session
    await api('settings-update', { orgPreset: 'norway', language: 'en', regionName: 'Region Nord', leaderName: null })
    await api('person-create', { name: 'Kari Nordmann', email: 'kari@example.no' })

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Backups & privacy' })
      .click()
    await page.getByRole('heading', { name: 'Backups', exact: true }).waitFor()

    // Back up now: a checked copy in the backups folder, saved where the user chooses (a download here).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Back up now' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^record_.*_manual\.sqlite$/)
    const saved = await download.path()
    expect(fs.readFileSync(saved!).subarray(0, 15).toString()).toBe('SQLite format 3')
    await page.getByRole('cell', { name: 'By hand' }).waitFor()

    await api('person-create', { name: 'Added After The Backup' })
    expect(await names()).toContain('Added After The Backup')

    await page.getByRole('button', { name: 'Restore', exact: true }).first().click()
    const dialog = page.getByRole('dialog', { name: 'Restore a backup' })
    await dialog.getByText(/kept as a backup first/).waitFor()
    await dialog.getByRole('button', { name: 'Restore' }).click()
    await page.getByText(/^Restored\./).waitFor()
    expect(await names()).toEqual(['Kari Nordmann'])
    await page.getByRole('cell', { name: 'Before a restore' }).waitFor()

    // The file saved earlier comes back in through "Restore from a file…".
    await api('person-create', { name: 'Added Once More' })
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Restore from a file…' }).click(),
    ])
    await chooser.setFiles(saved!)
    await page.getByRole('dialog', { name: 'Restore a backup' }).getByRole('button', { name: 'Restore' }).click()
    await page
      .getByText(/^Restored\./)
      .last()
      .waitFor()
    expect(await names()).toEqual(['Kari Nordmann'])
    await screenshot(page, 'records-backups')
  })

  it('records a group’s changes, served by the real server', async () => {
    const group = await api('group-create', { name: 'Amnesty Tromsø', town: 'Tromsø' })
    await api('group-update', { id: group.id, name: 'Amnesty Tromsø', town: 'Tromsø sentrum' })
    const history = await api('history-list', { entity: 'group', id: group.id })
    expect(history.rows.map((row) => row.action)).toEqual(['update', 'insert'])
  })
})
