import type { MenuItemConstructorOptions } from 'electron'
import { languages, type Language } from '../../shared/api/settings'

/**
 * Pages the File menu opens in the window, sent as { name: 'navigate', to } events. Features not
 * built yet get their own paths so the renderer can route them once they exist.
 */
// Backups, restore and handing the region on share one page; exports live on each list (CSV) and
// in the season report, so File → Export opens the dashboard where the season report is.
export const menuDestinations = {
  newElection: '/elections',
  import: '/import',
  export: '/',
  backup: '/records',
  restore: '/records',
  handOver: '/records',
} as const

export type MenuActions = {
  navigate: (to: string) => void
  setLanguage: (language: Language | null) => void
  showAbout: () => void
  openDataFolder: () => void
}

type Translate = (key: string, params?: Record<string, unknown>) => string

export type MenuOptions = {
  t: Translate
  platform: NodeJS.Platform
  /** The settings language; null means the menu follows the computer (and shows that choice ticked). */
  language: Language | null
  /** Developer tools only in an unpackaged app. */
  developer: boolean
  appName: string
  actions: MenuActions
}

/** The application menu as a plain template (tested); index.ts builds it with Menu.buildFromTemplate. */
export function menuTemplate({
  t,
  platform,
  language,
  developer,
  appName,
  actions,
}: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const m = (key: string) => t(`desktop.menu.${key}`)
  const go = (key: keyof typeof menuDestinations, accelerator?: string): MenuItemConstructorOptions => ({
    id: `file.${key}`,
    label: m(key),
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.navigate(menuDestinations[key]),
  })
  const sep: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { id: 'app.about', label: t('desktop.menu.appAbout', { app: appName }), click: actions.showAbout },
      sep,
      { role: 'services', label: m('services') },
      sep,
      { role: 'hide', label: t('desktop.menu.hide', { app: appName }), accelerator: 'Command+H' },
      { role: 'hideOthers', label: m('hideOthers'), accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: m('showAll') },
      sep,
      { role: 'quit', label: t('desktop.menu.appQuit', { app: appName }), accelerator: 'Command+Q' },
    ],
  }

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: m('file'),
    submenu: [
      go('newElection', 'CmdOrCtrl+N'),
      sep,
      go('import', 'CmdOrCtrl+I'),
      go('export', 'CmdOrCtrl+E'),
      sep,
      go('backup', 'CmdOrCtrl+B'),
      go('restore'),
      sep,
      go('handOver'),
      sep,
      mac
        ? { role: 'close', label: m('close'), accelerator: 'Command+W' }
        : { id: 'file.quit', role: 'quit', label: m('quit'), accelerator: 'CmdOrCtrl+Q' },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: m('edit'),
    submenu: [
      { role: 'undo', label: m('undo'), accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: m('redo'), accelerator: mac ? 'Shift+Command+Z' : 'CmdOrCtrl+Y' },
      sep,
      { role: 'cut', label: m('cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: m('copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: m('paste'), accelerator: 'CmdOrCtrl+V' },
      ...(mac
        ? [{ role: 'pasteAndMatchStyle', label: m('pasteAndMatchStyle'), accelerator: 'Shift+Command+Alt+V' } as const]
        : []),
      { role: 'delete', label: m('delete') },
      sep,
      { role: 'selectAll', label: m('selectAll'), accelerator: 'CmdOrCtrl+A' },
    ],
  }

  const languageItem = (choice: Language | null): MenuItemConstructorOptions => ({
    id: `view.language.${choice ?? 'system'}`,
    type: 'radio',
    // Each language is named in itself, so a user lost in a foreign menu still finds their own.
    label: choice ? t(`languages.${choice}`) : m('languageSystem'),
    checked: language === choice,
    click: () => actions.setLanguage(choice),
  })

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: m('view'),
    submenu: [
      { role: 'zoomIn', label: m('zoomIn'), accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: m('zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { role: 'resetZoom', label: m('resetZoom'), accelerator: 'CmdOrCtrl+0' },
      sep,
      // No separator inside: Electron makes each run of radio items between separators its own group.
      { id: 'view.language', label: m('language'), submenu: [languageItem(null), ...languages.map(languageItem)] },
      sep,
      { role: 'reload', label: m('reload'), accelerator: 'CmdOrCtrl+R' },
      { role: 'togglefullscreen', label: m('toggleFullScreen'), accelerator: mac ? 'Control+Command+F' : 'F11' },
      ...(developer
        ? [
            {
              role: 'toggleDevTools',
              label: m('toggleDevTools'),
              accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
            } as const,
          ]
        : []),
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    role: 'window',
    label: m('window'),
    submenu: [
      { role: 'minimize', label: m('minimize'), accelerator: 'Command+M' },
      { role: 'zoom', label: m('zoom') },
      sep,
      { role: 'front', label: m('front') },
    ],
  }

  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: m('help'),
    submenu: [
      { id: 'help.openDataFolder', label: m('openDataFolder'), click: actions.openDataFolder },
      sep,
      { id: 'help.about', label: m('about'), click: actions.showAbout },
    ],
  }

  return mac ? [appMenu, file, edit, view, windowMenu, help] : [file, edit, view, help]
}
