import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { timestamps } from './columns'

/** One row: the region this record belongs to and the user's preferences. */
export const settings = sqliteTable(
  'settings',
  {
    id: integer('id').primaryKey(),
    regionName: text('region_name'),
    orgPreset: text('org_preset', { enum: ['norway', 'sweden', 'custom'] })
      .notNull()
      .default('norway'),
    leaderName: text('leader_name'),
    language: text('language', { enum: ['nb', 'sv', 'en'] }),
    /** The season's election window as MM-DD; each season copies it and may change its own. */
    windowStart: text('window_start').notNull().default('01-01'),
    windowEnd: text('window_end').notNull().default('06-30'),
    /** Flag a held meeting with no reported result after this many days. */
    resultOverdueDays: integer('result_overdue_days').notNull().default(14),
    /** Flag a notice sent (or still unsent) fewer than this many days before the meeting. */
    noticeMinDays: integer('notice_min_days').notNull().default(14),
    /** Language of printed documents; null means the UI language. */
    documentLanguage: text('document_language', { enum: ['nb', 'sv', 'en'] }),
    /** How contests are counted unless a contest says otherwise. */
    countingRule: text('counting_rule', { enum: ['plurality', 'absoluteMajority', 'twoThirds'] })
      .notNull()
      .default('absoluteMajority'),
    countingBase: text('counting_base', { enum: ['validExcludingBlank', 'validIncludingBlank'] })
      .notNull()
      .default('validExcludingBlank'),
    countingFurther: text('counting_further', { enum: ['eliminateLowest', 'runoffTopTwo', 'vacant'] })
      .notNull()
      .default('runoffTopTwo'),
    /** Some organisations put a lone candidate to a yes/no vote; others elect by acclamation. */
    loneCandidateNeedsVote: integer('lone_candidate_needs_vote', { mode: 'boolean' }).notNull().default(false),
    /** Flag a collection box not emptied or counted for this many months. */
    boxStaleMonths: integer('box_stale_months').notNull().default(12),
    /** How many backups of each automatic kind (daily, before a migration, before a restore) to keep. */
    backupKeep: integer('backup_keep').notNull().default(14),
    /** People with no membership, role or training for this many years are listed for review. */
    retentionYears: integer('retention_years').notNull().default(3),
    /** Set only in files made by the demo loader, so real data is never overwritten by it. */
    isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [check('settings_single_row', sql`${t.id} = 1`)],
)

export const groups = sqliteTable(
  'groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    town: text('town'),
    kind: text('kind', { enum: ['local', 'student', 'youth', 'other'] })
      .notNull()
      .default('local'),
    contactEmail: text('contact_email'),
    meetingPlatform: text('meeting_platform', { enum: ['zoom', 'teams', 'skype', 'in_person', 'hybrid', 'other'] }),
    notes: text('notes'),
    status: text('status', { enum: ['active', 'dormant', 'closed'] })
      .notNull()
      .default('active'),
    statusSince: text('status_since').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('groups_name_unique').on(sql`${t.name} COLLATE NOCASE`), index('groups_status').on(t.status)],
)

export const people = sqliteTable(
  'people',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [index('people_name').on(sql`${t.name} COLLATE NOCASE`), index('people_email').on(t.email)],
)

export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    from: text('from_date').notNull(),
    to: text('to_date'),
    ...timestamps,
  },
  (t) => [
    index('memberships_person').on(t.personId),
    index('memberships_group').on(t.groupId, t.to),
    check('memberships_period', sql`${t.to} IS NULL OR ${t.to} >= ${t.from}`),
  ],
)
