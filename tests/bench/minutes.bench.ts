import PDFDocument from 'pdfkit'
import { registerFonts, fontNames } from '../../main/pdf/fonts'
import { minutesLabels } from '../../main/pdf/labels'
import { renderMinutesPdf } from '../../main/pdf/minutes'
import type { MinutesData, MinutesOptions } from '../../main/pdf/minutes-data'
import {
  candidateLine,
  contestHeading,
  countText,
  lotText,
  meetingWhen,
  meetingWhere,
  orDash,
  outcomeText,
} from '../../main/pdf/minutes-text'
import { typicalElection } from './minutes-fixtures'
import { measureAgainst, ratioRow, time, type BenchRow } from './measure'

/**
 * The minutes PDF's cost, measured against what pdfkit itself needs for the same text. Not a timed
 * test: `runMinutesBench()` returns the rows and the caller prints or records them.
 */
const options: MinutesOptions = { language: 'nb', generatedAt: new Date(2026, 2, 12, 21, 0) }
const warmUps = 5
const runs = 30
const batchSize = 1000
const rssGoalMb = 512

export async function runMinutesBench(): Promise<BenchRow[]> {
  // The batch runs first, while the heap holds no garbage from the timed runs, so the peak it adds is its own.
  const batch = Array.from({ length: batchSize }, (_, i) => typicalElection(i))
  const collectGarbage = (globalThis as { gc?: () => void }).gc
  collectGarbage?.()
  const rssBefore = process.memoryUsage().rss
  let bytes = 0
  const batchMs = time(() => {
    bytes = renderMinutesPdf(batch, options).length
  })
  // maxRSS is the peak over the process's life, in kilobytes; anything above the level just before is the batch's.
  const rssIncreaseMb = Math.max(0, process.resourceUsage().maxRSS * 1024 - rssBefore) / 2 ** 20

  const election = typicalElection(0)
  const floorTexts = plainTexts(election)
  const minutesPdf = () => renderMinutesPdf([election], options)
  const floorPdf = () => barePdf(floorTexts)
  const timing = await measureAgainst(minutesPdf, floorPdf, { warmUps, runs })

  return [
    ratioRow(
      'minutes PDF: one typical election vs bare pdfkit with the same fonts and text',
      timing,
      2,
      `${timing.medianMs.toFixed(1)} ms vs ${timing.floorMs.toFixed(1)} ms (median of ${runs})`,
    ),
    {
      figure: `minutes PDF: season batch of ${batchSize} groups in one document`,
      medianMs: batchMs,
      floorMs: null,
      ratio: null,
      goal: '< 10000 ms',
      pass: batchMs < 10_000,
      detail: `${Math.round(batchMs)} ms, ${(bytes / 2 ** 20).toFixed(1)} MB of PDF`,
    },
    {
      figure: `minutes PDF: peak RSS increase during the ${batchSize}-group batch`,
      medianMs: null,
      floorMs: null,
      ratio: null,
      goal: `< ${rssGoalMb} MB`,
      pass: rssIncreaseMb < rssGoalMb,
      detail: `${rssIncreaseMb.toFixed(0)} MB above ${(rssBefore / 2 ** 20).toFixed(0)} MB`,
    },
  ]
}

/** Every string the minutes print, headings first in each pair; the floor writes them as plain paragraphs. */
function plainTexts(data: MinutesData): { text: string; bold: boolean }[] {
  const labels = minutesLabels[options.language]
  const texts: { text: string; bold: boolean }[] = []
  const add = (bold: boolean, ...values: string[]) => values.forEach((text) => texts.push({ text, bold }))
  add(false, orDash(data.regionName))
  add(true, labels.title, orDash(data.groupName))
  add(false, labels.season(data.season))
  add(true, labels.facts.when, labels.facts.where, labels.facts.chair, labels.facts.minuteTaker)
  add(true, labels.facts.votersPresent)
  add(false, meetingWhen(data, labels), meetingWhere(data, labels), orDash(data.chair), orDash(data.minuteTaker))
  add(false, countText(data.votersPresent))
  data.contests.forEach((contest, index) => {
    add(true, contestHeading(contest, index, labels), labels.candidates, labels.method)
    add(false, ...contest.candidates.map((candidate) => candidateLine(candidate, labels)))
    add(false, labels.methods[contest.method])
    for (const round of contest.rounds) {
      add(true, labels.round(round.number), labels.candidate, labels.votes, labels.ballotsCast)
      for (const vote of round.votes) add(false, vote.name, String(vote.votes))
      add(false, labels.blank, String(round.blank), labels.invalid, String(round.invalid))
      add(true, countText(round.ballotsCast))
    }
    add(true, labels.result, outcomeText(contest.outcome, labels))
    if (contest.outcome.kind === 'elected' && contest.outcome.settlement) {
      add(false, lotText(contest.outcome.settlement, labels))
    }
  })
  const signers = [labels.signers.chair, labels.signers.minuteTaker, labels.signers.approver1, labels.signers.approver2]
  add(true, labels.signatures, ...signers)
  add(false, ...signers.map(() => labels.placeAndDate))
  add(false, orDash(data.chair), orDash(data.minuteTaker), orDash(data.approvers[0]), orDash(data.approvers[1]))
  add(false, labels.generated('2026-03-12 21:00'), labels.page(1, 2), labels.generated('2026-03-12 21:00'))
  add(false, labels.page(2, 2))
  return texts
}

/** The floor: pdfkit with the same fonts writing the same strings one after another, nothing laid out. */
function barePdf(texts: { text: string; bold: boolean }[]): Buffer {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 64, left: 56, right: 56 } })
  registerFonts(doc)
  doc.fontSize(10)
  for (const { text, bold } of texts) doc.font(bold ? fontNames.bold : fontNames.regular).text(text)
  doc.end()
  const chunks: Buffer[] = []
  for (let chunk: Buffer | null = doc.read(); chunk !== null; chunk = doc.read()) chunks.push(chunk)
  return Buffer.concat(chunks)
}
