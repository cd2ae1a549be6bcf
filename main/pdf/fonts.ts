import fs from 'node:fs'
import { createRequire } from 'node:module'

export const fontNames = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const

// Found through Node's module lookup, not a path relative to this file: the same call works from the
// sources under vitest and from electron-vite's bundle in out/main, where node_modules stays external.
const resolveModule = createRequire(import.meta.url)

let bytes: { regular: Buffer; bold: Buffer } | null = null

/** DejaVu Sans covers Nordic, Polish, Cyrillic and Vietnamese names; read from disk once per process. */
function fontBytes() {
  bytes ??= {
    regular: fs.readFileSync(resolveModule.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: fs.readFileSync(resolveModule.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  }
  return bytes
}

/** Every document parses and subsets the fonts itself; only the file bytes are shared. */
export function registerFonts(doc: PDFKit.PDFDocument) {
  const { regular, bold } = fontBytes()
  doc.registerFont(fontNames.regular, regular)
  doc.registerFont(fontNames.bold, bold)
}
