import { z } from 'zod'
import { read } from './contract'
import { languages } from './settings'
import type { PdfFile, Season } from './elections'
import type { ElectionState } from '../elections/lifecycle'
import type { ElectionFlag } from '../elections/flags'
import type { WeekPoint } from '../dashboard/charts'
import type { Cell, RequirementKey } from '../dashboard/grid'

export type DashboardTiles = {
  activeGroups: number
  held: number
  byState: Record<ElectionState, number>
  late: number
  meetingsNext14Days: number
  mustRolesVacant: number
  groupsWithVacancy: number
  handoversOpen: number
  handoversOverdue: number
  auditorsMissing: number
  auditsNotApproved: number
  trainingGaps: number
}

export type GridRow = {
  groupId: number
  groupName: string
  town: string | null
  /** Where a reminder goes: the group's contact address, or its current leader's. */
  contactEmail: string | null
  electionId: number | null
  flags: ElectionFlag[]
  cells: Record<RequirementKey, Cell>
  problems: number
}

export type Dashboard = {
  season: Season
  /** The fiscal year whose accounts are audited this season: the year before. */
  fiscalYear: number
  today: string
  tiles: DashboardTiles
  grid: GridRow[]
  charts: {
    heldPerWeek: WeekPoint[]
    mustRoles: { filled: number; total: number }
    trainings: { done: number; due: number; overdue: number; expired: number }
  }
}

const year = z.number().int().min(2000).max(2100)

export const dashboardApi = {
  /** Tiles, the group × requirement grid and the charts of a season, from a few set-based queries. */
  'dashboard-get': read(z.object({ season: year, language: z.enum(languages).default('nb') })).returns<Dashboard>(),
  /** The season report for the national office: figures, the grid and a line per group (PDF). */
  'season-report': read(z.object({ season: year, language: z.enum(languages).default('nb') })).returns<PdfFile>(),
  /** The season's planned election meetings as an iCalendar file, for the leader's own calendar. */
  'season-calendar': read(z.object({ season: year, language: z.enum(languages).default('nb') })).returns<{
    fileName: string
    text: string
    events: number
  }>(),
}
