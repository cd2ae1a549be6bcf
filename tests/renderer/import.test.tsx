import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type { ImportFile, ImportPreview } from '../../shared/api/import'
import { ImportPage } from '../../renderer/src/pages/import/ImportPage'
import { fakeBridge, ok, renderWithApp } from './render'

vi.setConfig({ testTimeout: 20_000 })

const headers = ['Navn', 'E-post', 'Telefon', 'Gruppe', 'Sted', 'Verv', 'Fra', 'Merknad']
const file: ImportFile = {
  fileName: 'medlemmer.csv',
  format: 'csv',
  encoding: 'windows-1252',
  delimiter: ';',
  headers,
  rowCount: 2,
  sample: [
    ['Kari Nordmann', 'kari@example.org', '', 'Amnesty Tromsø', 'Tromsø', 'Leder', '2025-09-01', ''],
    ['Ola Åsen', '', '', 'Amnesty Tromsø', '', '', '', 'ny'],
  ],
  guess: { name: 0, email: 1, phone: 2, group: 3, town: 4, role: 5, from: 6, to: null },
}
const counts = {
  rows: 2,
  invalidRows: 1,
  applied: 1,
  newPeople: 1,
  merged: 0,
  newGroups: 1,
  memberships: 1,
  roleTerms: 0,
  skipped: 0,
  unresolved: 0,
  alreadyMember: 0,
  alreadyHolder: 0,
}
const preview: ImportPreview = {
  counts,
  problems: [
    {
      line: 3,
      field: 'role',
      column: 'Verv',
      value: 'Kaptein',
      messageKey: 'importing.problems.unknownRole',
      params: { role: 'Kaptein' },
    },
  ],
  problemCount: 1,
  duplicates: [],
  duplicateCount: 0,
  newGroupNames: ['Amnesty Tromsø'],
}

const uploadId = '6f1c1d52-7c1e-4f57-9a53-2d2d0c1d0b11'
const text = 'Navn;E-post\r\nKari;kari@example.org\r\n'

function bridge() {
  return fakeBridge({
    'import-begin': () => ok({ uploadId, chunkBytes: 8 }),
    'import-chunk': (input) => {
      const { offset, base64 } = input as { offset: number; base64: string }
      const done = offset + atob(base64).length === text.length
      return ok(done ? { uploadId, state: 'ready', file } : { uploadId, state: 'receiving', received: 0, size: 1 })
    },
    'import-preview': () => ok(preview),
    'import-commit': () => ok({ ...counts, fileName: file.fileName }),
  })
}

async function chooseFile() {
  const { container } = renderWithApp(<ImportPage />)
  const input = container.querySelector('input[type="file"]') as HTMLInputElement
  await userEvent.upload(input, new File([text], 'medlemmer.csv', { type: 'text/csv' }))
  await screen.findByText('medlemmer.csv: 2 rows')
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement

describe('ImportPage, mapping step', () => {
  it('sends the file in chunks that add up to its bytes, in order', async () => {
    const { calls } = bridge()
    await chooseFile()
    expect(calls[0]).toEqual({ method: 'import-begin', input: { fileName: 'medlemmer.csv', size: text.length } })
    const chunks = calls.filter((call) => call.method === 'import-chunk').map((call) => call.input as never)
    expect(chunks.map(({ offset }) => offset)).toEqual([0, 8, 16, 24, 32])
    expect(chunks.map(({ base64 }) => atob(base64)).join('')).toBe(text)
  })

  it('shows the guessed columns with their first values, and what is left out', async () => {
    bridge()
    await chooseFile()
    expect(screen.getByText('CSV, WINDOWS-1252, separated by “;”')).toBeInTheDocument()
    expect(select('Name').value).toBe('0')
    expect(select('Role in the group').value).toBe('5')
    expect(select('To (membership ended)').value).toBe('')
    expect(screen.getByText('Kari Nordmann · Ola Åsen')).toBeInTheDocument()
    expect(screen.getByText('Not imported: Merknad')).toBeInTheDocument()
  })

  it('requires the name column and refuses a column used twice before going on', async () => {
    bridge()
    await chooseFile()
    const next = screen.getByRole('button', { name: 'Check the rows' })
    await userEvent.selectOptions(select('Name'), '(not imported)')
    expect(screen.getByText('Choose the column with the names.')).toBeInTheDocument()
    expect(next).toBeDisabled()
    await userEvent.selectOptions(select('Name'), 'Navn')
    await userEvent.selectOptions(select('Town (of a new group)'), 'Gruppe')
    expect(screen.getByText('This column is already used for Group.')).toBeInTheDocument()
    expect(next).toBeDisabled()
    await userEvent.selectOptions(select('Town (of a new group)'), 'Sted')
    expect(next).toBeEnabled()
  })

  it('previews with the corrected mapping and shows each problem with its line, column, value and message', async () => {
    const { calls } = bridge()
    await chooseFile()
    await userEvent.selectOptions(select('To (membership ended)'), 'Merknad')
    await userEvent.click(screen.getByRole('button', { name: 'Check the rows' }))
    const table = await screen.findByRole('table', { name: 'Problems in the file' })
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      )
    expect(cells).toEqual([['3', 'Verv', 'Kaptein', '“Kaptein” is not a role in the catalogue.']])
    expect(calls.find((call) => call.method === 'import-preview')?.input).toMatchObject({
      uploadId,
      mapping: { ...file.guess, to: 7 },
      decisions: { all: null, rows: [] },
    })

    const importButton = screen.getByRole('button', { name: 'Import' })
    expect(importButton).toBeDisabled()
    await userEvent.click(screen.getByRole('checkbox', { name: 'Skip the 1 rows with problems and import the rest' }))
    await waitFor(() => expect(importButton).toBeEnabled())
    await userEvent.click(importButton)
    expect(await screen.findByText('Imported from medlemmer.csv')).toBeInTheDocument()
    expect(calls.find((call) => call.method === 'import-commit')?.input).toMatchObject({ skipInvalid: true })
  })
})
