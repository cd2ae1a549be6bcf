import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { aboutBox, openDialogOptions, openFileDialog } from '../../main/electron/dialogs'
import { createFolderMemory, handleDownloads, isAppDownload } from '../../main/electron/downloads'
import { createTranslator } from '../../shared/i18n'

let folder = ''
let documents = ''
let exports = ''
beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'region-desk-downloads-'))
  documents = path.join(folder, 'Documents')
  exports = path.join(folder, 'Region reports')
  fs.mkdirSync(documents)
  fs.mkdirSync(exports)
})
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }))

const memory = () =>
  createFolderMemory({ file: path.join(folder, 'userData', 'folders.json'), fallback: () => documents })

type Done = (event: unknown, state: 'completed' | 'cancelled' | 'interrupted') => void

/** A download as Electron hands it to will-download, recording what the handler does with it. */
function fakeItem(url: string, filename: string) {
  let done: Done | undefined
  let savePath = ''
  const item = {
    getURL: () => url,
    getFilename: () => filename,
    getSavePath: () => savePath,
    setSaveDialogOptions: vi.fn(),
    cancel: vi.fn(),
    once: vi.fn((_name: string, listener: Done) => (done = listener)),
  }
  // What the user does in the native dialog, then how the download ends.
  const finish = (chosen: string, state: Parameters<Done>[1] = 'completed') => {
    savePath = chosen
    done?.({}, state)
  }
  return { item, finish }
}

function session() {
  let listener: ((event: unknown, item: unknown) => void) | undefined
  const target = { on: vi.fn((_name: string, fn: typeof listener) => (listener = fn)) }
  return { target, download: (item: unknown) => listener?.({}, item) }
}

const appOrigin = 'app://region-desk'

describe('will-download (PDF, CSV, .ics saved by the renderer)', () => {
  it('opens the native save dialog in Documents the first time, then in the folder last saved to', () => {
    const folders = memory()
    const { target, download } = session()
    handleDownloads(target as never, { folders, appOrigin })
    expect(target.on).toHaveBeenCalledWith('will-download', expect.any(Function))

    const first = fakeItem('blob:app://region-desk/0b0c-uuid', 'minutes-bergen-2025.pdf')
    download(first.item)
    expect(first.item.setSaveDialogOptions).toHaveBeenCalledWith({
      defaultPath: path.join(documents, 'minutes-bergen-2025.pdf'),
    })
    first.finish(path.join(exports, 'minutes-bergen-2025.pdf'))

    // A fresh memory reads the same file: the folder survives a restart.
    const restarted = session()
    handleDownloads(restarted.target as never, { folders: memory(), appOrigin })
    const again = fakeItem('blob:app://region-desk/1d2e-uuid', 'trainings.csv')
    restarted.download(again.item)
    expect(again.item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: path.join(exports, 'trainings.csv') })
  })

  it('does not remember a folder when the user cancels or the download fails', () => {
    const folders = memory()
    const { target, download } = session()
    handleDownloads(target as never, { folders, appOrigin })
    const cancelled = fakeItem('blob:app://region-desk/uuid', 'a.ics')
    download(cancelled.item)
    cancelled.finish('', 'cancelled')
    const failed = fakeItem('blob:app://region-desk/uuid', 'b.ics')
    download(failed.item)
    failed.finish(path.join(exports, 'b.ics'), 'interrupted')
    expect(folders.last()).toBe(documents)
  })

  it('falls back to Documents when the remembered folder was deleted', () => {
    const folders = memory()
    folders.remember(exports)
    fs.rmSync(exports, { recursive: true })
    expect(folders.last()).toBe(documents)
  })

  it('keeps only the file name the page suggested, never a folder in it', () => {
    const { target, download } = session()
    handleDownloads(target as never, { folders: memory(), appOrigin })
    const sneaky = fakeItem('blob:app://region-desk/uuid', '../../.bashrc')
    download(sneaky.item)
    expect(sneaky.item.setSaveDialogOptions).toHaveBeenCalledWith({ defaultPath: path.join(documents, '.bashrc') })
  })

  it('cancels downloads the app did not create itself', () => {
    const { target, download } = session()
    handleDownloads(target as never, { folders: memory(), appOrigin })
    for (const url of ['https://evil.com/payload.exe', 'blob:https://evil.com/uuid', 'file:///etc/passwd']) {
      const foreign = fakeItem(url, 'payload.exe')
      download(foreign.item)
      expect(foreign.item.cancel, url).toHaveBeenCalled()
      expect(foreign.item.setSaveDialogOptions).not.toHaveBeenCalled()
    }
  })

  it.each([
    ['blob:app://region-desk/uuid', 'app://region-desk', true],
    ['data:text/csv;base64,YQ==', 'app://region-desk', true],
    ['app://region-desk/export.csv', 'app://region-desk', true],
    ['blob:http://localhost:5173/uuid', 'http://localhost:5173', true],
    ['blob:app://region-desk.evil.com/uuid', 'app://region-desk', false],
    ['blob:null/uuid', 'app://region-desk', false],
  ])('isAppDownload(%s) -> %s', (url, origin, expected) => expect(isAppDownload(url, origin)).toBe(expected))
})

describe('openFileDialog (for import and restore)', () => {
  const t = createTranslator('nb')

  it('offers CSV and Excel files for import, starting in the last folder, and remembers the choice', async () => {
    const folders = memory()
    const dialog = {
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [path.join(exports, 'people.xlsx')] })),
    }
    await expect(openFileDialog('spreadsheet', { dialog: dialog as never, folders, t })).resolves.toBe(
      path.join(exports, 'people.xlsx'),
    )
    expect(dialog.showOpenDialog).toHaveBeenCalledWith({
      title: 'Velg et regneark',
      defaultPath: documents,
      filters: [{ name: 'Regneark (CSV, Excel)', extensions: ['csv', 'xlsx'] }],
      properties: ['openFile'],
    })
    expect(folders.last()).toBe(exports)
  })

  it('offers backups for restore, modal to the window when one is given', async () => {
    const parent = { id: 1 }
    const dialog = { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/backups/region.sqlite'] })) }
    await openFileDialog('backup', { dialog: dialog as never, folders: memory(), t, parent: parent as never })
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ filters: [{ name: 'Sikkerhetskopier av Region Desk', extensions: ['sqlite'] }] }),
    )
  })

  it('resolves null and remembers nothing when the user cancels', async () => {
    const folders = memory()
    const dialog = { showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) }
    await expect(openFileDialog('spreadsheet', { dialog: dialog as never, folders, t })).resolves.toBeNull()
    expect(folders.last()).toBe(documents)
  })

  it('uses the English texts as the reference', () => {
    expect(openDialogOptions('backup', { folders: memory(), t: createTranslator('en') }).title).toBe('Choose a backup')
  })
})

describe('aboutBox', () => {
  it('names the version, the runtime and where the data lives, in the user language', () => {
    const box = aboutBox(createTranslator('sv'), {
      version: '0.1.0',
      versions: { electron: '41.7.1', chrome: '146.0.1', node: '24.1.0' },
      dataFolder: '/home/kari/.config/Region Desk',
    })
    expect(box.title).toBe('Om Region Desk')
    expect(box.message).toBe('Region Desk 0.1.0')
    expect(box.detail).toContain('Electron 41.7.1 · Chromium 146.0.1 · Node.js 24.1.0')
    expect(box.detail).toContain('/home/kari/.config/Region Desk')
  })
})
