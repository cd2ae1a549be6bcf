import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { timestamps } from './columns'
import { groups, people } from './core'
import { roles } from './roles'

/** A season is a year with its own election window (copied from settings when first used). */
export const seasons = sqliteTable('seasons', {
  year: integer('year').primaryKey(),
  windowStart: text('window_start').notNull(),
  windowEnd: text('window_end').notNull(),
})

const person = (name: string) => integer(name).references(() => people.id, { onDelete: 'set null' })

/** One group's election meeting in one season; 'extra' is a by-election. */
export const elections = sqliteTable(
  'elections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    season: integer('season')
      .notNull()
      .references(() => seasons.year),
    kind: text('kind', { enum: ['regular', 'extra'] })
      .notNull()
      .default('regular'),
    state: text('state', {
      enum: ['not_planned', 'planned', 'notice_sent', 'deadline_passed', 'held', 'reported', 'minutes_filed'],
    })
      .notNull()
      .default('not_planned'),
    /** Local date and time, 'YYYY-MM-DDTHH:MM'. */
    meetingAt: text('meeting_at'),
    platform: text('platform', { enum: ['zoom', 'teams', 'skype', 'in_person', 'hybrid', 'other'] }),
    place: text('place'),
    noticeChannel: text('notice_channel', { enum: ['email', 'social_media', 'other'] }),
    candidacyDeadline: text('candidacy_deadline'),
    plannedOn: text('planned_on'),
    noticeSentOn: text('notice_sent_on'),
    heldOn: text('held_on'),
    reportedOn: text('reported_on'),
    minutesFiledOn: text('minutes_filed_on'),
    chairId: person('chair_id'),
    minuteTakerId: person('minute_taker_id'),
    approver1Id: person('approver1_id'),
    approver2Id: person('approver2_id'),
    votersPresent: integer('voters_present'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('elections_one_regular_per_season')
      .on(t.groupId, t.season)
      .where(sql`${t.kind} = 'regular'`),
    index('elections_season_state').on(t.season, t.state),
    // election-list joins each group to its season's elections, by-elections included (the unique
    // index above is partial, so it cannot serve that join).
    index('elections_group_season').on(t.groupId, t.season),
    check('elections_voters', sql`${t.votersPresent} IS NULL OR ${t.votersPresent} >= 0`),
  ],
)

/** Every move between states, forward or back, with its date. */
export const electionEvents = sqliteTable(
  'election_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    on: text('on_date').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('election_events_election').on(t.electionId)],
)

/** One role to fill at one election, elected in `position` order. */
export const contests = sqliteTable(
  'contests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: integer('election_id')
      .notNull()
      .references(() => elections.id, { onDelete: 'cascade' }),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
    position: integer('position').notNull(),
    seats: integer('seats').notNull().default(1),
    method: text('method', { enum: ['open', 'partially_open', 'secret', 'acclamation'] })
      .notNull()
      .default('open'),
    rule: text('rule', { enum: ['acclamation', 'plurality', 'absoluteMajority', 'twoThirds'] }).notNull(),
    base: text('base', { enum: ['validExcludingBlank', 'validIncludingBlank'] }).notNull(),
    further: text('further', { enum: ['eliminateLowest', 'runoffTopTwo', 'vacant'] }).notNull(),
    loneCandidateNeedsVote: integer('lone_candidate_needs_vote', { mode: 'boolean' }).notNull(),
    status: text('status', { enum: ['open', 'confirmed'] })
      .notNull()
      .default('open'),
    /** Ties the meeting settled by lot, as the counting engine's TieSettlement[] (JSON). */
    settlements: text('settlements', { mode: 'json' }),
    /** What confirming changed in role terms and handovers, so reopening restores it exactly (JSON). */
    effects: text('effects', { mode: 'json' }),
    confirmedAt: text('confirmed_at'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('contests_role_once').on(t.electionId, t.roleId),
    index('contests_role').on(t.roleId),
    check('contests_seats', sql`${t.seats} >= 1`),
  ],
)

export const candidates = sqliteTable(
  'candidates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contestId: integer('contest_id')
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    position: integer('position').notNull(),
    withdrawn: integer('withdrawn', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('candidates_once').on(t.contestId, t.personId), index('candidates_person').on(t.personId)],
)

/** One round of voting: votes per candidate in round_votes, or a yes/no vote on a lone candidate. */
export const rounds = sqliteTable(
  'rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contestId: integer('contest_id')
      .notNull()
      .references(() => contests.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['votes', 'yesNo'] })
      .notNull()
      .default('votes'),
    yes: integer('yes'),
    no: integer('no'),
    /** Blank ballots; in a yes/no round, the abstentions. */
    ballotsCast: integer('ballots_cast'),
    blank: integer('blank').notNull().default(0),
    invalid: integer('invalid').notNull().default(0),
  },
  (t) => [uniqueIndex('rounds_number').on(t.contestId, t.number)],
)

export const roundVotes = sqliteTable(
  'round_votes',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => rounds.id, { onDelete: 'cascade' }),
    candidateId: integer('candidate_id')
      .notNull()
      .references(() => candidates.id, { onDelete: 'cascade' }),
    votes: integer('votes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.candidateId] }), check('round_votes_nonnegative', sql`${t.votes} >= 0`)],
)
