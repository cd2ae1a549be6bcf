import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuDestinations, menuTemplate, type MenuOptions } from '../../main/electron/menu'
import { createTranslator } from '../../shared/i18n'
import { desktopText } from '../../shared/i18n/sections/desktop'

type Item = MenuItemConstructorOptions

function build(overrides: Partial<MenuOptions> = {}) {
  const actions = { navigate: vi.fn(), setLanguage: vi.fn(), showAbout: vi.fn(), openDataFolder: vi.fn() }
  const template = menuTemplate({
    t: createTranslator('en'),
    platform: 'linux',
    language: null,
    developer: false,
    appName: 'Region Desk',
    actions,
    ...overrides,
  })
  return { template, actions }
}

const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[]
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(submenu(item))])
const labelled = (items: Item[]) => items.filter((item) => item.type !== 'separator')
const byId = (template: Item[], id: string) => flatten(template).find((item) => item.id === id)
const click = (item: Item | undefined) => (item?.click as unknown as () => void)()

describe('application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, with the app menu and Window added on macOS', () => {
    expect(build().template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(build({ platform: 'darwin' }).template.map((item) => item.label)).toEqual([
      'Region Desk',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ])
  })

  it('File holds new election, import, export, back up, restore, hand over and quit, with standard accelerators', () => {
    const file = labelled(submenu(build().template[0]))
    expect(file.map((item) => [item.label, item.accelerator ?? null])).toEqual([
      ['New election…', 'CmdOrCtrl+N'],
      ['Import…', 'CmdOrCtrl+I'],
      ['Export…', 'CmdOrCtrl+E'],
      ['Back up…', 'CmdOrCtrl+B'],
      ['Restore from backup…', null],
      ['Hand over the region…', null],
      ['Quit', 'CmdOrCtrl+Q'],
    ])
    expect(file.at(-1)?.role).toBe('quit')
  })

  it('on macOS quits from the app menu, and File ends with Close window', () => {
    const { template } = build({ platform: 'darwin' })
    expect(labelled(submenu(template[0])).at(-1)).toMatchObject({ role: 'quit', label: 'Quit Region Desk' })
    expect(labelled(submenu(template[1])).at(-1)).toMatchObject({ role: 'close', accelerator: 'Command+W' })
  })

  it('File items ask the window to show their page, as a plain path', () => {
    const { template, actions } = build()
    for (const [key, path] of Object.entries(menuDestinations)) {
      click(byId(template, `file.${key}`))
      expect(actions.navigate).toHaveBeenLastCalledWith(path)
      expect(path).toMatch(/^\/[a-z-]*$/)
    }
    expect(actions.navigate).toHaveBeenCalledTimes(6)
  })

  it('Edit uses the standard roles with their usual shortcuts', () => {
    const edit = labelled(submenu(build().template[1]))
    expect(edit.map((item) => [item.role, item.accelerator ?? null])).toEqual([
      ['undo', 'CmdOrCtrl+Z'],
      ['redo', 'CmdOrCtrl+Y'],
      ['cut', 'CmdOrCtrl+X'],
      ['copy', 'CmdOrCtrl+C'],
      ['paste', 'CmdOrCtrl+V'],
      ['delete', null],
      ['selectAll', 'CmdOrCtrl+A'],
    ])
    const mac = labelled(submenu(build({ platform: 'darwin' }).template[2]))
    expect(mac.map((item) => item.role)).toContain('pasteAndMatchStyle')
    expect(mac.find((item) => item.role === 'redo')?.accelerator).toBe('Shift+Command+Z')
  })

  it('View zooms, reloads and switches language; developer tools only in development', () => {
    const view = labelled(submenu(build().template[2]))
    expect(view.map((item) => item.role ?? item.id)).toEqual([
      'zoomIn',
      'zoomOut',
      'resetZoom',
      'view.language',
      'reload',
      'togglefullscreen',
    ])
    expect(view.slice(0, 3).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+Plus', 'CmdOrCtrl+-', 'CmdOrCtrl+0'])
    expect(view.find((item) => item.role === 'reload')?.accelerator).toBe('CmdOrCtrl+R')
    const developer = labelled(submenu(build({ developer: true }).template[2]))
    expect(developer.map((item) => item.role)).toContain('toggleDevTools')
  })

  it('the language menu ticks the settings language, names each language in itself, and changes it', () => {
    const { template, actions } = build({ language: 'sv' })
    const choices = submenu(byId(template, 'view.language'))
    // One radio group: Electron would split it at a separator.
    expect(choices.map((item) => [item.label, item.type, item.checked])).toEqual([
      ['Same as the computer', 'radio', false],
      ['Norsk bokmål', 'radio', false],
      ['Svenska', 'radio', true],
      ['English', 'radio', false],
    ])
    click(choices[1])
    expect(actions.setLanguage).toHaveBeenLastCalledWith('nb')
    click(choices[0])
    expect(actions.setLanguage).toHaveBeenLastCalledWith(null)
    const following = labelled(submenu(byId(build({ language: null }).template, 'view.language')))
    expect(following[0]?.checked).toBe(true)
  })

  it('Help opens the data folder and the about box', () => {
    const { template, actions } = build()
    expect(labelled(submenu(template[3])).map((item) => item.label)).toEqual(['Open data folder', 'About Region Desk'])
    click(byId(template, 'help.openDataFolder'))
    click(byId(template, 'help.about'))
    expect(actions.openDataFolder).toHaveBeenCalledOnce()
    expect(actions.showAbout).toHaveBeenCalledOnce()
  })

  it.each([
    ['nb', ['Fil', 'Rediger', 'Vis', 'Hjelp'], 'Nytt valg…'],
    ['sv', ['Arkiv', 'Redigera', 'Visa', 'Hjälp'], 'Nytt val…'],
    ['en', ['File', 'Edit', 'View', 'Help'], 'New election…'],
  ])('speaks %s when that is the language', (language, menus, newElection) => {
    const { template } = build({ t: createTranslator(language) })
    expect(template.map((item) => item.label)).toEqual(menus)
    expect(byId(template, 'file.newElection')?.label).toBe(newElection)
    // Every item a user reads has a real text, never a raw key.
    for (const item of labelled(flatten(template))) expect(item.label).not.toMatch(/^desktop\.|\{\{/)
  })
})

describe('desktop texts', () => {
  type Tree = { [key: string]: string | Tree }
  const keys = (tree: Tree, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
    )

  it('nb and sv have exactly the keys of en, none empty', () => {
    const en = keys(desktopText.en)
    expect(keys(desktopText.nb)).toEqual(en)
    expect(keys(desktopText.sv)).toEqual(en)
    for (const language of ['en', 'nb', 'sv'] as const) {
      const t = createTranslator(language)
      for (const key of en) expect(t(`desktop.${key}`).trim(), key).not.toBe('')
    }
  })
})
