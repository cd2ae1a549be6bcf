import path from 'node:path'
import type { BaseWindow, Dialog, FileFilter, MessageBoxOptions } from 'electron'
import type { FolderMemory } from './downloads'

type Translate = (key: string, params?: Record<string, unknown>) => string

/** What the import and restore features open. Backups are the record's own SQLite file, copied. */
export const openKinds = {
  spreadsheet: {
    titleKey: 'desktop.dialogs.chooseSpreadsheet',
    filterKey: 'desktop.dialogs.spreadsheets',
    extensions: ['csv', 'xlsx'],
  },
  backup: { titleKey: 'desktop.dialogs.chooseBackup', filterKey: 'desktop.dialogs.backups', extensions: ['sqlite'] },
} as const

export type OpenKind = keyof typeof openKinds

type OpenOptions = {
  dialog: Pick<Dialog, 'showOpenDialog'>
  folders: FolderMemory
  t: Translate
  /** The dialog is modal to this window when given. */
  parent?: BaseWindow | null
}

export function openDialogOptions(kind: OpenKind, { folders, t }: Pick<OpenOptions, 'folders' | 't'>) {
  const spec = openKinds[kind]
  const filters: FileFilter[] = [{ name: t(spec.filterKey), extensions: [...spec.extensions] }]
  return { title: t(spec.titleKey), defaultPath: folders.last(), filters, properties: ['openFile' as const] }
}

/**
 * For the import and restore features: the native open dialog for one file of the kind, starting in
 * the last folder used. Resolves with the chosen path, or null when the user cancels.
 */
export async function openFileDialog(
  kind: OpenKind,
  { dialog, folders, t, parent }: OpenOptions,
): Promise<string | null> {
  const options = openDialogOptions(kind, { folders, t })
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options)
  const file = result.canceled ? undefined : result.filePaths[0]
  if (!file) return null
  folders.remember(path.dirname(file))
  return file
}

type AboutFacts = {
  version: string
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>
  dataFolder: string
}

/** Help → About: who we are, which runtime, and where the data lives (the question users ask most). */
export function aboutBox(t: Translate, { version, versions, dataFolder }: AboutFacts): MessageBoxOptions {
  return {
    type: 'info',
    title: t('desktop.about.title'),
    message: `Region Desk ${version}`,
    detail: [
      t('desktop.about.version', { version }),
      t('desktop.about.runtime', {
        electron: versions.electron ?? '?',
        chrome: versions.chrome ?? '?',
        node: versions.node ?? '?',
      }),
      '',
      t('desktop.about.dataFolder', { folder: dataFolder }),
    ].join('\n'),
    buttons: [t('desktop.about.ok')],
    noLink: true,
  }
}
