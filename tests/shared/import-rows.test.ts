import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { emptyMapping } from '../../shared/import/fields'
import { readRow, roleFinder, type RoleChoice } from '../../shared/import/rows'
import {
  createNameFolder,
  isoDateFrom,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  requiredText,
  type Checked,
} from '../../shared/import/values'
import { fold } from '../../shared/text'
import * as blocks from '../../shared/validation'

const roles: RoleChoice[] = [
  { id: 1, key: 'leader', names: { nb: 'Leder', sv: 'Gruppsekreterare', en: 'Leader' } },
  { id: 3, key: 'treasurer', names: { nb: 'Økonomiansvarlig', sv: 'Kassör', en: 'Treasurer' } },
  {
    id: 4,
    key: 'social_media',
    names: { nb: 'Ansvarlig for sosiale medier (SoMe)', sv: 'Sociala medier', en: 'Social media' },
  },
  { id: 5, key: 'auditor', names: { nb: 'Revisor (ekstern)', sv: 'Extern revisor', en: 'External auditor' } },
]
const context = { today: '2026-03-15', findRole: roleFinder(roles) }
const columns = ['name', 'email', 'phone', 'group', 'town', 'role', 'from', 'to'] as const
const mapping = { ...emptyMapping(), ...Object.fromEntries(columns.map((field, index) => [field, index])) }
type Cells = Partial<Record<(typeof columns)[number], string>>
const cells = (values: Cells) => columns.map((field) => values[field] ?? '')
const kari: Cells = { name: 'Kari Nordmann', group: 'Amnesty Tromsø' }

describe('readRow', () => {
  it.each<[string, Cells, Record<string, unknown>]>([
    ['trims and lower-cases the email', { ...kari, email: ' Kari@Example.ORG ' }, { email: 'kari@example.org' }],
    ['blank cells become null', { ...kari, phone: '  ', town: '' }, { phone: null, town: null, from: null }],
    ['a Norwegian date', { ...kari, from: '1.9.2025' }, { from: '2025-09-01' }],
    ['a date with a time', { ...kari, from: '2025-09-01 00:00:00' }, { from: '2025-09-01' }],
    ['a role by its Swedish name', { ...kari, role: 'kassör' }, { roleId: 3, roleText: 'kassör' }],
    ['a role by its key', { ...kari, role: 'LEADER' }, { roleId: 1 }],
    ['a role by its name without the remark', { ...kari, role: 'Revisor' }, { roleId: 5 }],
    ['a role by the remark', { ...kari, role: 'SoMe' }, { roleId: 4 }],
    ['an ended membership with its start', { ...kari, from: '2020-01-01', to: '2024-12-31' }, { to: '2024-12-31' }],
    ['an end in the future without a start', { ...kari, to: '2026-12-31' }, { from: null, to: '2026-12-31' }],
  ])('reads a row: %s', (_label, values, expected) => {
    const read = readRow(cells(values), 7, mapping, context)
    expect(read.problems).toBeNull()
    expect(read.row).toMatchObject({ line: 7, ...expected })
  })

  it.each<[string, Cells, [string, string, string][]]>([
    ['no name', { name: ' ' }, [['name', ' ', 'validation.required']]],
    ['a name too long', { name: 'x'.repeat(161) }, [['name', 'x'.repeat(161), 'validation.tooLong']]],
    ['a bad email', { ...kari, email: 'kari@' }, [['email', 'kari@', 'validation.email']]],
    ['letters in a phone number', { ...kari, phone: '+47 abc' }, [['phone', '+47 abc', 'validation.phone']]],
    ['an impossible date', { ...kari, from: '30.02.2025' }, [['from', '30.02.2025', 'validation.date']]],
    ['a month-first date', { ...kari, from: '2025/09/01' }, [['from', '2025/09/01', 'validation.date']]],
    [
      'a role not in the catalogue',
      { ...kari, role: 'Kaptein' },
      [['role', 'Kaptein', 'importing.problems.unknownRole']],
    ],
    [
      'a role without a group',
      { name: 'Kari', role: 'Leder' },
      [['role', 'Leder', 'importing.problems.roleWithoutGroup']],
    ],
    [
      'a role with an end',
      { ...kari, role: 'Leder', to: '2026-12-31' },
      [['to', '2026-12-31', 'importing.problems.roleWithEnd']],
    ],
    [
      'an end before the start',
      { ...kari, from: '2025-09-01', to: '2025-08-31' },
      [['to', '2025-08-31', 'validation.endBeforeStart']],
    ],
    ['a past end without a start', { ...kari, to: '2025-01-01' }, [['from', '', 'importing.problems.fromNeeded']]],
    [
      'several cells at once, one problem each',
      { name: '', email: 'x', phone: 'y', from: 'z' },
      [
        ['name', '', 'validation.required'],
        ['email', 'x', 'validation.email'],
        ['phone', 'y', 'validation.phone'],
        ['from', 'z', 'validation.date'],
      ],
    ],
  ])('reports %s', (_label, values, expected) => {
    const read = readRow(cells(values), 7, mapping, context)
    expect(read.row).toBeNull()
    expect(read.problems?.map((problem) => [problem.field, problem.value, problem.messageKey])).toEqual(expected)
    expect(read.problems?.every((problem) => problem.line === 7)).toBe(true)
  })

  it('gives the limit with a too-long value', () => {
    expect(readRow(cells({ ...kari, town: 'x'.repeat(121) }), 2, mapping, context).problems).toMatchObject([
      { field: 'town', messageKey: 'validation.tooLong', params: { max: 120 } },
    ])
  })

  it('reads only mapped columns, and a short row as empty cells', () => {
    const only = { ...emptyMapping(), name: 1, email: 5 }
    expect(readRow(['ignored', 'Kari'], 2, only, context).row).toMatchObject({ name: 'Kari', email: null, group: null })
  })
})

