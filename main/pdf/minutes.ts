import PDFDocument from 'pdfkit'
import { drain, finish } from './document'
import { drawFooters } from './footer'
import { registerFonts } from './fonts'
import { minutesLabels } from './labels'
import { pageSetup } from './layout'
import type { MinutesData, MinutesOptions } from './minutes-data'
import { drawElection, titleOf } from './minutes-election'
import { generatedStamp, orDash } from './minutes-text'

/**
 * One PDF with the minutes of one or many elections (a season batch: one per group), each starting
 * on a new page with its own page numbers, and a bookmark per group when there is more than one.
 * Synchronous: pdfkit writes into its stream and compresses synchronously, so the whole file is
 * buffered by the time end() returns (checked below, in case a future pdfkit stops doing so).
 */
export function renderMinutesPdf(items: MinutesData[], options: MinutesOptions): Buffer {
  const first = items[0]
  if (!first) throw new RangeError('renderMinutesPdf needs at least one election')
  const labels = minutesLabels[options.language]
  const doc = new PDFDocument({
    ...pageSetup,
    autoFirstPage: false,
    // Pages stay in memory until each election's footers know its page count; flushed per election.
    bufferPages: true,
    lang: labels.locale,
    displayTitle: true,
    info: {
      Title: items.length === 1 ? `${titleOf(first, labels)} – ${orDash(first.groupName)}` : labels.batchTitle,
      Creator: 'Region Desk',
      CreationDate: options.generatedAt,
    },
  })
  registerFonts(doc)
  const stamp = generatedStamp(options.generatedAt)
  const output: Buffer[] = []

  for (const data of items) {
    doc.addPage()
    const { start, count } = doc.bufferedPageRange()
    const firstPage = start + count - 1
    if (items.length > 1) doc.outline.addItem(orDash(data.groupName))
    drawElection(doc, data, labels)
    const range = doc.bufferedPageRange()
    drawFooters(doc, firstPage, range.start + range.count - 1, labels, stamp)
    // Written out and drained now, so a batch does not hold every page's drawing in memory: a batch of
    // 1,000 groups raised peak RSS by about 700 MB without the flush, 116 MB without the drain, 50 MB now.
    doc.flushPages()
    drain(doc, output)
  }
  return finish(doc, output)
}
