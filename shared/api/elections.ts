import { z } from 'zod'
import { read, write } from './contract'
import { meetingPlatforms, type MeetingPlatform } from './groups'
import { languages } from './settings'
import { id, isoDate, missingOrInvalid, optionalIsoDate, optionalText, requiredText } from '../validation'
import {
  countingBases,
  countingRules,
  furtherRoundModes,
  type ContestResult,
  type CountingBase,
  type CountingProblem,
  type CountingRule,
  type FurtherRoundMode,
  type TieSettlement,
} from '../elections/counting-types'
import {
  electionStates,
  noticeChannels,
  votingMethods,
  type ElectionState,
  type NoticeChannel,
  type VotingMethod,
} from '../elections/lifecycle'
import type { ElectionFlag } from '../elections/flags'

const year = z
  .number({ error: missingOrInvalid })
  .int('validation.invalid')
  .min(2000, 'validation.tooSmall')
  .max(2100, 'validation.tooBig')
const count = z.number().int('validation.wholeNumber').min(0, 'validation.notNegative')
const optionalCount = count.nullish().transform((value) => value ?? null)
const optionalPerson = id.nullish().transform((value) => value ?? null)
/** Local date and time as a datetime-local input gives it. */
const optionalMeetingAt = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value), 'validation.dateTime')
  .nullish()
  .transform((value) => (value ? value : null))

export type PersonRef = { id: number; name: string }

export type Season = { year: number; windowStart: string; windowEnd: string }

export type ElectionRow = {
  groupId: number
  groupName: string
  town: string | null
  electionId: number | null
  kind: 'regular' | 'extra'
  state: ElectionState
  meetingAt: string | null
  platform: MeetingPlatform | null
  heldOn: string | null
  flags: ElectionFlag[]
}

export type CandidateRecord = {
  id: number
  personId: number
  name: string
  withdrawn: boolean
  /** Roles this person already won earlier in the same election (warned about, not refused). */
  alreadyElectedTo: string[]
}

export type RoundRecord = {
  number: number
  kind: 'votes' | 'yesNo'
  votes: { personId: number; votes: number }[]
  yes: number | null
  no: number | null
  blank: number
  invalid: number
  ballotsCast: number | null
}

export type ContestRecord = {
  id: number
  roleId: number
  roleNames: { nb: string; sv: string; en: string }
  position: number
  seats: number
  method: VotingMethod
  rule: CountingRule
  base: CountingBase
  further: FurtherRoundMode
  loneCandidateNeedsVote: boolean
  status: 'open' | 'confirmed'
  candidates: CandidateRecord[]
  rounds: RoundRecord[]
  settlements: TieSettlement[]
  /** The engine's reading of what is recorded; null when the records do not validate. */
  result: ContestResult | null
  problems: CountingProblem[]
  confirmedAt: string | null
}

export type ElectionDetail = {
  id: number
  groupId: number
  groupName: string
  season: number
  kind: 'regular' | 'extra'
  state: ElectionState
  meetingAt: string | null
  platform: MeetingPlatform | null
  place: string | null
  noticeChannel: NoticeChannel | null
  candidacyDeadline: string | null
  plannedOn: string | null
  noticeSentOn: string | null
  heldOn: string | null
  reportedOn: string | null
  minutesFiledOn: string | null
  chair: PersonRef | null
  minuteTaker: PersonRef | null
  approver1: PersonRef | null
  approver2: PersonRef | null
  votersPresent: number | null
  notes: string | null
  flags: ElectionFlag[]
  events: { fromState: ElectionState; toState: ElectionState; on: string; at: string }[]
  contests: ContestRecord[]
}

export type PdfFile = { fileName: string; base64: string; pages: number }

export const electionFacts = z.object({
  meetingAt: optionalMeetingAt,
  platform: z.preprocess(
    (value) => (value === '' ? null : value),
    z
      .enum(meetingPlatforms, { error: 'validation.choice' })
      .nullish()
      .transform((value) => value ?? null),
  ),
  place: optionalText(200),
  noticeChannel: z.preprocess(
    (value) => (value === '' ? null : value),
    z
      .enum(noticeChannels, { error: 'validation.choice' })
      .nullish()
      .transform((value) => value ?? null),
  ),
  candidacyDeadline: optionalIsoDate,
  chairId: optionalPerson,
  minuteTakerId: optionalPerson,
  approver1Id: optionalPerson,
  approver2Id: optionalPerson,
  votersPresent: optionalCount,
  notes: optionalText(4000),
})

