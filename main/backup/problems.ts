import { AppError } from '../../shared/errors'

/** Expected failures of backups and restores, as the dispatcher turns them into replies. */
export const notFoundBackup = () => new AppError('NOT_FOUND', 'records.errors.backupNotFound', {}, 'name')
export const notABackup = () => new AppError('CONFLICT', 'records.errors.notABackup', {}, 'name')
export const tooNewBackup = (fileVersion: number, appVersion: number) =>
  new AppError('CONFLICT', 'records.errors.backupTooNew', { fileVersion, appVersion }, 'name')
export const noRecordFile = () => new AppError('CONFLICT', 'records.errors.noFile')
export const backupFailed = () => new AppError('CONFLICT', 'records.errors.backupFailed')
export const recordInUse = () => new AppError('CONFLICT', 'records.errors.inUse')
export const uploadOutOfOrder = (expected: number) =>
  new AppError('CONFLICT', 'records.errors.uploadOffset', { expected }, 'offset')
export const uploadTooLarge = () => new AppError('CONFLICT', 'records.errors.uploadTooLarge', {}, 'data')
