import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTranslator } from '../../shared/i18n'
import { trainingsText } from '../../shared/i18n/sections/trainings'

type Tree = { [key: string]: string | Tree }

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(name, value)
    else for (const [k, v] of flatten(value, name)) out.set(k, v)
  }
  return out
}

const flat = { en: flatten(trainingsText.en), nb: flatten(trainingsText.nb), sv: flatten(trainingsText.sv) }
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

/** Every file of the trainings feature that can produce a `trainings.…` key. */
function sources(): { file: string; text: string }[] {
  const root = path.resolve(__dirname, '../..')
  const folders = ['renderer/src/pages/trainings', 'main/handlers/trainings']
  return [
    ...folders.flatMap((folder) => fs.readdirSync(path.join(root, folder)).map((file) => path.join(folder, file))),
    'renderer/src/Shell.tsx',
  ].map((file) => ({ file, text: fs.readFileSync(path.join(root, file), 'utf8') }))
}

describe('trainings texts', () => {
  it.each(['nb', 'sv'] as const)(
    '%s has exactly the keys of en, none blank, with the same placeholders',
    (language) => {
      expect([...flat[language].keys()].sort()).toEqual([...flat.en.keys()].sort())
      expect([...flat[language]].filter(([, text]) => !text.trim())).toEqual([])
      const differing = [...flat.en].filter(
        ([key, text]) => placeholders(text).join() !== placeholders(flat[language].get(key)!).join(),
      )
      expect(differing).toEqual([])
    },
  )

  it('has every key the code asks for (plural keys by their _one/_other forms)', () => {
    const known = (key: string) => flat.en.has(key) || flat.en.has(`${key}_one`)
    const used = sources().flatMap(({ file, text }) =>
      [...text.matchAll(/['"`]trainings\.([\w.]+)(\$\{)?/g)].map((m) => ({ file, key: m[1]!, template: !!m[2] })),
    )
    expect(used.length).toBeGreaterThan(50)
    const missing = used
      .filter(({ key, template }) =>
        template ? ![...flat.en.keys()].some((candidate) => candidate.startsWith(key)) : !known(key),
      )
      .map(({ file, key }) => `${file}: ${key}`)
    expect(missing).toEqual([])
  })

  it('reaches the user through the main-side translator, in each language', () => {
    expect(createTranslator('nb')('trainings.errors.nameTaken', { name: 'SoMe-kurs' })).toBe(
      'Et kurs med navnet «SoMe-kurs» finnes allerede.',
    )
    expect(createTranslator('sv')('trainings.quick.saved', { count: 1 })).toBe('Deltagande sparat för 1 person')
    expect(createTranslator('en')('trainings.quick.saved', { count: 3 })).toBe('Attendance saved for 3 people')
  })
})
