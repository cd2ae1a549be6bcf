import { z } from 'zod'
import { read, write } from './contract'
import { optionalText } from '../validation'

export const languages = ['nb', 'sv', 'en'] as const
export const orgPresets = ['norway', 'sweden', 'custom'] as const
export type Language = (typeof languages)[number]
export type OrgPreset = (typeof orgPresets)[number]

export type Settings = {
  regionName: string | null
  orgPreset: OrgPreset
  leaderName: string | null
  /** null until the user picks one: the UI then follows the OS locale. */
  language: Language | null
}

export const settingsFields = z.object({
  regionName: optionalText(120),
  orgPreset: z.enum(orgPresets, { error: 'validation.choice' }),
  leaderName: optionalText(160),
  language: z.enum(languages, { error: 'validation.choice' }).nullable(),
})

export type OverviewCounts = {
  groupsByStatus: { active: number; dormant: number; closed: number }
  people: number
  currentMemberships: number
  peopleWithoutGroup: number
}

/** Facts about the open record the user may need: where the file is, and whether it is the demo. */
export type AppInfo = { databasePath: string; schemaVersion: number; isDemo: boolean }

export const settingsApi = {
  'app-info': read(z.object({}).optional()).returns<AppInfo>(),
  'settings-get': read(z.object({}).optional()).returns<Settings>(),
  'settings-update': write(settingsFields, ['settings']).returns<Settings>(),
  'overview-get': read(z.object({}).optional()).returns<OverviewCounts>(),
}
