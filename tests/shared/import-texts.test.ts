import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../shared/i18n'
import { importingText } from '../../shared/i18n/sections/importing'
import { importFields } from '../../shared/import/fields'
import { duplicateActions } from '../../shared/import/plan'

type Tree = { [key: string]: string | Tree }
const flatten = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  )
const flat = {
  en: new Map(flatten(importingText.en)),
  nb: new Map(flatten(importingText.nb)),
  sv: new Map(flatten(importingText.sv)),
}
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join()

describe('import texts', () => {
  it.each(['nb', 'sv'] as const)('%s has the keys and placeholders of en, and translates them', (language) => {
    expect([...flat[language].keys()].sort()).toEqual([...flat.en.keys()].sort())
    const differing = [...flat.en].filter(
      ([key, text]) => placeholders(text) !== placeholders(flat[language].get(key)!),
    )
    expect(differing).toEqual([])
    const same = [...flat.en].filter(([key, text]) => flat[language].get(key) === text && text !== 'Import')
    expect(same.length / flat.en.size).toBeLessThan(0.1)
  })

  it('has every importing.* key the code uses, and a text for every field and duplicate choice', () => {
    const roots = ['main', 'shared', 'renderer/src']
    const files = roots.flatMap((root) =>
      (fs.readdirSync(path.resolve(__dirname, '../..', root), { recursive: true }) as string[])
        .filter((file) => /\.(ts|tsx)$/.test(file))
        .map((file) => path.resolve(__dirname, '../..', root, file)),
    )
    const used = files.flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"`]importing\.([\w.]+)['"`]/g)].map((m) => m[1]!),
    )
    expect(used.length).toBeGreaterThan(20)
    expect([...new Set(used)].filter((key) => !flat.en.has(key))).toEqual([])
    for (const field of importFields) expect(flat.en.has(`mapping.fields.${field}`)).toBe(true)
    for (const action of duplicateActions) expect(flat.en.has(`preview.actions.${action}`)).toBe(true)
  })

  it('renders a row message with its values in each language', () => {
    const params = { role: 'Leder', group: 'Amnesty Tromsø', seats: 1, count: 2, date: '2025-09-01' }
    expect(createTranslator('nb')('importing.problems.seatsTaken', params)).toBe(
      'Leder i Amnesty Tromsø ville hatt 2 innehavere 2025-09-01, flere enn antall plasser (1).',
    )
    expect(createTranslator('sv')('importing.file.tooManyRows', { max: 100000 })).toContain('100000')
  })
})
