import type { MinutesLabels } from './labels'
import { drawLine, rule, styles } from './layout'

type Doc = PDFKit.PDFDocument

/**
 * Writes "Page N of M" and the generation stamp on pages first..last (absolute indexes), numbered
 * from 1 within that range: in a batch each group's minutes count their own pages. The count is only
 * known once the election is drawn, hence a pass over the buffered pages afterwards.
 */
export function drawFooters(doc: Doc, first: number, last: number, labels: MinutesLabels, stamp: string) {
  const count = last - first + 1
  for (let index = first; index <= last; index++) {
    doc.switchToPage(index)
    const { margins, width, height } = doc.page
    // Below the bottom margin: drawLine never wraps, so pdfkit does not start a new page for it.
    const y = height - margins.bottom + 22
    rule(doc, margins.left, width - margins.right, y - 6)
    drawLine(doc, labels.generated(stamp), styles.footer, margins.left, y, 'left')
    drawLine(doc, labels.page(index - first + 1, count), styles.footer, width - margins.right, y, 'right')
  }
}
