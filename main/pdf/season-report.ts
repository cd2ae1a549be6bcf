import PDFDocument from 'pdfkit'
import type { TFunction } from 'i18next'
import type { Dashboard } from '../../shared/api/dashboard'
import { requirementKeys, type CellStatus } from '../../shared/dashboard/grid'
import { finish } from './document'
import { registerFonts } from './fonts'
import {
  colors,
  contentWidth,
  draw,
  drawLine,
  ensureSpace,
  gap,
  left,
  measure,
  paragraph,
  rule,
  styles,
} from './layout'

const marks: Record<CellStatus, string> = { ok: '✓', problem: '✗', pending: '…', na: '–' }

/**
 * The season report for the national office: summary figures, the group × requirement grid, and a
 * line per group with what is missing. A4 landscape so the nine requirements fit across.
 */
export function renderSeasonReport(
  dashboard: Dashboard,
  options: { t: TFunction; regionName: string | null; generatedAt: Date },
) {
  const { t } = options
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: 40, bottom: 48, left: 40, right: 40 },
    bufferPages: true,
    info: {
      Title: t('dashboard.report.title', { season: dashboard.season.year }),
      Creator: 'Region Desk',
      CreationDate: options.generatedAt,
    },
  })
  registerFonts(doc)
  const x = left(doc)
  const width = contentWidth(doc)

  if (options.regionName) paragraph(doc, options.regionName, styles.region)
  paragraph(doc, t('dashboard.report.title', { season: dashboard.season.year }), styles.title)
  paragraph(
    doc,
    t('dashboard.report.generated', { date: options.generatedAt.toISOString().slice(0, 10) }),
    styles.caption,
    10,
  )

  paragraph(doc, t('dashboard.report.summary'), styles.heading)
  const { tiles } = dashboard
  const figures: [string, string][] = [
    [t('dashboard.tiles.held'), t('dashboard.tiles.heldOf', { held: tiles.held, total: tiles.activeGroups })],
    [t('dashboard.tiles.late'), String(tiles.late)],
    [
      t('dashboard.tiles.vacant'),
      `${tiles.mustRolesVacant} (${t('dashboard.tiles.vacantGroups', { count: tiles.groupsWithVacancy })})`,
    ],
    [
      t('dashboard.tiles.handovers'),
      `${tiles.handoversOpen} (${t('dashboard.tiles.handoversOverdue', { count: tiles.handoversOverdue })})`,
    ],
    [t('dashboard.tiles.auditors'), String(tiles.auditorsMissing)],
    [t('dashboard.tiles.audits'), String(tiles.auditsNotApproved)],
    [t('dashboard.tiles.trainings'), String(tiles.trainingGaps)],
  ]
  for (const [label, value] of figures) {
    const y = doc.y
    draw(doc, label, styles.label, x, y, 260)
    draw(doc, value, styles.body, x + 270, y, width - 270)
    doc.y = y + measure(doc, label, styles.label, 260) + 2
  }
  gap(doc, 10)

  // The grid: group name, then one narrow column per requirement with a mark and a word.
  paragraph(doc, t('dashboard.grid.title'), styles.heading)
  paragraph(
    doc,
    requirementKeys.map((key, index) => `${index + 1} ${t(`dashboard.requirements.${key}`)}`).join('   '),
    styles.caption,
  )
  paragraph(
    doc,
    (['ok', 'problem', 'pending', 'na'] as const)
      .map((status) => `${marks[status]} ${t(`dashboard.status.${status}`)}`)
      .join('   '),
    styles.caption,
    6,
  )
  const nameWidth = 190
  const column = (width - nameWidth) / requirementKeys.length
  const header = () => {
    const y = doc.y
    draw(doc, t('dashboard.grid.group'), styles.cellBold, x, y, nameWidth)
    requirementKeys.forEach((_, index) =>
      draw(doc, String(index + 1), styles.cellBold, x + nameWidth + index * column, y, column),
    )
    doc.y = y + 14
    rule(doc, x, x + width, doc.y - 2, colors.text)
  }
  header()
  for (const row of dashboard.grid) {
    const cells = requirementKeys.map((key) => {
      const status = row.cells[key].status
      return {
        text: `${marks[status]} ${t(`dashboard.status.${status}`)}`,
        style: status === 'problem' ? styles.cellBold : styles.cell,
      }
    })
    // The row is as tall as its tallest cell, so a wrapped word never runs into the next row.
    const height =
      Math.max(
        measure(doc, row.groupName, styles.cell, nameWidth - 6),
        ...cells.map((cell) => measure(doc, cell.text, cell.style, column - 4)),
      ) + 4
    if (ensureSpace(doc, height)) header()
    const y = doc.y
    draw(doc, row.groupName, styles.cell, x, y, nameWidth - 6)
    cells.forEach((cell, index) => draw(doc, cell.text, cell.style, x + nameWidth + index * column, y, column - 4))
    doc.y = y + height
    rule(doc, x, x + width, doc.y - 2)
  }
  gap(doc, 12)

  paragraph(doc, t('dashboard.report.perGroup'), styles.heading)
  for (const row of dashboard.grid) {
    const problems = requirementKeys
      .filter((key) => row.cells[key].status === 'problem')
      .map((key) => t(`dashboard.cells.${row.cells[key].detail}`, row.cells[key].params))
    const text = `${row.groupName}: ${problems.length ? problems.join('; ') : t('dashboard.report.nothingMissing')}`
    ensureSpace(doc, measure(doc, text, styles.body, width) + 3)
    paragraph(doc, text, styles.body, 3)
  }

  const range = doc.bufferedPageRange()
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page)
    // drawLine never wraps, so text below the bottom margin does not start a new page.
    drawLine(
      doc,
      t('dashboard.report.page', { page: page + 1, pages: range.count }),
      styles.footer,
      x + width,
      doc.page.height - 30,
      'right',
    )
  }
  return finish(doc)
}
