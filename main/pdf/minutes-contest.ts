import type { MinutesLabels } from './labels'
import {
  colors,
  contentWidth,
  draw,
  drawLine,
  ensureSpace,
  gap,
  keyValue,
  keyValueHeight,
  keyWidth,
  left,
  measure,
  rule,
  styles,
} from './layout'
import type { MinutesContest, MinutesRound } from './minutes-data'
import { candidateLine, contestHeading, countText, dash, lotText, orDash, outcomeText } from './minutes-text'

type Doc = PDFKit.PDFDocument

/** One contest: role, candidates, method, the rounds' tables and the outcome. */
export function drawContest(doc: Doc, contest: MinutesContest, index: number, labels: MinutesLabels) {
  const width = contentWidth(doc)
  const heading = contestHeading(contest, index, labels)
  const headingHeight = measure(doc, heading, styles.heading, width)
  const candidates = contest.candidates.length > 0 ? contest.candidates.map((c) => candidateLine(c, labels)) : [dash]
  // The heading never ends a page alone: it stays with the first candidate.
  ensureSpace(doc, headingHeight + 4 + keyValueHeight(doc, labels.candidates, candidates[0]!))
  const y = doc.y
  doc.y = y + draw(doc, heading, styles.heading, left(doc), y, width) + 4

  candidates.forEach((candidate, i) => keyValue(doc, i === 0 ? labels.candidates : '', candidate))
  keyValue(doc, labels.method, labels.methods[contest.method])
  for (const round of contest.rounds) drawRound(doc, round, labels)
  gap(doc, 2)
  keyValue(doc, labels.result, outcomeText(contest.outcome, labels), styles.label)
  if (contest.outcome.kind === 'elected' && contest.outcome.settlement) {
    keyValue(doc, '', lotText(contest.outcome.settlement, labels))
  }
}

const cellPadding = 2
const votesWidth = 70
/** Tables up to this height (about ten candidates) move whole to the next page rather than split. */
const keepWholeUpTo = 220

/** `ruleAbove` marks where the candidates end and the totals begin. */
type Row = { name: string; count: string; bold: boolean; ruleAbove: boolean; ruleBelow: boolean }

/**
 * A round as a small table under the value column. A short table is kept whole on one page; a long one
 * breaks only between rows, the totals stay with the last candidate, and a continuation page repeats
 * the round's title and column heads.
 */
function drawRound(doc: Doc, round: MinutesRound, labels: MinutesLabels) {
  const x = left(doc) + keyWidth
  const width = Math.min(contentWidth(doc) - keyWidth, 330)
  const nameWidth = width - votesWidth - cellPadding * 2

  const plainRow = (name: string, count: string, bold = false): Row => ({
    name,
    count,
    bold,
    ruleAbove: false,
    ruleBelow: false,
  })
  const rows: Row[] = [
    ...round.votes.map((vote) => ({ ...plainRow(orDash(vote.name), String(vote.votes)), ruleBelow: true })),
    { ...plainRow(labels.blank, String(round.blank)), ruleAbove: true },
    plainRow(labels.invalid, String(round.invalid)),
    plainRow(labels.ballotsCast, countText(round.ballotsCast), true),
  ]
  const rowHeight = (row: Row) =>
    measure(doc, row.name, row.bold ? styles.cellBold : styles.cell, nameWidth) + cellPadding * 2

  const title = (continued: boolean) =>
    continued ? `${labels.round(round.number)} (${labels.continued})` : labels.round(round.number)
  const headHeight =
    measure(doc, title(false), styles.subheading, width) +
    3 +
    measure(doc, labels.candidate, styles.cellBold, nameWidth) +
    cellPadding * 2

  const drawHead = (continued: boolean) => {
    let y = doc.y
    y += draw(doc, title(continued), styles.subheading, x, y, width) + 3
    draw(doc, labels.candidate, styles.cellBold, x + cellPadding, y + cellPadding, nameWidth)
    drawLine(doc, labels.votes, styles.cellBold, x + width - cellPadding, y + cellPadding, 'right')
    y += measure(doc, labels.candidate, styles.cellBold, nameWidth) + cellPadding * 2
    rule(doc, x, x + width, y, colors.text, 0.75)
    doc.y = y
  }

  const heights = rows.map(rowHeight)
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  const keepFrom = Math.max(0, round.votes.length - 1)
  // What must fit below the cursor before row i is drawn.
  const needed = (i: number) => (i === keepFrom ? sum(heights.slice(keepFrom)) : heights[i]!)
  const tableHeight = headHeight + sum(heights)

  gap(doc, 4)
  ensureSpace(doc, tableHeight <= keepWholeUpTo ? tableHeight : headHeight + needed(0))
  drawHead(false)
  rows.forEach((row, i) => {
    const height = heights[i]!
    if (ensureSpace(doc, needed(i))) drawHead(true)
    const y = doc.y
    if (row.ruleAbove) rule(doc, x, x + width, y, colors.text, 0.75)
    const style = row.bold ? styles.cellBold : styles.cell
    draw(doc, row.name, style, x + cellPadding, y + cellPadding, nameWidth)
    drawLine(doc, row.count, style, x + width - cellPadding, y + cellPadding, 'right')
    if (row.ruleBelow) rule(doc, x, x + width, y + height, '#d0d0d0')
    doc.y = y + height
  })
  gap(doc, 6)
}
