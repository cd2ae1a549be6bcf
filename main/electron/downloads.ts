import fs from 'node:fs'
import path from 'node:path'
import type { DownloadItem, Session } from 'electron'
import { readJsonFile, writeJsonFile } from './json-file'
import { isAppOrigin } from './origin'

export type FolderMemory = { last: () => string; remember: (folder: string) => void }

type MemoryOptions = {
  /** userData/folders.json */
  file: string
  /** Where dialogs start before the user has chosen any folder: their Documents. */
  fallback: () => string
  isFolder?: (folder: string) => boolean
}

const isFolder = (folder: string) => {
  try {
    return fs.statSync(folder).isDirectory()
  } catch {
    return false
  }
}

/** The last folder the user saved to or opened from, kept across restarts; a folder since deleted falls back. */
export function createFolderMemory({ file, fallback, isFolder: exists = isFolder }: MemoryOptions): FolderMemory {
  const read = () => {
    const saved = readJsonFile(file) as { lastFolder?: unknown } | null
    return typeof saved?.lastFolder === 'string' && path.isAbsolute(saved.lastFolder) ? saved.lastFolder : null
  }
  return {
    last: () => {
      const folder = read()
      return folder && exists(folder) ? folder : fallback()
    },
    remember: (folder) => {
      if (path.isAbsolute(folder)) writeJsonFile(file, { lastFolder: folder })
    },
  }
}

type Download = Pick<
  DownloadItem,
  'getURL' | 'getFilename' | 'getSavePath' | 'setSaveDialogOptions' | 'cancel' | 'once'
>
type DownloadSession = Pick<Session, 'on'>

/** A download the page started from its own data: blob: (or data:) URLs the app created, or its own origin. */
export function isAppDownload(url: string, appOrigin: string): boolean {
  if (url.startsWith('data:')) return true
  return isAppOrigin(url.startsWith('blob:') ? url.slice('blob:'.length) : url, appOrigin)
}

/**
 * The renderer saves PDFs, CSVs and calendars as ordinary downloads of a Blob. Here each one gets the
 * native save dialog, opened in the folder the user last saved to, and that folder is remembered once
 * the file is written. Anything not created by the app itself is cancelled.
 */
export function handleDownloads(
  session: DownloadSession,
  { folders, appOrigin }: { folders: FolderMemory; appOrigin: string },
) {
  session.on('will-download', (_event, item: Download) => {
    if (!isAppDownload(item.getURL(), appOrigin)) {
      item.cancel()
      return
    }
    // Chromium already made the name safe for the OS; basename is only a second guard against folders in it.
    const name = path.basename(item.getFilename()) || 'download'
    item.setSaveDialogOptions({ defaultPath: path.join(folders.last(), name) })
    item.once('done', (_done, state) => {
      const saved = item.getSavePath()
      if (state === 'completed' && saved) folders.remember(path.dirname(saved))
    })
  })
}
