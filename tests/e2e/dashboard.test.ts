import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { screenshot, useBrowserSession } from './browserMode'

const session = useBrowserSession()
const year = new Date().getFullYear()

async function api<T>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${session.app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`)
  return reply.value
}

async function saveDownload(trigger: () => Promise<void>) {
  const waiting = session.page.waitForEvent('download')
  await trigger()
  const download = await waiting
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dashboard-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  return file
}

describe('the dashboard in browser mode', () => {
  let groupId = 0
  let personId = 0

  it('shows a vacant must-role as missing, and the cell leads to the group', async () => {
    await api('settings-update', {
      regionName: 'Region Nord',
      orgPreset: 'norway',
      leaderName: 'Live Leder',
      language: 'en',
    })
    groupId = (await api<{ id: number }>('group-create', { name: 'Amnesty Bodø', contactEmail: 'bodo@example.org' })).id
    personId = (await api<{ id: number }>('person-create', { name: 'Åsmund Ødegård', email: 'asmund@example.org' })).id
    const election = await api<{ id: number }>('election-create', { groupId, season: year })
    await api('election-update', { id: election.id, meetingAt: `${year}-12-30T18:00`, platform: 'zoom' })
    await api('election-set-state', { id: election.id, state: 'planned', on: `${year}-01-02` })
    await session.page.reload()

    const cell = session.page.getByRole('link', { name: /Amnesty Bodø, Must-roles filled: Vacant/ })
    await expect.poll(() => cell.getAttribute('data-status')).toBe('problem')
    await screenshot(session.page, 'dashboard-problem-en')
    await cell.click()
    await expect.poll(() => session.page.getByRole('heading', { name: /Amnesty Bodø/ }).isVisible()).toBe(true)
  })

  it('turns the cell green once the roles are filled', async () => {
    const roles = await api<{ id: number; key: string }[]>('role-list', {})
    for (const key of ['leader', 'treasurer'])
      await api('role-term-create', {
        groupId,
        roleId: roles.find((role) => role.key === key)!.id,
        personId,
        from: `${year}-01-15`,
        startKind: 'appointed',
        allowCombined: true,
      })
    await session.page.getByRole('link', { name: 'Overview', exact: true }).click()
    const cell = session.page.getByRole('link', { name: /Amnesty Bodø, Must-roles filled:/ })
    await expect.poll(() => cell.getAttribute('data-status')).toBe('ok')
  })

  it('finds a person with Ctrl+K, by keyboard alone', async () => {
    await session.page.keyboard.press('Control+K')
    const search = session.page.getByRole('textbox', { name: /Search groups, people/ })
    await expect.poll(() => search.isVisible()).toBe(true)
    await search.pressSequentially('odegard')
    const option = session.page.getByRole('button', { name: /Åsmund Ødegård/ })
    await expect.poll(() => option.first().isVisible()).toBe(true)
    await screenshot(session.page, 'palette-en')
    await session.page.keyboard.press('ArrowDown')
    await session.page.keyboard.press('Enter')
    await expect.poll(() => session.page.getByRole('heading', { name: 'Åsmund Ødegård' }).isVisible()).toBe(true)
  })

  it('downloads the calendar of planned meetings and the season report, both readable', async () => {
    await session.page.getByRole('link', { name: 'Overview', exact: true }).click()
    const direct = await api<{ events: number }>('season-calendar', { season: year, language: 'en' })
    expect(direct.events).toBe(1)
    const ics = await saveDownload(() =>
      session.page.getByRole('button', { name: /Calendar of planned meetings/ }).click(),
    )
    const calendar = fs.readFileSync(ics, 'utf8')
    expect(calendar).toContain('BEGIN:VEVENT')
    expect(calendar).toContain('SUMMARY:Election meeting: Amnesty Bodø')
    expect(calendar).toContain(`DTSTART:${year}1230T180000`)

    const pdf = await saveDownload(() => session.page.getByRole('button', { name: /Season report/ }).click())
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(text).toContain(`Season report ${year}`)
    expect(text).toContain('Region Nord')
    expect(text).toContain('Amnesty Bodø')
  })
})
