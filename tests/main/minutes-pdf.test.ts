import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { renderMinutesPdf } from '../../main/pdf/minutes'
import type { MinutesData, MinutesOptions } from '../../main/pdf/minutes-data'
import { crowdedElection, diverseElection, longName, typicalElection } from '../bench/minutes-fixtures'

// Read back the way a person would: poppler's pdftotext and pdftoppm, on the real file.

const generatedAt = new Date(2026, 10, 21, 20, 5)
const nb: MinutesOptions = { language: 'nb', generatedAt }
let folder = ''
let fileCount = 0

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-minutes-'))
})
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

function writePdf(items: MinutesData[], options: MinutesOptions = nb) {
  const file = path.join(folder, `minutes-${++fileCount}.pdf`)
  const pdf = renderMinutesPdf(items, options)
  fs.writeFileSync(file, pdf)
  return { file, pdf }
}

function pdfText(file: string, ...args: string[]) {
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' })
}

/** Pages as pdftotext lays them out: it ends each page with a form feed. */
function pagesOf(file: string) {
  return pdfText(file, '-layout').split('\f').slice(0, -1)
}

function pageCount(file: string) {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1])
}

/** Whitespace and line-break hyphenation flattened, so wrapped text can be found whole. */
function flat(text: string) {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ')
}

type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

function wordsByPage(file: string): { height: number; words: Word[] }[] {
  const xhtml = pdfText(file, '-bbox')
  return xhtml
    .split('<page ')
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)?.[1]),
      words: [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map(([, xMin, yMin, xMax, yMax, text]) => ({
        text: text!,
        xMin: Number(xMin),
        yMin: Number(yMin),
        xMax: Number(xMax),
        yMax: Number(yMax),
      })),
    }))
}

/** Words drawn over each other: boxes sharing more than a sliver (poppler's boxes of adjacent lines touch). */
function overlaps(words: Word[]) {
  const found: string[] = []
  words.forEach((a, i) => {
    for (const b of words.slice(i + 1)) {
      const width = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const height = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      if (width > 1 && height > 1.5) found.push(`${a.text} / ${b.text}`)
    }
  })
  return found
}

