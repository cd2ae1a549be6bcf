import type { MinutesLabels } from './labels'
import { contentWidth, gap, keyValue, left, paragraph, rule, styles } from './layout'
import { drawContest } from './minutes-contest'
import type { MinutesData } from './minutes-data'
import { clean, countText, meetingWhen, meetingWhere, orDash } from './minutes-text'
import { drawSignatures } from './signatures'

type Doc = PDFKit.PDFDocument

/** One election's minutes from the cursor on; the caller has started a fresh page. */
export function drawElection(doc: Doc, data: MinutesData, labels: MinutesLabels) {
  const region = clean(data.regionName)
  if (region) paragraph(doc, region, styles.region, 8)
  paragraph(doc, titleOf(data, labels), styles.title, 4)
  paragraph(doc, orDash(data.groupName), styles.group, 2)
  paragraph(doc, labels.season(data.season), styles.body, 8)
  rule(doc, left(doc), left(doc) + contentWidth(doc), doc.y)
  gap(doc, 10)

  keyValue(doc, labels.facts.when, meetingWhen(data, labels))
  keyValue(doc, labels.facts.where, meetingWhere(data, labels))
  keyValue(doc, labels.facts.chair, orDash(data.chair))
  keyValue(doc, labels.facts.minuteTaker, orDash(data.minuteTaker))
  keyValue(doc, labels.facts.votersPresent, countText(data.votersPresent))

  data.contests.forEach((contest, index) => {
    gap(doc, 14)
    drawContest(doc, contest, index, labels)
  })
  drawSignatures(doc, data, labels)
}

export function titleOf(data: MinutesData, labels: MinutesLabels) {
  return data.kind === 'extra' ? labels.byElectionTitle : labels.title
}
