import { strToU8, zipSync } from 'fflate'
import type { ImportStatus } from '../../shared/api/import'
import { uploadSettled } from '../../main/import/staging'
import type { createHarness } from './harness'

type Harness = ReturnType<typeof createHarness>

/** CSV text: cells with the separator, quotes or line breaks are quoted. */
export function csvText(rows: readonly (readonly string[])[], separator = ';', newline = '\r\n') {
  const quote = (cell: string) => (/[";,\r\n\t]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)
  return rows.map((row) => row.map(quote).join(separator)).join(newline) + newline
}

export const utf8 = (text: string, bom = false) => {
  const bytes = new TextEncoder().encode(text)
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes
}

/** Sends a file the way the renderer does (begin, then base64 chunks) and waits until it is read. */
export async function upload(harness: Harness, bytes: Uint8Array, fileName = 'people.csv'): Promise<ImportStatus> {
  const { uploadId, chunkBytes } = harness.call('import-begin', { fileName, size: bytes.length })
  let status: ImportStatus | null = null
  for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
    const base64 = Buffer.from(bytes.subarray(offset, offset + chunkBytes)).toString('base64')
    status = harness.call('import-chunk', { uploadId, offset, base64 })
  }
  await uploadSettled(harness.ctx, uploadId)
  return status?.state === 'parsing' ? harness.call('import-status', { uploadId }) : status!
}

/** The file as read, or a test failure saying why it was not. */
export function ready(status: ImportStatus) {
  if (status.state !== 'ready') throw new Error(`upload not ready: ${JSON.stringify(status)}`)
  return { uploadId: status.uploadId, file: status.file }
}

type XlsxCell = string | number | Date | null

const escapeXml = (text: string) => text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`)
const columnName = (index: number) => String.fromCharCode(65 + index)
const excelDay = (date: Date) => date.getTime() / 86_400_000 + 25_569

/** A minimal workbook as Excel writes one: shared strings, and a date style (numFmt 14) for dates. */
export function xlsxBytes(rows: readonly (readonly XlsxCell[])[]): Uint8Array {
  const strings: string[] = []
  const cell = (value: XlsxCell, ref: string) => {
    if (value === null) return ''
    if (value instanceof Date) return `<c r="${ref}" s="1"><v>${excelDay(value)}</v></c>`
    if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`
    strings.push(value)
    return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`
  }
  const sheetRows = rows
    .map(
      (row, r) => `<row r="${r + 1}">${row.map((value, c) => cell(value, `${columnName(c)}${r + 1}`)).join('')}</row>`,
    )
    .join('')
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
  const type = (part: string, kind: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml"/>`
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        type('/xl/workbook.xml', 'sheet.main') +
        type('/xl/worksheets/sheet1.xml', 'worksheet') +
        type('/xl/styles.xml', 'styles') +
        type('/xl/sharedStrings.xml', 'sharedStrings') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Medlemmer" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(
      `${head}<styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `${head}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">` +
        strings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join('') +
        '</sst>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${head}<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  })
}
