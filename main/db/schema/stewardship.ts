import { sql } from 'drizzle-orm'
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { timestamps } from './columns'
import { groups, people } from './core'
import { handovers, roles } from './roles'

/** The checklist a handover of this role starts from (role_id null: the default for every role). */
export const handoverTemplateItems = sqliteTable(
  'handover_template_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roleId: integer('role_id').references(() => roles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
  },
  (t) => [index('handover_template_items_role').on(t.roleId, t.position)],
)

/** One handover's own checklist, copied from the template so later template edits do not rewrite history. */
export const handoverItems = sqliteTable(
  'handover_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    handoverId: integer('handover_id')
      .notNull()
      .references(() => handovers.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    doneOn: text('done_on'),
  },
  (t) => [index('handover_items_handover').on(t.handoverId, t.position)],
)

/** Per group and fiscal year: the reports received and the external audit. */
export const financeYears = sqliteTable(
  'finance_years',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    cashBookReceivedOn: text('cash_book_received_on'),
    annualReportReceivedOn: text('annual_report_received_on'),
    activityReportReceivedOn: text('activity_report_received_on'),
    /** The external auditor: a person in the record, or only a name and contact for someone who is not. */
    auditorPersonId: integer('auditor_person_id').references(() => people.id, { onDelete: 'set null' }),
    auditorName: text('auditor_name'),
    auditorContact: text('auditor_contact'),
    /** Why an auditor who is in the group was accepted anyway; null when independent. */
    auditorOverrideReason: text('auditor_override_reason'),
    auditStatus: text('audit_status', {
      enum: ['not_assigned', 'assigned', 'in_review', 'approved', 'approved_with_remarks', 'rejected'],
    })
      .notNull()
      .default('not_assigned'),
    auditAssignedOn: text('audit_assigned_on'),
    auditDecidedOn: text('audit_decided_on'),
    auditRemarks: text('audit_remarks'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('finance_years_group_year').on(t.groupId, t.year),
    index('finance_years_year').on(t.year, t.auditStatus),
  ],
)

export const collectionBoxes = sqliteTable(
  'collection_boxes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    label: text('label').notNull(),
    status: text('status', { enum: ['in_use', 'stored', 'returned', 'lost'] })
      .notNull()
      .default('in_use'),
    lastCountedOn: text('last_counted_on'),
    /** In the smallest unit (øre/öre), so sums never round. */
    lastAmountMinor: integer('last_amount_minor'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('collection_boxes_label').on(t.groupId, t.label),
    index('collection_boxes_status').on(t.status, t.lastCountedOn),
    check('collection_boxes_amount', sql`${t.lastAmountMinor} IS NULL OR ${t.lastAmountMinor} >= 0`),
  ],
)

export const trainingTypes = sqliteTable(
  'training_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    key: text('key').notNull(),
    nameNb: text('name_nb').notNull(),
    nameSv: text('name_sv').notNull(),
    nameEn: text('name_en').notNull(),
    /** How long attendance counts; null: it never expires. */
    validityMonths: integer('validity_months'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('training_types_key').on(t.key)],
)

/** Which trainings a role's holder must attend, and within how many months of taking the role. */
export const roleRequiredTrainings = sqliteTable(
  'role_required_trainings',
  {
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    trainingTypeId: integer('training_type_id')
      .notNull()
      .references(() => trainingTypes.id, { onDelete: 'cascade' }),
    withinMonths: integer('within_months').notNull().default(6),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.trainingTypeId] })],
)

export const trainingSessions = sqliteTable(
  'training_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trainingTypeId: integer('training_type_id')
      .notNull()
      .references(() => trainingTypes.id),
    date: text('date').notNull(),
    place: text('place'),
    online: integer('online', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [index('training_sessions_type_date').on(t.trainingTypeId, t.date)],
)

export const attendance = sqliteTable(
  'attendance',
  {
    sessionId: integer('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['registered', 'attended', 'no_show'] })
      .notNull()
      .default('registered'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] }), index('attendance_person').on(t.personId, t.status)],
)
