import { afterEach, describe, expect, it, vi } from 'vitest'
import { csvField, csvFileText, csvRows, downloadCsv, toCsv } from '../../renderer/src/api/csv'

describe('csvField', () => {
  it.each([
    ['plain', 'Bergen sentrum', 'Bergen sentrum'],
    ['Nordic letters untouched', 'Ærøy, Åsa & Øystein', '"Ærøy, Åsa & Øystein"'],
    ['separator quoted', 'a;b', '"a;b"'],
    ['comma quoted', 'a,b', '"a,b"'],
    ['quote doubled', 'say "hi"', '"say ""hi"""'],
    ['newline quoted', 'line 1\nline 2', '"line 1\nline 2"'],
    ['carriage return quoted', 'a\r\nb', '"a\r\nb"'],
    ['empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['integer', 1250, '1250'],
    ['decimal comma for Nordic Excel', 12.5, '"12,5"'],
    ['boolean', true, '1'],
    ['formula neutralised', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['at-sign neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['phone number kept', '+47 912 34 567', '+47 912 34 567'],
    ['negative number text kept', '-12', '-12'],
  ] as const)('%s', (_name, cell, expected) => {
    expect(csvField(cell)).toBe(expected)
  })
})

describe('toCsv', () => {
  it('joins fields with ; and records with CRLF', () => {
    expect(
      toCsv([
        ['Group', 'Note'],
        ['Oslo', 'two\nlines'],
        ['Tromsø', null],
      ]),
    ).toBe('Group;Note\r\nOslo;"two\nlines"\r\nTromsø;')
  })

  it('builds a header row and one row per item from columns', () => {
    const rows = csvRows(
      [
        { header: 'Name', value: (item: { name: string; amount: number | null }) => item.name },
        { header: 'Amount', value: (item) => item.amount },
      ],
      [
        { name: 'Box 1', amount: 100 },
        { name: 'Box 2', amount: null },
      ],
    )
    expect(toCsv(rows)).toBe('Name;Amount\r\nBox 1;100\r\nBox 2;')
  })
})

describe('downloadCsv', () => {
  afterEach(() => vi.restoreAllMocks())

  it('starts with a UTF-8 byte order mark so Excel shows æøå', () => {
    const bytes = new TextEncoder().encode(csvFileText([['æøå']]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('æøå\r\n')
  })

  it('downloads through a link with the file name', () => {
    const created: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:csv'
    })
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    downloadCsv('boxes', [['a']])
    expect(click).toHaveBeenCalledOnce()
    const link = click.mock.contexts[0] as HTMLAnchorElement
    expect(link.download).toBe('boxes.csv')
    expect(link.href).toBe('blob:csv')
    expect(created[0]!.type).toBe('text/csv;charset=utf-8')
    expect(document.querySelector('a[download]')).toBeNull()
  })
})