describe('renderMinutesPdf', () => {
  test('prints the facts, every contest, round and signature, with names from any alphabet', () => {
    const { file, pdf } = writePdf([diverseElection()])
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = pdfText(file, '-layout')
    const words = flat(text)

    expect(text).toContain('Region Øst')
    expect(text).toContain('Valgprotokoll')
    expect(text).toContain('Amnesty Ås og Ørje – studentgruppe')
    expect(text).toContain('Sesong 2026')
    expect(text).toMatch(/Dato og tid\s+21\.11\.2026 kl\. 18:30/)
    expect(text).toMatch(/Møteform og sted\s+Hybrid \(fysisk og digitalt\) – Kulturhuset, Storgata 1/)
    expect(text).toMatch(/Stemmeberettigede til\s+17/)

    expect(text).toContain('1. Leder')
    expect(text).toContain('Bjørn Æsøy')
    expect(text).toContain('Анна Петрова')
    expect(text).toContain('Nguyễn Thị Mai (trakk seg)')
    expect(text).toContain('Zoë Łódź-Müller')
    expect(text).toContain('Hemmelig (spørreskjema, én stemme per person)')
    expect(text).toContain('Delvis åpen (stemmen sendes privat til leder og nestleder)')
    expect(text).toContain('Akklamasjon')
    expect(text).toContain('3. Styremedlemmer')
    expect(words).toContain('(2 plasser)')

    expect(text).toContain('Runde 1')
    expect(text).toContain('Runde 2')
    expect(text).toMatch(/Blanke\s+3\n/)
    expect(text).toMatch(/Ugyldige\s+2\n/)
    expect(text).toMatch(/Avgitte stemmer\s+21\n/)
    // A count nobody recorded prints a dash, not a zero.
    expect(text).toMatch(/Avgitte stemmer\s+–\n/)

    expect(words).toContain('Valgt: Bjørn Æsøy')
    expect(words).toContain(
      'Stemmelikhet mellom Bjørn Æsøy og Анна Петрова avgjort ved loddtrekning, trukket av Åse Ødegård. Vinner: Bjørn Æsøy.',
    )
    expect(words).toContain('Valgt ved akklamasjon: Zoë Łódź-Müller')
    expect(words).toContain('Resultat Ikke besatt')

    expect(text).toContain('Underskrifter')
    expect(text).toMatch(/Møteleder\s+Referent/)
    expect(text).toMatch(/Protokollunderskriver 1\s+Protokollunderskriver 2/)
    expect(text.match(/Sted og dato/g)).toHaveLength(4)
    expect(text).toMatch(/Åse Ødegård\s+Анна Петрова\n/)
    expect(text).toMatch(/Nguyễn Thị Mai\s+Zoë Łódź-Müller\n/)

    const pages = pagesOf(file)
    expect(pages.length).toBe(pageCount(file))
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`)
      expect(page).toContain('Laget 2026-11-21 20:05')
    })
  })

  test('writes the document in its own language', () => {
    const sv = pdfText(writePdf([diverseElection()], { language: 'sv', generatedAt }).file, '-layout')
    expect(sv).toContain('Valprotokoll')
    expect(sv).toMatch(/Datum och tid\s+2026-11-21 kl\. 18:30/)
    expect(sv).toContain('Nguyễn Thị Mai (drog sig tillbaka)')
    expect(sv).toContain('Sluten omröstning (enkät, en röst per person)')
    expect(sv).toContain('Omgång 2')
    expect(flat(sv)).toContain('lotten drogs av Åse Ødegård')
    expect(sv).toMatch(/Justerare 1\s+Justerare 2/)
    expect(sv).toContain('Ort och datum')
    expect(sv).toContain('Sida 1 av 2')
    expect(sv).toContain('Skapad 2026-11-21 20:05')

    const en = pdfText(writePdf([diverseElection()], { language: 'en', generatedAt }).file, '-layout')
    expect(en).toContain('Election minutes')
    expect(en).toMatch(/Date and time\s+21 November 2026 at 18:30/)
    expect(en).toContain('Open vote (show of hands or names in the chat)')
    expect(en).toContain('Elected by acclamation: Zoë Łódź-Müller')
    expect(flat(en)).toContain('Tie between Bjørn Æsøy and Анна Петрова settled by drawing lots, drawn by Åse Ødegård.')
    expect(en).toMatch(/Chair\s+Minute-taker/)
    expect(en).toContain('Page 1 of 2')

    const byElection = { ...typicalElection(1), kind: 'extra' as const }
    expect(pdfText(writePdf([byElection]).file)).toContain('Protokoll fra suppleringsvalg')
    expect(pdfText(writePdf([byElection], { language: 'sv', generatedAt }).file)).toContain(
      'Protokoll från fyllnadsval',
    )
    expect(pdfText(writePdf([byElection], { language: 'en', generatedAt }).file)).toContain('Minutes of by-election')
  })

  test('prints a dash for every fact nobody recorded', () => {
    const text = pdfText(writePdf([crowdedElection()]).file, '-layout')
    for (const label of ['Dato og tid', 'Møteform og sted', 'Møteleder', 'Referent']) {
      expect(text).toMatch(new RegExp(`${label}\\s+–\\n`))
    }
    expect(text).toContain('Ikke avgjort')
  })

  test('flows a contest of 30 candidates and three rounds over pages, with nothing drawn over anything', () => {
    const { file } = writePdf([crowdedElection()])
    const pages = pagesOf(file)
    expect(pages.length).toBeGreaterThan(1)
    const text = pages.join('\n')
    for (let i = 1; i <= 30; i++) {
      const name = new RegExp(`Kandidat ${String(i).padStart(2, '0')} \\S+ \\S+`, 'g')
      // Once in the candidate list and once per round (the last candidate is out after round 1).
      expect(text.match(name)).toHaveLength(i === 30 ? 2 : 4)
    }
    expect(text).toContain('Runde 3')
    pages.forEach((page, i) => expect(page).toContain(`Side ${i + 1} av ${pages.length}`))

    for (const { height, words } of wordsByPage(file)) {
      expect(overlaps(words)).toEqual([])
      // Only the footer sits below the bottom margin.
      const low = words.filter((word) => word.yMax > height - 64 + 0.5)
      expect(low.every((word) => word.yMin > height - 50)).toBe(true)
      expect(low.map((word) => word.text).join(' ')).toMatch(/^Laget 2026-11-21 20:05 Side \d av \d$/)
    }
  })

  test('wraps a long name and a long role within their columns and prints them whole', () => {
    const { file } = writePdf([diverseElection()])
    const text = flat(pdfText(file))
    expect(text).toContain(longName)
    expect(text).toContain(
      'Styremedlemmer med særskilt ansvar for kampanjer, skolebesøk og samarbeid med andre organisasjoner i regionen (2 plasser)',
    )
    const longest = longName.split(' ')[0]!
    for (const { words } of wordsByPage(file)) {
      expect(overlaps(words)).toEqual([])
      expect(words.every((word) => word.xMax <= 595.28 - 56 + 0.5)).toBe(true)
      if (words.some((word) => word.text === longest)) {
        // The name wraps: its first and last words are on different lines.
        const first = words.find((word) => word.text === longest)!
        const last = words.find((word) => word.text === 'gård' && word.yMin > first.yMin)
        expect(last).toBeDefined()
      }
    }
  })

  test('a season batch is one document: each group starts a page, has a bookmark and numbers its own pages', () => {
    const batch = [typicalElection(0), crowdedElection(), diverseElection()]
    const { file, pdf } = writePdf(batch)
    const raw = pdf.toString('latin1')
    expect(raw).toContain('/Outlines')
    expect(raw.match(/\/Title [(<]/g)).toHaveLength(3)
    expect(raw.match(/\/Dest \[/g)).toHaveLength(3)

    const pages = pagesOf(file)
    const starts = pages.flatMap((page, i) => (/^\s*Region \S+\s*\n\s*Valgprotokoll/.test(page) ? [i] : []))
    expect(starts).toHaveLength(3)
    expect(pages[starts[0]!]).toContain('Gruppe 1 Bergen sentrum')
    expect(pages[starts[1]!]).toContain('Storgruppa')
    expect(pages[starts[2]!]).toContain('Amnesty Ås og Ørje – studentgruppe')

    const numbers = pages.map((page) => /Side (\d+) av (\d+)/.exec(page)!.slice(1).map(Number))
    const ends = [...starts.slice(1), pages.length]
    starts.forEach((start, group) => {
      const count = ends[group]! - start
      expect(numbers.slice(start, ends[group])).toEqual(Array.from({ length: count }, (_, i) => [i + 1, count]))
    })
  })

  test('has no bookmarks for a single election', () => {
    const raw = writePdf([typicalElection(3)]).pdf.toString('latin1')
    expect(raw).not.toContain('/Outlines')
  })

  test('refuses an empty list', () => {
    expect(() => renderMinutesPdf([], nb)).toThrow(RangeError)
  })

  test('renders the first page to PNG for a person to look at', () => {
    const { file } = writePdf([diverseElection()])
    const out = path.resolve(import.meta.dirname, '../../test-results/minutes-pdf-page1')
    fs.mkdirSync(path.dirname(out), { recursive: true })
    fs.rmSync(`${out}.png`, { force: true })
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, out])
    expect(fs.existsSync(`${out}.png`)).toBe(true)
  })
})
