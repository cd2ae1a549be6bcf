import type { MinutesLabels } from './labels'
import { colors, contentWidth, draw, ensureSpace, gap, left, measure, rule, styles } from './layout'
import type { MinutesData } from './minutes-data'
import { clean } from './minutes-text'

type Doc = PDFKit.PDFDocument
type Signer = { role: string; name: string | null }

const gutter = 28
const rowGap = 10
/** Room above each line to write by hand. */
const writingSpace = 26

/** Chair, minute-taker and the two approvers, two to a row, each with a place-and-date line and a signature line. */
export function drawSignatures(doc: Doc, data: MinutesData, labels: MinutesLabels) {
  const signers: Signer[] = [
    { role: labels.signers.chair, name: data.chair },
    { role: labels.signers.minuteTaker, name: data.minuteTaker },
    { role: labels.signers.approver1, name: data.approvers[0] },
    { role: labels.signers.approver2, name: data.approvers[1] },
  ]
  const width = contentWidth(doc)
  const cellWidth = (width - gutter) / 2
  const cellHeight = (signer: Signer) => {
    const name = clean(signer.name)
    return (
      measure(doc, signer.role, styles.label, cellWidth) +
      2 * (writingSpace + 2) +
      measure(doc, labels.placeAndDate, styles.caption, cellWidth) +
      (name ? measure(doc, name, styles.body, cellWidth) : 0) +
      6
    )
  }
  const rows = [signers.slice(0, 2), signers.slice(2, 4)]
  const rowHeight = (row: Signer[]) => Math.max(...row.map(cellHeight))

  gap(doc, 14)
  const headingHeight = measure(doc, labels.signatures, styles.heading, width) + 8
  // The four signatures stay together on one page.
  ensureSpace(doc, headingHeight + rows.reduce((total, row) => total + rowHeight(row) + rowGap, 0))
  const y = doc.y
  draw(doc, labels.signatures, styles.heading, left(doc), y, width)
  doc.y = y + headingHeight
  for (const row of rows) {
    const height = rowHeight(row)
    ensureSpace(doc, height)
    const top = doc.y
    row.forEach((signer, i) => drawSigner(doc, signer, labels, left(doc) + i * (cellWidth + gutter), top, cellWidth))
    doc.y = top + height + rowGap
  }
}

/** A missing name leaves the space under the signature line empty, for the signer to print by hand. */
function drawSigner(doc: Doc, signer: Signer, labels: MinutesLabels, x: number, top: number, width: number) {
  let y = top + draw(doc, signer.role, styles.label, x, top, width) + writingSpace
  rule(doc, x, x + width, y, colors.text)
  y += 2 + draw(doc, labels.placeAndDate, styles.caption, x, y + 2, width) + writingSpace
  rule(doc, x, x + width, y, colors.text)
  const name = clean(signer.name)
  if (name) draw(doc, name, styles.body, x, y + 2, width)
}
