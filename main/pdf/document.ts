/**
 * Takes what pdfkit has pushed so far. read() joins the buffered pieces into one copy, which also lets
 * go of zlib's mostly empty 16 KiB output blocks that each compressed page stream would otherwise pin.
 */
export function drain(doc: PDFKit.PDFDocument, output: Buffer[]) {
  for (let chunk: Buffer | null = doc.read(); chunk !== null; chunk = doc.read()) output.push(chunk)
}

/**
 * Ends the document and returns its bytes. pdfkit writes and compresses synchronously, so the whole
 * file is buffered when end() returns; checked, in case a future pdfkit stops doing so.
 */
export function finish(doc: PDFKit.PDFDocument, output: Buffer[] = []): Buffer {
  doc.end()
  drain(doc, output)
  const pdf = Buffer.concat(output)
  if (pdf.subarray(-6).toString('latin1') !== '%%EOF\n')
    throw new Error('pdfkit did not finish the document synchronously')
  return pdf
}

/** Pages of a finished PDF, as the file says (for the user's "N pages" message). */
export const countPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
