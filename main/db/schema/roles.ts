import { sql } from 'drizzle-orm'
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { timestamps } from './columns'
import { groups, people } from './core'
// Circular with ./elections on purpose: references are lazy functions, resolved after both load.
import { contests } from './elections'

/** The role catalogue (leader, deputy, treasurer, …): seeded from the organisation's preset, editable. */
export const roles = sqliteTable(
  'roles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Stable key of a preset role ('leader', …) or 'custom-…' for the region's own. */
    key: text('key').notNull(),
    nameNb: text('name_nb').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    requirement: text('requirement', { enum: ['must', 'should'] }).notNull(),
    selection: text('selection', { enum: ['elected', 'appointed'] }).notNull(),
    electionOrder: integer('election_order').notNull(),
    seats: integer('seats').notNull().default(1),
    /** Whether one person may hold this role together with another. */
    combinable: integer('combinable', { mode: 'boolean' }).notNull().default(false),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('roles_key_unique').on(t.key), check('roles_seats', sql`${t.seats} >= 1`)],
)

/**
 * Who held which role in which group, from when to when. A term covers [from, to): the day a
 * successor starts is the day the predecessor's term ends, so one seat never has two holders.
 */
export const roleTerms = sqliteTable(
  'role_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id),
    from: text('from_date').notNull(),
    to: text('to_date'),
    endReason: text('end_reason', { enum: ['successor', 'not_reelected', 'vacated', 'stepped_down', 'other'] }),
    /** How the term began: by an election result, an appointment, or as an interim holder. */
    startKind: text('start_kind', { enum: ['elected', 'appointed', 'interim'] })
      .notNull()
      .default('elected'),
    /** Free text for a stepping down or an appointment (no sensitive detail needed). */
    note: text('note'),
    sourceContestId: integer('source_contest_id').references(() => contests.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('role_terms_holder').on(t.groupId, t.roleId, t.to),
    index('role_terms_person').on(t.personId),
    // Current holders (to_date IS NULL) are what compliance and vacancies ask for.
    index('role_terms_current')
      .on(t.roleId)
      .where(sql`${t.to} IS NULL`),
    check('role_terms_period', sql`${t.to} IS NULL OR ${t.to} >= ${t.from}`),
  ],
)

/** Competence transfer from the old holder to the new one; checklists come with stewardship. */
export const handovers = sqliteTable(
  'handovers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id),
    fromPersonId: integer('from_person_id').references(() => people.id),
    toPersonId: integer('to_person_id')
      .notNull()
      .references(() => people.id),
    dueOn: text('due_on').notNull(),
    status: text('status', { enum: ['open', 'in_progress', 'done', 'waived'] })
      .notNull()
      .default('open'),
    statusReason: text('status_reason'),
    completedOn: text('completed_on'),
    notes: text('notes'),
    /** Set on handovers made by hand (not by an election result). */
    manual: integer('manual', { mode: 'boolean' }).notNull().default(false),
    sourceContestId: integer('source_contest_id').references(() => contests.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('handovers_group').on(t.groupId, t.status), index('handovers_status').on(t.status, t.dueOn)],
)
