/** How the bytes of an import file were read as text. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** What a file's first bytes say it is. */
export type FileKind = 'text' | 'zip' | 'oldExcel' | 'binary'

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; problem: 'notText' | 'encoding' }

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte)

/** XLSX is a zip archive; the old binary .xls is an OLE compound file; the rest are common binaries. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'oldExcel'
  const binaries = [
    [0x25, 0x50, 0x44, 0x46], // %PDF
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF
    [0x1f, 0x8b], // gzip
  ]
  return binaries.some((magic) => startsWith(bytes, magic)) ? 'binary' : 'text'
}

/** The 32 code points windows-1252 gives bytes 0x80–0x9F; 0 where the code page leaves a byte undefined. */
const c1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
]

/**
 * Windows-1252, as Excel's "CSV" (not "CSV UTF-8") is written on Nordic Windows. The WHATWG decoder
 * maps 0x80–0x9F to € ‘ ’ “ ” …, but Node before 23 decodes this label as ISO-8859-1 (0x80 → U+0080),
 * so that range is mapped here in either case. `undefinedBytes`: bytes the code page leaves
 * undefined are present, so the file is in some other encoding.
 */
function decodeWindows1252(bytes: Uint8Array): { text: string; undefinedBytes: boolean } {
  let undefinedBytes = false
  const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => {
    const mapped = c1[char.charCodeAt(0) - 0x80]!
    if (mapped === 0) undefinedBytes = true
    return String.fromCharCode(mapped || char.charCodeAt(0))
  })
  return { text, undefinedBytes }
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): string | null {
  try {
    // ignoreBOM: false (the default) drops a byte order mark from the text.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** UTF-16 without a byte order mark: in Latin text every other byte is zero. */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096)
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let index = 0; index < sample.length; index++)
    if (sample[index] === 0) {
      if (index % 2 === 0) evenZeros++
      else oddZeros++
    }
  const half = sample.length / 2
  if (oddZeros > half * 0.6 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.6 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

/**
 * Control characters other than tab, line feed, form feed and carriage return: a text file has
 * (almost) none, a binary file read as text is full of them. NUL never appears in text.
 */
function looksBinary(text: string): boolean {
  let controls = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0) return true
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) controls++
  }
  return controls > 8 && controls > text.length / 1000
}

/**
 * Reads an import file's bytes as text: UTF-8 with or without a byte order mark, UTF-16 (Excel's
 * "Unicode text"), or, when the bytes are not valid UTF-8, windows-1252. A file that says it is
 * UTF-8 (byte order mark) but is not, or uses bytes windows-1252 does not define, is refused
 * rather than shown garbled; so is a binary file, whatever its name.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const declared: [number[], 'utf-8' | 'utf-16le' | 'utf-16be'][] = [
    [[0xef, 0xbb, 0xbf], 'utf-8'],
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ]
  const bom = declared.find(([mark]) => startsWith(bytes, mark))?.[1] ?? utf16Without(bytes)
  if (bom) {
    const text = decodeStrict(bytes, bom)
    if (text === null)
      return { ok: false, problem: looksBinary(decodeWindows1252(bytes).text) ? 'notText' : 'encoding' }
    return looksBinary(text) ? { ok: false, problem: 'notText' } : { ok: true, text, encoding: bom }
  }
  const utf8 = decodeStrict(bytes, 'utf-8')
  if (utf8 !== null)
    return looksBinary(utf8) ? { ok: false, problem: 'notText' } : { ok: true, text: utf8, encoding: 'utf-8' }
  const legacy = decodeWindows1252(bytes)
  if (looksBinary(legacy.text)) return { ok: false, problem: 'notText' }
  if (legacy.undefinedBytes) return { ok: false, problem: 'encoding' }
  return { ok: true, text: legacy.text, encoding: 'windows-1252' }
}
