import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/node'
import type { FileProblem } from '../../shared/api/import'
import { decodeText, sniffKind, type TextEncoding } from '../../shared/import/encoding'
import { importLimits } from '../../shared/import/limits'

/** An import file read into cells: the header row, then the data rows with their line numbers. */
export type ImportTable = {
  format: 'csv' | 'xlsx'
  encoding: TextEncoding | null
  delimiter: string | null
  headers: string[]
  rows: string[][]
  /** The spreadsheet row (CSV: the text line) each data row starts on; the header's is 1 or more. */
  lines: number[]
}

export type ParseOutcome = { ok: true; table: ImportTable } | { ok: false; problem: FileProblem }

const refuse = (messageKey: string, params: Record<string, string | number> = {}): ParseOutcome => ({
  ok: false,
  problem: { messageKey, params },
})

/** The first non-empty record is the header; empty records are dropped but keep their numbers. */
function toTable(
  records: readonly string[][],
  lineOf: (index: number) => number,
  source: Pick<ImportTable, 'format' | 'encoding' | 'delimiter'>,
): ParseOutcome {
  // A row of only separators (";;") is empty too; when every row is, no delimiter could be guessed.
  const blank = (record: readonly string[]) =>
    record.every((cell) => cell.trim() === '') || (record.length === 1 && /^[\s,;\t|]*$/.test(record[0]!))
  const headerIndex = records.findIndex((record) => !blank(record))
  if (headerIndex < 0) return refuse('importing.file.empty')
  const headers = records[headerIndex]!.map((cell) => cell.trim())
  if (headers.length > importLimits.maxColumns)
    return refuse('importing.file.tooManyColumns', { max: importLimits.maxColumns })
  const rows: string[][] = []
  const lines: number[] = []
  for (let index = headerIndex + 1; index < records.length; index++) {
    const record = records[index]!
    if (blank(record)) continue
    if (rows.length === importLimits.maxRows) return refuse('importing.file.tooManyRows', { max: importLimits.maxRows })
    rows.push(record)
    lines.push(lineOf(index))
  }
  if (rows.length === 0) return refuse('importing.file.noRows')
  return { ok: true, table: { ...source, headers, rows, lines } }
}

const delimitersToGuess = [',', ';', '\t', '|']

/**
 * CSV (or tab-separated text) in any of the encodings `decodeText` reads. The delimiter is
 * papaparse's guess from the first rows with empty lines left out (its guess counts an empty line
 * as a row of one field, which defeats it on short files); then the whole text is parsed keeping
 * empty lines, so that every row knows its line in the file.
 */
export function parseCsv(bytes: Uint8Array): ParseOutcome {
  if (bytes.length === 0) return refuse('importing.file.empty')
  const kind = sniffKind(bytes)
  if (kind === 'oldExcel') return refuse('importing.file.oldExcel')
  if (kind === 'zip' || kind === 'binary') return refuse('importing.file.notText')
  const decoded = decodeText(bytes)
  if (!decoded.ok) return refuse(decoded.problem === 'notText' ? 'importing.file.notText' : 'importing.file.encoding')
  const guess = Papa.parse<string[]>(decoded.text.slice(0, 64 * 1024), {
    preview: 10,
    skipEmptyLines: 'greedy',
    delimitersToGuess,
  })
  const delimiter = guess.meta.delimiter || ','
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false })
  // A field's own line breaks move every later record down in the file.
  const lines: number[] = []
  let extra = 0
  for (let index = 0; index < parsed.data.length; index++) {
    lines.push(index + 1 + extra)
    for (const cell of parsed.data[index]!) if (cell.includes('\n')) extra += cell.split('\n').length - 1
  }
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes')
  if (unclosed) return refuse('importing.file.quotes', { line: lines[unclosed.row ?? 0] ?? 1 })
  return toTable(parsed.data, (index) => lines[index]!, { format: 'csv', encoding: decoded.encoding, delimiter })
}

const cellText = (cell: unknown): string => {
  if (cell === null || cell === undefined) return ''
  // Excel keeps dates as day numbers; read-excel-file turns date-formatted cells into UTC midnights.
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  return String(cell)
}

/**
 * The first sheet of an XLSX workbook. Numbers are kept as the text the sheet holds (a phone number
 * stays 4791234567, not 4.79e9); date cells become ISO dates. Asynchronous: read-excel-file has no
 * synchronous entry point.
 */
export async function parseXlsx(bytes: Uint8Array): Promise<ParseOutcome> {
  if (sniffKind(bytes) !== 'zip') return refuse(bytes.length === 0 ? 'importing.file.empty' : 'importing.file.notXlsx')
  let data: unknown[][]
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      parseNumber: (text: string) => text,
    })) as unknown[][]
  } catch {
    return refuse('importing.file.notXlsx')
  }
  const records = data.map((row) => row.map(cellText))
  return toTable(records, (index) => index + 1, { format: 'xlsx', encoding: null, delimiter: null })
}
