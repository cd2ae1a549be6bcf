import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * The change history: one row per inserted, updated or deleted row of every other table, written
 * by the connection's history triggers (main/history). No foreign keys on purpose: history
 * outlives the rows it describes, and an erased person's rows keep their shape.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** The table changed ('groups', 'memberships', …), or 'record' for a restore. */
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    action: text('action', { enum: ['insert', 'update', 'delete', 'erase', 'restore'] }).notNull(),
    /** JSON: { column: [before, after] } for the columns that changed. */
    changes: text('changes').notNull().default('{}'),
    /** The group the row belongs to, found through its foreign keys, so a group shows its history. */
    groupId: integer('group_id'),
    /** JSON array of the people the row refers to. */
    personIds: text('person_ids').notNull().default('[]'),
  },
  (t) => [index('change_log_entity').on(t.entity, t.entityId), index('change_log_group').on(t.groupId, t.id)],
)
