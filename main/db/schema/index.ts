// Every table, joined: drizzle-kit reads this file, and openDatabase gives it to drizzle.
export * from './core'
export * from './roles'
export * from './elections'
export * from './stewardship'
export * from './records'