export const contestSettings = z.object({
  seats: z.number().int('validation.wholeNumber').min(1, 'validation.tooSmall').max(20, 'validation.tooBig'),
  method: z.enum(votingMethods, { error: 'validation.choice' }),
  rule: z.enum(countingRules, { error: 'validation.choice' }),
  base: z.enum(countingBases, { error: 'validation.choice' }),
  further: z.enum(furtherRoundModes, { error: 'validation.choice' }),
  loneCandidateNeedsVote: z.boolean(),
})

export const roundInput = z.object({
  contestId: id,
  kind: z.enum(['votes', 'yesNo']),
  votes: z
    .array(z.object({ personId: id, votes: count }))
    .max(200)
    .default([]),
  yes: optionalCount,
  no: optionalCount,
  blank: count.default(0),
  invalid: count.default(0),
  ballotsCast: optionalCount,
})

export const electionListInput = z.object({
  season: year,
  state: z.enum([...electionStates, 'all']).default('all'),
  flaggedOnly: z.boolean().default(false),
  query: z.string().trim().max(200).default(''),
  sort: z.enum(['group', 'state', 'meeting']).default('group'),
})

export const electionsApi = {
  'season-get': read(z.object({ year })).returns<Season>(),
  'season-update': write(
    z.object({ year, windowStart: isoDate, windowEnd: isoDate }).refine((v) => v.windowEnd >= v.windowStart, {
      message: 'validation.endBeforeStart',
      path: ['windowEnd'],
    }),
    ['elections'],
  ).returns<Season>(),
  /** Every active group with its regular election of the season (or none yet), plus by-elections. */
  'election-list': read(electionListInput).returns<{ season: Season; rows: ElectionRow[] }>(),
  'election-get': read(z.object({ id })).returns<ElectionDetail>(),
  /** A new election with one contest per elected role, in catalogue order. */
  'election-create': write(
    z.object({ groupId: id, season: year, kind: z.enum(['regular', 'extra']).default('regular') }),
    ['elections'],
  ).returns<ElectionDetail>(),
  'election-update': write(electionFacts.extend({ id }), ['elections']).returns<ElectionDetail>(),
  /** Forward or back; each move is recorded with its date. */
  'election-set-state': write(z.object({ id, state: z.enum(electionStates), on: isoDate }), [
    'elections',
  ]).returns<ElectionDetail>(),

  'contest-add': write(z.object({ electionId: id, roleId: id }), ['elections']).returns<ElectionDetail>(),
  'contest-remove': write(z.object({ id }), ['elections']).returns<ElectionDetail>(),
  'contest-move': write(z.object({ id, direction: z.enum(['up', 'down']) }), ['elections']).returns<ElectionDetail>(),
  'contest-update': write(contestSettings.extend({ id }), ['elections']).returns<ElectionDetail>(),

  /** An existing person, or a new one created on the spot (name only; details later). */
  'candidate-add': write(
    z.union([z.object({ contestId: id, personId: id }), z.object({ contestId: id, newPersonName: requiredText(160) })]),
    ['elections', 'people'],
  ).returns<ElectionDetail>(),
  'candidate-set-withdrawn': write(z.object({ id, withdrawn: z.boolean() }), ['elections']).returns<ElectionDetail>(),
  'candidate-remove': write(z.object({ id }), ['elections']).returns<ElectionDetail>(),

  /** Records the next round, refused with field messages when the counting engine finds it inconsistent. */
  'round-record': write(roundInput, ['elections']).returns<ElectionDetail>(),
  'round-remove-last': write(z.object({ contestId: id }), ['elections']).returns<ElectionDetail>(),
  /** How the meeting settled a tie (drawing of lots): who drew, who won. */
  'contest-settle-tie': write(
    z.object({
      contestId: id,
      roundNumber: z.number().int().min(1),
      drawnBy: requiredText(160),
      winners: z.array(id).min(1),
    }),
    ['elections'],
  ).returns<ElectionDetail>(),
  /** Puts the result into the record: ends and starts role terms, opens handovers. One transaction. */
  'contest-confirm': write(z.object({ id }), ['elections', 'roles']).returns<ElectionDetail>(),
  /** Undoes a confirmation exactly, to correct a mistake. */
  'contest-reopen': write(z.object({ id }), ['elections', 'roles']).returns<ElectionDetail>(),

  'election-minutes': read(z.object({ id, language: z.enum(languages).optional() })).returns<PdfFile>(),
  /** One PDF with the minutes of many elections of a season, a bookmark per group. */
  'season-minutes': read(
    z.object({ season: year, electionIds: z.array(id).max(5000).optional(), language: z.enum(languages).optional() }),
  ).returns<PdfFile & { count: number }>(),
}
