import { describe, expect, it } from 'vitest'
import { createHarness } from './harness'
import { csvText, ready, upload, utf8, xlsxBytes } from './importFiles'

const people = [
  ['Navn', 'E-post', 'Gruppe', 'Fra'],
  ['Åse Ødegård', 'ase@example.org', 'Amnesty Tromsø', '01.09.2025'],
  ['Björn Ärlig', 'bjorn@example.se', 'Amnesty Malmö', '2025-09-01'],
]

/** Windows-1252 bytes of Latin-1-range text (what Excel's plain "CSV" writes on Nordic Windows). */
const windows1252 = (text: string) =>
  Uint8Array.from([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))))
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let index = 0; index < text.length; index++) {
    bytes[2 + index * 2] = text.charCodeAt(index) & 0xff
    bytes[3 + index * 2] = text.charCodeAt(index) >> 8
  }
  return bytes
}

async function read(bytes: Uint8Array, fileName = 'members.csv') {
  const harness = createHarness('2026-03-15')
  return { harness, ...ready(await upload(harness, bytes, fileName)) }
}

describe('reading CSV', () => {
  it.each([
    ['UTF-8 with a byte order mark, semicolons', utf8(csvText(people, ';'), true), 'utf-8', ';'],
    ['UTF-8 without, commas', utf8(csvText(people, ',', '\n')), 'utf-8', ','],
    ['windows-1252 from Excel', windows1252(csvText(people, ';')), 'windows-1252', ';'],
    ['UTF-16 with tabs (Excel “Unicode text”)', utf16le(csvText(people, '\t')), 'utf-16le', '\t'],
  ])('reads %s with its letters intact', async (_label, bytes, encoding, delimiter) => {
    const { file } = await read(bytes)
    expect(file).toMatchObject({ format: 'csv', encoding, delimiter, headers: people[0], rowCount: 2 })
    expect(file.sample).toEqual(people.slice(1))
    expect(file.guess).toMatchObject({ name: 0, email: 1, group: 2, from: 3 })
  })

  it('keeps each row’s line in the file across empty lines and line breaks inside quotes', async () => {
    const text = 'Navn;Merknad\r\n\r\nKari;"to\r\nlinjer"\r\n;\r\n"Ola ""O"" Åsen";x\r\nbad@;y\r\n'
    const { harness, uploadId, file } = await read(utf8(text))
    expect(file.rowCount).toBe(3)
    expect(file.sample[1]).toEqual(['Ola "O" Åsen', 'x'])
    const mapping = { ...file.guess, email: 1 }
    const preview = harness.call('import-preview', { uploadId, mapping, decisions: { all: null, rows: [] } })
    expect(preview.problems.map((problem) => [problem.line, problem.value])).toEqual([
      [3, 'to\r\nlinjer'],
      [6, 'x'],
      [7, 'y'],
    ])
  })
})

describe('reading XLSX', () => {
  it('reads the first sheet: text, numbers as written, and date cells as dates', async () => {
    const bytes = xlsxBytes([
      ['Namn', 'E-post', 'Mobil', 'Grupp', 'Ort', 'Roll', 'Från'],
      ['Åsa Lind', 'asa@example.se', 46701234567, 'Amnesty Malmö', 'Malmö', 'Kassör', new Date('2025-09-01T00:00:00Z')],
      [null, null, null, null, null, null, null],
      ['Nils Berg', null, '070-123 45 67', 'Amnesty Malmö', null, null, '2025-10-01'],
    ])
    const { harness, uploadId, file } = await read(bytes, 'medlemmar.xlsx')
    expect(file).toMatchObject({ format: 'xlsx', encoding: null, rowCount: 2 })
    expect(file.guess).toMatchObject({ name: 0, email: 1, phone: 2, group: 3, town: 4, role: 5, from: 6 })
    expect(file.sample[0]).toEqual([
      'Åsa Lind',
      'asa@example.se',
      '46701234567',
      'Amnesty Malmö',
      'Malmö',
      'Kassör',
      '2025-09-01',
    ])
    const summary = harness.call('import-commit', { uploadId, mapping: file.guess, decisions: { all: null, rows: [] } })
    expect(summary).toMatchObject({ newPeople: 2, newGroups: 1, memberships: 2, roleTerms: 1 })
    const asa = harness.call('person-list', { query: 'Åsa' }).rows[0]!
    expect(asa.phone).toBe('46701234567')
    expect(harness.call('role-term-list', { personId: asa.id })).toMatchObject([{ from: '2025-09-01' }])
  })
})
