import { z } from 'zod'
import { read } from './contract'
import { id } from '../validation'

export const timelineKinds = ['election', 'term', 'handover', 'finance', 'training', 'box', 'status'] as const
export type TimelineKind = (typeof timelineKinds)[number]

/** One dated thing that happened in a group; `event` is an i18n key under `timeline.events`. */
export type TimelineEntry = {
  date: string
  kind: TimelineKind
  event: string
  params: Record<string, string | number>
  /** Where the record behind it lives. */
  link: string | null
}

export const timelineApi = {
  /** The group's history across years, newest first. */
  'group-timeline': read(z.object({ groupId: id, kinds: z.array(z.enum(timelineKinds)).optional() })).returns<
    TimelineEntry[]
  >(),
}
