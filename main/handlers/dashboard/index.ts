import type { Language } from '../../../shared/api/settings'
import type { Dashboard, DashboardTiles, GridRow } from '../../../shared/api/dashboard'
import { heldPerWeek } from '../../../shared/dashboard/charts'
import { problemCount, requirementCells } from '../../../shared/dashboard/grid'
import { electionStates, isHeld } from '../../../shared/elections/lifecycle'
import { addDays } from '../../../shared/dates'
import { today, type Ctx } from '../../context'
import { readSeason } from '../elections/seasons'
import { flagThresholds, raisedFlags } from '../elections/flags'
import type { PartialHandlers } from '../registry'
import { complianceCountsByGroup } from '../trainings/compliance'
import { createTranslator } from '../../../shared/i18n'
import { countPages } from '../../pdf/document'
import { renderSeasonReport } from '../../pdf/season-report'
import { getSettings } from '../settings'
import { calendarHandlers } from './calendar'
import { byGroup, gatherFacts } from './facts'

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

function buildDashboard(ctx: Ctx, seasonYear: number, language: Language): Dashboard {
  const day = today(ctx)
  const season = readSeason(ctx, seasonYear)
  const facts = gatherFacts(ctx, seasonYear, day, language)
  const thresholds = flagThresholds(ctx)
  const elections = new Map(facts.elections.map((election) => [election.groupId, election]))
  const vacancies = byGroup(facts.vacancies)
  const handovers = new Map(facts.handovers.map((row) => [row.groupId, row]))
  const finance = new Map(facts.finance.map((row) => [row.groupId, row]))
  const trainings = complianceCountsByGroup(ctx)
  const clock = { today: day, windowEnd: season.windowEnd }

  const grid: GridRow[] = facts.groups.map((group) => {
    const election = elections.get(group.id) ?? null
    const flags = raisedFlags(
      ctx,
      election ?? { state: 'not_planned', meetingAt: null, noticeSentOn: null, candidacyDeadline: null },
      season,
      thresholds,
    )
    const money = finance.get(group.id)
    const cells = requirementCells(
      {
        election,
        resultMissing: flags.includes('resultMissing'),
        vacantMustRoles: (vacancies.get(group.id) ?? []).map((vacancy) => vacancy.role),
        handoversOpen: handovers.get(group.id)?.open ?? 0,
        handoversOverdue: handovers.get(group.id)?.overdue ?? 0,
        finance: {
          year: seasonYear - 1,
          auditorAssigned: Boolean(money?.auditorAssigned),
          auditStatus: money?.auditStatus ?? 'not_assigned',
          annualReportOn: money?.annualReportOn ?? null,
          activityReportOn: money?.activityReportOn ?? null,
        },
        trainings: trainings.perGroup.get(group.id) ?? { overdue: 0, expired: 0, due: 0 },
      },
      clock,
    )
    return {
      groupId: group.id,
      groupName: group.name,
      town: group.town,
      contactEmail: group.contactEmail,
      electionId: election?.id ?? null,
      flags,
      cells,
      problems: problemCount(cells),
    }
  })
  grid.sort((a, b) => collator.compare(a.groupName, b.groupName))

  const byState = Object.fromEntries(electionStates.map((state) => [state, 0])) as DashboardTiles['byState']
  for (const group of facts.groups) byState[elections.get(group.id)?.state ?? 'not_planned']++
  const soon = addDays(day, 14)
  const tiles: DashboardTiles = {
    activeGroups: facts.groups.length,
    held: facts.groups.filter((group) => isHeld(elections.get(group.id)?.state ?? 'not_planned')).length,
    byState,
    late: grid.filter((row) => row.flags.includes('late')).length,
    meetingsNext14Days: facts.elections.filter(
      (election) =>
        !isHeld(election.state) &&
        election.meetingAt &&
        election.meetingAt.slice(0, 10) >= day &&
        election.meetingAt.slice(0, 10) <= soon,
    ).length,
    mustRolesVacant: facts.vacancies.length,
    groupsWithVacancy: vacancies.size,
    handoversOpen: facts.handovers.reduce((sum, row) => sum + row.open, 0),
    handoversOverdue: facts.handovers.reduce((sum, row) => sum + row.overdue, 0),
    auditorsMissing: grid.filter((row) => row.cells.auditorAssigned.status === 'problem').length,
    auditsNotApproved: grid.filter((row) => row.cells.auditApproved.status !== 'ok').length,
    trainingGaps: trainings.totals.overdue + trainings.totals.expired,
  }

  const lastSeason = readSeason(ctx, seasonYear - 1)
  const heldDates = (year: number) =>
    ctx.db.sqlite
      .prepare("SELECT held_on FROM elections WHERE season = ? AND kind = 'regular' AND held_on IS NOT NULL")
      .pluck()
      .all(year) as string[]
  const mustTotal = facts.groups.length * facts.mustRolesPerGroup
  return {
    season,
    fiscalYear: seasonYear - 1,
    today: day,
    tiles,
    grid,
    charts: {
      heldPerWeek: heldPerWeek(
        { windowStart: season.windowStart, windowEnd: season.windowEnd, heldOn: heldDates(seasonYear), today: day },
        { windowStart: lastSeason.windowStart, heldOn: heldDates(seasonYear - 1) },
      ),
      mustRoles: { filled: mustTotal - facts.vacancies.length, total: mustTotal },
      trainings: trainings.totals,
    },
  }
}

export const dashboardHandlers: PartialHandlers = {
  'dashboard-get': (ctx, { season, language }) => buildDashboard(ctx, season, language),
  'season-report': (ctx, { season, language }) => {
    const t = createTranslator(language)
    const pdf = renderSeasonReport(buildDashboard(ctx, season, language), {
      t,
      regionName: getSettings(ctx).regionName,
      generatedAt: ctx.now(),
    })
    return {
      fileName: `${t('dashboard.report.fileName', { season })}.pdf`,
      base64: pdf.toString('base64'),
      pages: countPages(pdf),
    }
  },
  ...calendarHandlers,
}
