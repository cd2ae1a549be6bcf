import { describe, expect, it } from 'vitest'
import { decodeText, sniffKind } from '../../shared/import/encoding'

const text = 'Navn;Sted\nÅse Ødegård;Tromsø\nBjörn;Malmö – “sør” €5\n'
const utf8 = new TextEncoder().encode(text)
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
/** The windows-1252 bytes of `text` (its characters are all in that code page). */
const cp1252: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80 }
const windows1252 = Uint8Array.from([...text].map((char) => cp1252[char] ?? char.charCodeAt(0)))
const utf16 = (bigEndian: boolean, bom: boolean) => {
  const units = [...(bom ? [0xfeff] : []), ...[...text].map((char) => char.charCodeAt(0))]
  return Uint8Array.from(units.flatMap((unit) => (bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8])))
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with a byte order mark (dropped)', withBom(utf8), 'utf-8'],
    ['windows-1252, € and curly quotes included', windows1252, 'windows-1252'],
    ['UTF-16 LE with a byte order mark', utf16(false, true), 'utf-16le'],
    ['UTF-16 BE with a byte order mark', utf16(true, true), 'utf-16be'],
    ['UTF-16 LE without one', utf16(false, false), 'utf-16le'],
  ])('reads %s', (_label, bytes, encoding) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding })
  })

  it.each([
    ['UTF-8 by its byte order mark, windows-1252 inside', withBom(windows1252), 'encoding'],
    ['bytes windows-1252 does not define (0x81, 0x8D)', new Uint8Array([0x41, 0x81, 0x42, 0x8d, 0x0a]), 'encoding'],
    ['a NUL byte', new Uint8Array([0x41, 0x00, 0x42, 0x43, 0x44, 0x45]), 'notText'],
    [
      'many control characters',
      Uint8Array.from({ length: 2000 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41)),
      'notText',
    ],
  ])('refuses %s', (_label, bytes, problem) => {
    expect(decodeText(bytes)).toEqual({ ok: false, problem })
  })

  it('keeps tabs, form feeds and both line endings', () => {
    expect(decodeText(new TextEncoder().encode('a\tb\r\nc\fd\n'))).toMatchObject({ ok: true, text: 'a\tb\r\nc\fd\n' })
  })
})

describe('sniffKind', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'zip'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'oldExcel'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d], 'binary'],
    [[0x89, 0x50, 0x4e, 0x47], 'binary'],
    [[0x4e, 0x61, 0x76, 0x6e], 'text'],
    [[], 'text'],
  ])('%j is %s', (bytes, kind) => {
    expect(sniffKind(new Uint8Array(bytes))).toBe(kind)
  })
})
