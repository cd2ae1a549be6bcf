import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openPage, screenshot, startBrowserMode, type RunningApp } from './browserMode'

let app: RunningApp
let browser: Browser
let page: Page

beforeAll(async () => {
  app = await startBrowserMode()
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

const header = 'Navn;E-post;Telefon;Gruppe;Sted;Verv;Fra'
const kari = 'Kari Nordmann;kari@example.org;+47 400 00 000;Amnesty Tromsø;Tromsø;Leder;01.09.2025'
const liv = 'Liv Lund;liv@example.org;;Amnesty Bodø;Bodø;Økonomiansvarlig;'
/** As Excel on Windows saves "CSV UTF-8": a byte order mark, semicolons, CRLF. */
const csvFile = (lines: string[]) => ({
  name: 'medlemmer.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
})
const badFile = csvFile([
  header,
  kari,
  'Ola Åsen;ola@example;;Amnesty Tromsø;;;2025-09-01',
  'Per Ødegård;per@example.org;;Amnesty Bodø;;Kaptein;2025-10-01',
  liv,
])
const fixedFile = csvFile([
  header,
  kari,
  'Ola Åsen;ola@example.org;;Amnesty Tromsø;;;2025-09-01',
  'Per Ødegård;per@example.org;;Amnesty Bodø;;;2025-10-01',
  liv,
])

const problemRows = () =>
  page
    .getByRole('table', { name: 'Problems in the file' })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)))

describe('import from a spreadsheet in browser mode', () => {
  it('reads a CSV, guesses the columns and reports the two bad rows, saving nothing', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Season at a glance' }).isVisible()).toBe(true)
    await page.getByRole('link', { name: 'Import', exact: true }).click()
    await expect.poll(() => page.getByRole('heading', { name: 'Import from a spreadsheet' }).isVisible()).toBe(true)
    await page.locator('input[type="file"]').setInputFiles(badFile)

    await expect.poll(() => page.getByText('medlemmer.csv: 4 rows').isVisible()).toBe(true)
    expect(await page.getByRole('combobox', { name: 'Name' }).inputValue()).toBe('0')
    expect(await page.getByRole('combobox', { name: 'Role in the group' }).inputValue()).toBe('5')
    await screenshot(page, 'import-mapping')

    await page.getByRole('button', { name: 'Check the rows' }).click()
    await expect.poll(problemRows).toEqual([
      ['3', 'E-post', 'ola@example', 'Not a valid email address'],
      ['4', 'Verv', 'Kaptein', '“Kaptein” is not a role in the catalogue.'],
    ])
    await expect
      .poll(() => page.getByText('4 rows: 2 ready to import, 2 with problems, 0 possible duplicates.').isVisible())
      .toBe(true)
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true)
    await screenshot(page, 'import-report')
  })

  it('imports the corrected file in one go and shows the people and memberships', async () => {
    await page.getByRole('button', { name: 'Choose another file' }).click()
    await page.locator('input[type="file"]').setInputFiles(fixedFile)
    await page.getByRole('button', { name: 'Check the rows' }).click()
    await expect.poll(() => page.getByText('No problems found.').isVisible()).toBe(true)
    await expect.poll(() => page.getByText('New groups: Amnesty Tromsø, Amnesty Bodø').isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Import', exact: true }).click()

    await expect.poll(() => page.getByText('Imported from medlemmer.csv').isVisible()).toBe(true)
    await expect
      .poll(() => page.getByText('4 new people, 0 merged, 2 new groups, 4 memberships and 2 role holders.').isVisible())
      .toBe(true)
    // The stepper animates its last step into place.
    await page.waitForTimeout(500)
    await screenshot(page, 'import-done')

    await page.getByRole('link', { name: 'See people' }).click()
    for (const name of ['Kari Nordmann', 'Ola Åsen', 'Per Ødegård', 'Liv Lund'])
      await expect.poll(() => page.getByRole('link', { name }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('row', { name: /Kari Nordmann/ }).textContent()).toContain('Amnesty Tromsø')
    await screenshot(page, 'import-people')

    await page.getByRole('link', { name: 'Groups', exact: true }).click()
    await page.getByRole('link', { name: 'Amnesty Tromsø' }).click()
    await expect.poll(() => page.getByRole('heading', { name: /Amnesty Tromsø/ }).isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: 'Ola Åsen' }).first().isVisible()).toBe(true)
    await expect.poll(() => page.getByRole('link', { name: 'Kari Nordmann' }).first().isVisible()).toBe(true)
    await screenshot(page, 'import-group')
  })

  it('finds every row again as a duplicate when the same file is imported twice', async () => {
    await page.getByRole('link', { name: 'Import', exact: true }).click()
    await page.locator('input[type="file"]').setInputFiles(fixedFile)
    await page.getByRole('button', { name: 'Check the rows' }).click()
    await expect.poll(() => page.getByRole('table', { name: 'Possible duplicates' }).isVisible()).toBe(true)
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true)
    await page.getByRole('combobox', { name: 'For all duplicates' }).selectOption('merge')
    await expect.poll(() => page.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true)
    await screenshot(page, 'import-duplicates')
  })

  it('sends a 50,000-row file in chunks under browser mode’s 1 MB request limit and checks every row', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, index) => `Person ${index};person${index}@example.org;;Amnesty ${index % 40};;;2025-09-01`,
    )
    rows[31_000] = 'Person 31000;person31000@;;Amnesty 0;;;2025-09-01'
    const file = csvFile([header, ...rows])
    expect(file.buffer.length).toBeGreaterThan(2 * 1024 * 1024)
    await page.getByRole('button', { name: 'Choose another file' }).click()
    await page.locator('input[type="file"]').setInputFiles({ ...file, name: 'region.csv' })
    await expect.poll(() => page.getByText('region.csv: 50000 rows').isVisible(), { timeout: 60_000 }).toBe(true)
    await page.getByRole('button', { name: 'Check the rows' }).click()
    await expect
      .poll(problemRows, { timeout: 60_000 })
      .toEqual([['31002', 'E-post', 'person31000@', 'Not a valid email address']])
    await screenshot(page, 'import-large')
  })

  it('gives the report in Norwegian to a Norwegian browser', async () => {
    const norwegian = await openPage(browser, app.url, 'nb-NO')
    try {
      await norwegian.getByRole('link', { name: 'Import', exact: true }).click()
      await norwegian.locator('input[type="file"]').setInputFiles(badFile)
      await norwegian.getByRole('button', { name: 'Kontroller radene' }).click()
      const table = norwegian.getByRole('table', { name: 'Feil i filen' })
      await expect.poll(() => table.locator('tbody tr').count()).toBe(2)
      await expect
        .poll(() => table.locator('tbody tr').first().textContent())
        .toBe('3E-postola@exampleIkke en gyldig e-postadresse')
      await expect
        .poll(() => table.locator('tbody tr').last().textContent())
        .toBe('4VervKaptein«Kaptein» er ikke et verv i vervlisten.')
      await screenshot(norwegian, 'import-report-nb')
    } finally {
      await norwegian.context().close()
    }
  })
})
