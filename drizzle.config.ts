import { defineConfig } from 'drizzle-kit'

// Migrations are generated here and committed; main/db/migrate.ts applies them (see why there).
export default defineConfig({
  dialect: 'sqlite',
  schema: './main/db/schema/index.ts',
  out: './main/db/migrations',
})
