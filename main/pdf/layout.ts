import { fontNames } from './fonts'

type Doc = PDFKit.PDFDocument

/** A4 with room at the bottom for the footer, which is drawn below the bottom margin. */
export const pageSetup = {
  size: 'A4',
  margins: { top: 56, bottom: 64, left: 56, right: 56 },
} as const

export const colors = { text: '#000000', muted: '#555555', rule: '#9a9a9a' } as const

export type TextStyle = { font: keyof typeof fontNames; size: number; color: string; lineGap: number }

export const styles = {
  region: { font: 'regular', size: 9, color: colors.muted, lineGap: 1 },
  title: { font: 'bold', size: 18, color: colors.text, lineGap: 2 },
  group: { font: 'bold', size: 14, color: colors.text, lineGap: 2 },
  heading: { font: 'bold', size: 12, color: colors.text, lineGap: 2 },
  subheading: { font: 'bold', size: 10, color: colors.text, lineGap: 1.5 },
  body: { font: 'regular', size: 10, color: colors.text, lineGap: 1.5 },
  label: { font: 'bold', size: 10, color: colors.text, lineGap: 1.5 },
  cell: { font: 'regular', size: 9.5, color: colors.text, lineGap: 1 },
  cellBold: { font: 'bold', size: 9.5, color: colors.text, lineGap: 1 },
  caption: { font: 'regular', size: 8, color: colors.muted, lineGap: 1 },
  footer: { font: 'regular', size: 8, color: colors.muted, lineGap: 0 },
} as const satisfies Record<string, TextStyle>

export function left(doc: Doc) {
  return doc.page.margins.left
}

export function contentWidth(doc: Doc) {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right
}

function bottom(doc: Doc) {
  return doc.page.height - doc.page.margins.bottom
}

function useStyle(doc: Doc, style: TextStyle) {
  doc.font(fontNames[style.font]).fontSize(style.size).fillColor(style.color)
}

export function measure(doc: Doc, text: string, style: TextStyle, width: number) {
  useStyle(doc, style)
  return doc.heightOfString(text, { width, lineGap: style.lineGap })
}

/**
 * Starts a new page when `height` does not fit below the cursor. Every block is measured and placed
 * with this before it is drawn, so nothing is split by pdfkit's own overflow or drawn over the footer.
 * A block taller than a whole page is left to flow (there is nothing better to do with it).
 */
export function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc) || doc.y <= doc.page.margins.top) return false
  doc.addPage()
  return true
}

/** Draws wrapped text at (x, y) and returns the height it took. */
export function draw(doc: Doc, text: string, style: TextStyle, x: number, y: number, width: number) {
  useStyle(doc, style)
  doc.text(text, x, y, { width, lineGap: style.lineGap })
  return doc.y - y
}

/** One line, never wrapped nor moved to a new page: footers and numbers in table cells. */
export function drawLine(doc: Doc, text: string, style: TextStyle, x: number, y: number, align: 'left' | 'right') {
  useStyle(doc, style)
  const start = align === 'right' ? x - doc.widthOfString(text) : x
  doc.text(text, start, y, { lineBreak: false })
}

/** A paragraph across the content width at the cursor, kept whole on one page. */
export function paragraph(doc: Doc, text: string, style: TextStyle, spaceAfter = 4) {
  const width = contentWidth(doc)
  ensureSpace(doc, measure(doc, text, style, width))
  const y = doc.y
  doc.y = y + draw(doc, text, style, left(doc), y, width) + spaceAfter
}

export function rule(doc: Doc, x1: number, x2: number, y: number, color: string = colors.rule, width = 0.5) {
  doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore()
}

export function gap(doc: Doc, points: number) {
  doc.y += points
}

/** Width of the label column in label/value rows; round tables start under the values. */
export const keyWidth = 150
const keyGap = 10

export function keyValueHeight(doc: Doc, key: string, value: string, valueStyle: TextStyle = styles.body) {
  const keyHeight = key ? measure(doc, key, styles.label, keyWidth - keyGap) : 0
  return Math.max(keyHeight, measure(doc, value, valueStyle, contentWidth(doc) - keyWidth))
}

/** A label/value row (an empty label continues the row above), kept whole on one page. */
export function keyValue(doc: Doc, key: string, value: string, valueStyle: TextStyle = styles.body) {
  const height = keyValueHeight(doc, key, value, valueStyle)
  ensureSpace(doc, height)
  const x = left(doc)
  const y = doc.y
  if (key) draw(doc, key, styles.label, x, y, keyWidth - keyGap)
  draw(doc, value, valueStyle, x + keyWidth, y, contentWidth(doc) - keyWidth)
  doc.y = y + height + 3
}