describe('isoDateFrom', () => {
  it.each([
    ['2025-09-01', '2025-09-01'],
    [' 2025-09-01 ', '2025-09-01'],
    ['2025-09-01T00:00:00.000Z', '2025-09-01'],
    ['01.09.2025', '2025-09-01'],
    ['1.9.2025', '2025-09-01'],
    ['1/9/2025', '2025-09-01'],
    ['09/01/25', '09/01/25'],
    ['next week', 'next week'],
  ])('%s → %s', (raw, iso) => {
    expect(isoDateFrom(raw)).toBe(iso)
  })
})

/** What the zod block says about a value, in the fast checks' terms. */
function viaZod(schema: z.ZodType, raw: string): Checked {
  const result = schema.safeParse(raw, { reportInput: true })
  if (result.success) return { ok: true, value: result.data as string | null }
  const problem = blocks.describeIssue(result.error.issues[0]!)
  return { ok: false, messageKey: problem.messageKey, params: problem.params as Record<string, number> }
}

describe('the fast field checks give what the contract’s zod blocks give', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.constantFrom('', '  ', 'kari@example.org', ' A@B.no ', 'a@b', 'x@y.z', '+47 (0) 400-00 000', '2025-02-29'),
    fc.emailAddress(),
    fc.stringMatching(/^[+()\d\s-]{0,45}$/),
    fc.stringMatching(/^\s?\d{4}-\d{2}-\d{2}\s?$/),
  )
  it.each<[string, (raw: string) => Checked, z.ZodType]>([
    ['requiredText(160)', (raw) => requiredText(raw, 160), blocks.requiredText(160)],
    ['optionalText(120)', (raw) => optionalText(raw, 120), blocks.optionalText(120)],
    ['optionalEmail', optionalEmail, blocks.optionalEmail],
    ['optionalPhone', optionalPhone, blocks.optionalPhone],
    ['optionalIsoDate', optionalIsoDate, blocks.optionalIsoDate],
  ])('%s', (_name, check, schema) => {
    fc.assert(
      fc.property(text, (raw) => {
        expect(check(raw)).toEqual(viaZod(schema, raw))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('createNameFolder', () => {
  it('folds like fold, word by word', () => {
    const foldName = createNameFolder()
    const words = fc.constantFrom('Åse', 'ØDEGÅRD', 'Björn', 'Ærlig', 'ΟΔΟΣ', 'İsmail', 'e\u0301', '\u0301', 'ß', '')
    const name = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 5 }).map((parts) => parts.join(' ')),
    )
    fc.assert(
      fc.property(name, (value) => {
        expect(foldName(value)).toBe(fold(value))
      }),
      { numRuns: 3000 },
    )
  })
})
