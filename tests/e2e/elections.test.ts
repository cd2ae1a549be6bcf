import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { localIsoDate } from '../../shared/dates'
import { launchBrowser, openPage, screenshot, screenshotDir, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
let page: Page
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-elections-'))

const today = localIsoDate(new Date())
const season = Number(today.slice(0, 4))
const people: Record<string, number> = {}
let groupId = 0
let electionId = 0

/** Setting up through the API is quicker than through the forms, which records.test.ts covers. */
async function api<T = { id: number }>(method: string, input: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${app.token}` },
    body: JSON.stringify(input),
  })
  const reply = (await response.json()) as { ok: boolean; value: T; error?: unknown }
  if (!reply.ok) throw new Error(`${method}: ${JSON.stringify(reply.error)}`)
  return reply.value
}

/** A Mantine Select: open it by its label and pick the option. */
async function choose(scope: Page | Locator, label: string, option: string) {
  await combobox(scope, label).click()
  // An option may carry a line of help after its name.
  await page.getByRole('option', { name: new RegExp(`^${option}`) }).click()
}
const combobox = (scope: Page | Locator, label: string) => scope.getByRole('combobox', { name: label, exact: true })

/** The record picker searches as you type; pick the person from the options. */
async function pickPerson(scope: Locator, label: string, name: string) {
  await scope.getByLabel(label, { exact: true }).fill(name.split(' ')[0]!)
  await page.getByRole('option', { name, exact: true }).click()
}

const visible = (locator: Locator) => expect.poll(() => locator.first().isVisible()).toBe(true)
const contest = (name: string) => page.getByRole('region', { name })
const nav = (name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click()

async function savedDownload(action: () => Promise<unknown>) {
  const [download] = await Promise.all([page.waitForEvent('download'), action()])
  const file = path.join(folder, download.suggestedFilename())
  await download.saveAs(file)
  return file
}

const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

beforeAll(async () => {
  app = await startBrowserMode()
  browser = await launchBrowser()
  groupId = (await api('group-create', { name: 'Amnesty Tromsø', town: 'Tromsø' })).id
  await api('group-create', { name: 'Amnesty Bodø', town: 'Bodø' })
  for (const name of ['Åse Ødegård', 'Øystein Æsøy', 'Анна Петрова', 'Per Ødegård', 'Liv Berg', 'Ola Nordmann'])
    people[name] = (await api('person-create', { name })).id
  // Last season Per became treasurer: this season's result must end his term and hand over.
  const last = await api<{ id: number; contests: { id: number; roleNames: { en: string } }[] }>('election-create', {
    groupId,
    season: season - 1,
  })
  await api('election-update', { id: last.id, meetingAt: `${season - 1}-03-10T18:00` })
  await api('election-set-state', { id: last.id, state: 'held', on: `${season - 1}-03-10` })
  const treasurer = last.contests.find((item) => item.roleNames.en === 'Treasurer')!
  await api('contest-update', {
    id: treasurer.id,
    seats: 1,
    method: 'acclamation',
    rule: 'absoluteMajority',
    base: 'validExcludingBlank',
    further: 'runoffTopTwo',
    loneCandidateNeedsVote: false,
  })
  await api('candidate-add', { contestId: treasurer.id, personId: people['Per Ødegård'] })
  await api('contest-confirm', { id: treasurer.id })
  page = await openPage(browser, app.url)
})

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, `failed-${context.task.name.slice(0, 40)}`)
})

afterAll(async () => {
  await browser?.close()
  await app?.stop()
  fs.rmSync(folder, { recursive: true, force: true })
})

describe('an election walked through in browser mode', () => {
  it('lists the groups of the season with their state, and plans an election', async () => {
    await nav('Elections')
    await visible(page.getByRole('heading', { name: 'Elections' }))
    await visible(page.getByText('0 of 2 groups have held their election'))
    // The season's window closed in June: a group that has not held its election is late, in words.
    await visible(page.getByRole('row', { name: /Amnesty Bodø/ }).getByText('Late'))
    await page.getByRole('button', { name: 'Plan election: Amnesty Tromsø' }).click()
    await visible(page.getByRole('heading', { name: 'Election in Amnesty Tromsø' }))
    electionId = Number(/elections\/(\d+)/.exec(page.url())![1])
    expect(electionId).toBeGreaterThan(0)
  })

  it('says what is missing before the election can be planned, then records the meeting and moves it on', async () => {
    await page.getByRole('button', { name: 'Move forward' }).click()
    await visible(page.getByRole('alert').getByText('Set the meeting date and time first.'))
    await page.getByRole('alert').getByRole('button', { name: 'Edit meeting facts' }).click()

    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('Meeting date and time').fill(`${today}T18:00`)
    await choose(dialog, 'Platform', 'Zoom')
    await choose(dialog, 'Notice sent by', 'Email')
    await dialog.getByRole('button', { name: /Use the day before/ }).click()
    await pickPerson(dialog, 'Chair', 'Liv Berg')
    await pickPerson(dialog, 'Minute-taker', 'Per Ødegård')
    await pickPerson(dialog, 'First approver of the minutes', 'Ola Nordmann')
    await pickPerson(dialog, 'Second approver of the minutes', 'Åse Ødegård')
    await dialog.getByLabel('Voters present').fill('9')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => dialog.isVisible()).toBe(false)

    await page.getByRole('button', { name: 'Move forward' }).click()
    await visible(page.getByText(`Current state, since ${today}`))
    await expect.poll(() => combobox(page, 'Move to').inputValue()).toBe('Notice sent')
    await page.getByRole('button', { name: 'Move forward' }).click()
    await expect.poll(() => combobox(page, 'Move to').inputValue()).toBe('Candidacy deadline passed')
    await choose(page, 'Move to', 'Held')
    await page.getByRole('button', { name: 'Move forward' }).click()
    await visible(page.locator('[aria-current="step"]').getByText('Held'))
    // The history keeps each move with its date.
    await visible(page.getByRole('row', { name: `Notice sent Held ${today}` }))
  })

  it('acclaims the lone candidate for leader and puts her into the record', async () => {
    const leader = contest('1. Leader')
    await choose(leader, 'Voting method', 'Acclamation')
    await leader.getByRole('button', { name: 'Save settings' }).click()
    await pickPerson(leader, 'Candidate', 'Åse Ødegård')
    await leader.getByRole('button', { name: 'Add candidate' }).click()
    await visible(leader.getByText('Result: Åse Ødegård elected by acclamation'))
    await leader.getByRole('button', { name: 'Confirm result' }).click()
    await visible(leader.getByText(`Confirmed ${today}`))
    await visible(page.getByRole('row', { name: /Leader Åse Ødegård/ }))
  })

  it('decides the deputy in a run-off, with a counting error shown under the right box first', async () => {
    const deputy = contest('2. Deputy leader')
    for (const name of ['Øystein Æsøy', 'Анна Петрова']) {
      await pickPerson(deputy, 'Candidate', name)
      await deputy.getByRole('button', { name: 'Add candidate' }).click()
      await visible(deputy.getByRole('link', { name }))
    }
    // Someone not in the record yet stands from the floor.
    await deputy.getByText('New person', { exact: true }).click()
    await deputy.getByLabel('Name of the new person').fill('Kari Nordmann')
    await deputy.getByRole('button', { name: 'Add candidate' }).click()
    await visible(deputy.getByRole('link', { name: 'Kari Nordmann' }))

    await deputy.getByLabel('Votes for Øystein Æsøy').fill('2')
    await deputy.getByLabel('Votes for Анна Петрова').fill('4')
    await deputy.getByLabel('Votes for Kari Nordmann').fill('3')
    await deputy.getByLabel('Ballots cast').fill('8')
    await deputy.getByRole('button', { name: 'Record round 1' }).click()
    await visible(deputy.getByText('Votes, blank and invalid ballots add up to 9, not the 8 ballots cast'))
    await deputy.screenshot({ path: path.join(screenshotDir, 'elections-round-error-en.png') })
    await deputy.getByLabel('Ballots cast').fill('9')
    await deputy.getByRole('button', { name: 'Record round 1' }).click()
    await visible(deputy.getByText('Result: round 2 is a run-off between Анна Петрова and Kari Nordmann'))

    await deputy.getByLabel('Votes for Анна Петрова').fill('5')
    await deputy.getByLabel('Votes for Kari Nordmann').fill('4')
    await deputy.getByLabel('Ballots cast').fill('9')
    await deputy.getByRole('button', { name: 'Record round 2' }).click()
    await visible(deputy.getByText('Result: Анна Петрова elected'))
    await deputy.getByRole('button', { name: 'Confirm result' }).click()
    await visible(page.getByRole('row', { name: /Deputy leader Анна Петрова/ }))
  })

  it('settles a tie for treasurer by lot, and the treasurer changes hands', async () => {
    await visible(page.getByRole('row', { name: /Treasurer Per Ødegård/ }))
    const treasurer = contest('3. Treasurer')
    await treasurer.getByRole('button', { name: 'Advanced counting settings' }).click()
    await choose(treasurer, 'Counting rule', 'Most votes wins')
    await treasurer.getByRole('button', { name: 'Save settings' }).click()
    await expect.poll(() => treasurer.getByRole('button', { name: 'Save settings' }).isVisible()).toBe(false)
    for (const name of ['Øystein Æsøy', 'Kari Nordmann']) {
      await pickPerson(treasurer, 'Candidate', name)
      await treasurer.getByRole('button', { name: 'Add candidate' }).click()
      await visible(treasurer.getByRole('link', { name }))
    }
    await treasurer.getByLabel('Votes for Øystein Æsøy').fill('4')
    await treasurer.getByLabel('Votes for Kari Nordmann').fill('4')
    await treasurer.getByLabel('Blank').fill('1')
    await treasurer.getByLabel('Ballots cast').fill('9')
    await treasurer.getByRole('button', { name: 'Record round 1' }).click()
    await visible(treasurer.getByText(/tie in round 1 between Øystein Æsøy and Kari Nordmann with 4 votes each/))

    await treasurer.getByLabel('Who drew the lot').fill('Liv Berg')
    await treasurer.getByRole('button', { name: 'Record the drawing of lots' }).click()
    await visible(treasurer.getByText('The lot picks 1 of the tied candidates, not 0'))
    await treasurer.screenshot({ path: path.join(screenshotDir, 'elections-tie-en.png') })
    await treasurer.getByRole('checkbox', { name: 'Øystein Æsøy' }).check()
    await treasurer.getByRole('button', { name: 'Record the drawing of lots' }).click()
    await visible(treasurer.getByText(/settled by drawing lots, drawn by Liv Berg\. Won: Øystein Æsøy\./))
    await visible(treasurer.getByText('Result: Øystein Æsøy elected'))
    await treasurer.getByRole('button', { name: 'Confirm result' }).click()

    await visible(page.getByRole('row', { name: /Treasurer Øystein Æsøy/ }))
    await expect.poll(() => page.getByRole('row', { name: /Treasurer Per Ødegård/ }).count()).toBe(0)
    await visible(page.getByText('Per Ødegård → Øystein Æsøy'))
    await screenshot(page, 'elections-page-en')
  })

  it('exports the minutes as a PDF with the names, the lot and the signatures', async () => {
    await choose(page, 'Document language', 'Norsk bokmål')
    const file = await savedDownload(() => page.getByRole('button', { name: 'Minutes (PDF)' }).click())
    expect(path.basename(file)).toMatch(/\.pdf$/)
    const text = pdfText(file)
    for (const name of ['Åse Ødegård', 'Øystein Æsøy', 'Анна Петрова', 'Kari Nordmann', 'Amnesty Tromsø'])
      expect(text).toContain(name)
    expect(text).toMatch(/loddtrekning, trukket av Liv Berg\. Vinner: Øystein Æsøy\./)
    for (const label of [
      'Underskrifter',
      'Møteleder',
      'Referent',
      'Protokollunderskriver 1',
      'Protokollunderskriver 2',
    ])
      expect(text).toContain(label)
  })

  it('counts the held election in the list and prints the season’s minutes', async () => {
    await nav('Elections')
    await visible(page.getByText('1 of 2 groups have held their election'))
    const row = page.getByRole('row', { name: /Amnesty Tromsø/ })
    await visible(row.getByText('Held'))
    await visible(row.getByText('Notice late'))
    await screenshot(page, 'elections-list-en')

    const file = await savedDownload(() => page.getByRole('button', { name: 'Minutes for the season (PDF)' }).click())
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdfText(file)).toContain('Amnesty Tromsø')

    await choose(page, 'State', 'Not planned')
    await visible(page.getByRole('row', { name: /Amnesty Bodø/ }))
    await page.getByRole('button', { name: 'Minutes for the season (PDF)' }).click()
    await visible(page.getByText('None of the elections in view has been held yet'))
  })

  it('shows the same in Norwegian', async () => {
    const settings = await api<Record<string, unknown>>('settings-get', {})
    await api('settings-update', { ...settings, language: 'nb' })
    await page.goto(`${app.origin}/#/elections?season=${season}`)
    await page.reload()
    await visible(page.getByText('1 av 2 grupper har holdt valg'))
    await visible(page.getByRole('row', { name: /Amnesty Bodø/ }).getByText('Forsinket'))
    await screenshot(page, 'elections-list-nb')
    await page.getByRole('link', { name: 'Åpne: Amnesty Tromsø' }).click()
    await visible(page.getByRole('heading', { name: 'Valg i Amnesty Tromsø' }))
    await visible(page.getByText('Resultat: Åse Ødegård valgt ved akklamasjon'))
    await visible(page.getByRole('row', { name: /Økonomiansvarlig Øystein Æsøy/ }))
    await screenshot(page, 'elections-page-nb')
  })
})
