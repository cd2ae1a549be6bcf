import { sql } from 'drizzle-orm'
import { text } from 'drizzle-orm/sqlite-core'

/** Set by handlers from the injected clock; the SQL default only covers rows written by migrations. */
export const timestamps = {
  createdAt: text('created_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text('updated_at')
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
}
