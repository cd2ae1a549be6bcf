import { downloadBlob } from './files'
/** One cell: text as is, numbers with a decimal comma, empty for null/undefined, booleans as 1/0. */
export type CsvCell = string | number | boolean | null | undefined
export type CsvRow = readonly CsvCell[]

/** A column of an exported list: the header the user reads and how to get the cell from a row. */
export type CsvColumn<T> = { header: string; value: (item: T) => CsvCell }

/** Nordic Excel splits on `;`, since `,` is its decimal separator. */
export const csvSeparator = ';'

const needsQuotes = /[";,\r\n]/
// Excel runs a cell that starts with these as a formula (CSV injection); a leading apostrophe makes
// it text. Plain signed numbers and phone numbers (+47 912 34 567) are left alone.
const formulaStart = /^[=+\-@\t\r]/
const harmlessSigned = /^[+-][\d\s().,-]*$/

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'boolean') return cell ? '1' : '0'
  let text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell
  if (typeof cell === 'string' && formulaStart.test(text) && !harmlessSigned.test(text)) text = `'${text}`
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** RFC 4180 text (CRLF between records) with `;` between fields. */
export function toCsv(rows: readonly CsvRow[]): string {
  return rows.map((row) => row.map(csvField).join(csvSeparator)).join('\r\n')
}

/** Header row, then one row per item. */
export function csvRows<T>(columns: readonly CsvColumn<T>[], items: readonly T[]): CsvRow[] {
  return [columns.map((column) => column.header), ...items.map((item) => columns.map((column) => column.value(item)))]
}

/** The file's text: a byte order mark first, without which Excel reads UTF-8 as a legacy code page (Ã¦ for æ). */
export const csvFileText = (rows: readonly CsvRow[]) => `\uFEFF${toCsv(rows)}\r\n`

export const csvBlob = (rows: readonly CsvRow[]) => new Blob([csvFileText(rows)], { type: 'text/csv;charset=utf-8' })

/** Saves through the browser's own download (Electron shows its save dialog); nothing else is written. */
export function downloadCsv(fileName: string, rows: readonly CsvRow[]) {
  downloadBlob(fileName.endsWith('.csv') ? fileName : `${fileName}.csv`, csvBlob(rows))
}
