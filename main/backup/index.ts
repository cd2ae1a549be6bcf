/**
 * What the transports use. After creating their ctx, both should call `startDailyBackups(ctx, { log })`
 * and stop it on quit. When openDatabase refuses a record as DB_CORRUPT or DB_UNREADABLE and
 * error.params.backup is set, the desktop shell can offer it: `recoverFromBackup(path, backup,
 * { nativeBinding })` moves the damaged file aside (never deleting it) and copies the backup in;
 * then open the record again.
 */
export { startDailyBackups, runDailyBackup } from './schedule'
export { newestVerifiedBackup, recoverFromBackup } from './recover'
export { listBackups, backupFolder } from './files'
