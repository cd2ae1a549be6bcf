import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createTranslator, languageFromLocales } from '../../shared/i18n'
import { en } from '../../shared/i18n/en'
import { nb } from '../../shared/i18n/nb'
import { sv } from '../../shared/i18n/sv'

type Tree = { [key: string]: string | Tree }

/** Every leaf as "a.b.c" -> text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(name, value)
    else for (const [k, v] of flatten(value, name)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort()

const flat = { en: flatten(en), nb: flatten(nb), sv: flatten(sv) }

describe('translations', () => {
  it.each(['nb', 'sv'] as const)('%s has exactly the keys of en', (language) => {
    const missing = [...flat.en.keys()].filter((key) => !flat[language].has(key))
    const extra = [...flat[language].keys()].filter((key) => !flat.en.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it.each(['en', 'nb', 'sv'] as const)('%s has no empty or blank text', (language) => {
    expect([...flat[language]].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([])
  })

  it.each(['nb', 'sv'] as const)('%s uses the same {{placeholders}} as en in every text', (language) => {
    const differing = [...flat.en]
      .filter(([key]) => flat[language].has(key))
      .filter(([key, text]) => placeholders(text).join() !== placeholders(flat[language].get(key)!).join())
      .map(([key]) => key)
    expect(differing).toEqual([])
  })

  it('really translates: nb and sv differ from en in most texts', () => {
    for (const language of ['nb', 'sv'] as const) {
      const same = [...flat.en].filter(([key, text]) => flat[language].get(key) === text).length
      expect(same / flat.en.size).toBeLessThan(0.25)
    }
  })
})

/** Every source file under a folder, as text. */
function sources(folder: string): { file: string; text: string }[] {
  const root = path.resolve(__dirname, '../..', folder)
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.includes(`i18n${path.sep}`))
    .map((file) => ({ file: path.join(folder, file), text: fs.readFileSync(path.join(root, file), 'utf8') }))
}

describe('message keys the code can produce', () => {
  const code = [...sources('main'), ...sources('shared')]

  it('are all found in the sources (the search below is not empty)', () => {
    const keys = code.flatMap(({ text }) => [
      ...text.matchAll(/['"`]((?:errors|validation|dbErrors)\.[A-Za-z][\w.]*)['"`]/g),
    ])
    expect(keys.length).toBeGreaterThan(10)
  })

  it("exist in en, so the user never sees a raw key (every 'errors.', 'validation.', 'dbErrors.' literal)", () => {
    const missing = code.flatMap(({ file, text }) =>
      [...text.matchAll(/['"`]((?:errors|validation|dbErrors)\.[A-Za-z][\w.]*)['"`]/g)]
        .map((m) => m[1]!)
        .filter((key) => !flat.en.has(key))
        .map((key) => `${file}: ${key}`),
    )
    expect([...new Set(missing)]).toEqual([])
  })

  it('exist for every template key (`errors.notFound.${…}`, `dbErrors.${…}`) and each value it is built from', () => {
    const missing: string[] = []
    for (const { file, text } of code)
      for (const m of text.matchAll(/`((?:errors|validation|dbErrors)(?:\.[A-Za-z]\w*)*)\.\$\{/g)) {
        const prefix = m[1]!
        if (![...flat.en.keys()].some((key) => key.startsWith(`${prefix}.`))) missing.push(`${file}: ${prefix}.*`)
      }
    // The values: notFound('<entity>') calls, and the DatabaseProblem codes.
    for (const { file, text } of code)
      for (const m of text.matchAll(/notFound\('(\w+)'\)/g))
        if (!flat.en.has(`errors.notFound.${m[1]}`)) missing.push(`${file}: errors.notFound.${m[1]}`)
    const problems = fs.readFileSync(path.resolve(__dirname, '../../main/db/errors.ts'), 'utf8')
    const codes = [...problems.matchAll(/'(DB_[A-Z_]+)'/g)].map((m) => m[1]!)
    expect(codes.length).toBeGreaterThanOrEqual(4)
    for (const problem of codes) if (!flat.en.has(`dbErrors.${problem}`)) missing.push(`dbErrors.${problem}`)
    expect(missing).toEqual([])
  })

  it('fill in their parameters (dbErrors name the file and versions)', () => {
    const t = createTranslator('nb')
    expect(t('dbErrors.DB_UNWRITABLE', { path: '/home/kari/region.sqlite' })).toContain('/home/kari/region.sqlite')
    expect(t('dbErrors.DB_TOO_NEW', { fileVersion: 7, appVersion: 3 })).toMatch(/7.*3/s)
  })
})

describe('createTranslator', () => {
  it.each([
    ['en', en.errors.internal],
    ['nb', nb.errors.internal],
    ['sv', sv.errors.internal],
    ['de', en.errors.internal],
  ])('translates into %s (unknown languages fall back to English)', (language, expected) => {
    expect(createTranslator(language)('errors.internal')).toBe(expected)
  })
})

describe('languageFromLocales', () => {
  it.each<[readonly string[], 'nb' | 'sv' | 'en']>([
    [['nb-NO'], 'nb'],
    [['no'], 'nb'],
    [['nn-NO'], 'nb'],
    [['nb_NO'], 'nb'],
    [['NB-no'], 'nb'],
    [['sv-SE'], 'sv'],
    [['sv-FI'], 'sv'],
    [['sv'], 'sv'],
    [['en-US'], 'en'],
    [['en-GB'], 'en'],
    [['de-DE'], 'en'],
    [['fi-FI'], 'en'],
    [[], 'en'],
    [[''], 'en'],
    [['de-DE', 'sv-SE', 'nb-NO'], 'sv'],
    [['nb-NO', 'sv-SE'], 'nb'],
    [['en-US', 'nb-NO'], 'en'],
    [['fr-FR', 'da-DK', 'nn-NO'], 'nb'],
  ])('%j -> %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected)
  })
})
