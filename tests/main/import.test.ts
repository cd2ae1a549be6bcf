import { describe, expect, it } from 'vitest'
import type { ColumnMapping } from '../../shared/api/import'
import { createHarness } from './harness'
import { csvText, ready, upload, utf8 } from './importFiles'

// Picking every row of a 50,000-row file takes a moment.
const slow = { timeout: 60_000 }

const header = ['Navn', 'E-post', 'Telefon', 'Gruppe', 'Sted', 'Verv', 'Fra', 'Til']

/** A fresh record (Norwegian preset; today 2026-03-15) and what it holds. */
function region() {
  const harness = createHarness('2026-03-15')
  const count = (table: string) =>
    (harness.db.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
  const counts = () => ({
    groups: count('groups'),
    people: count('people'),
    memberships: count('memberships'),
    terms: count('role_terms'),
  })
  return { ...harness, count, counts }
}

type Region = ReturnType<typeof region>

async function uploadRows(h: Region, rows: string[][], options: { separator?: string; bom?: boolean } = {}) {
  return ready(await upload(h, utf8(csvText([header, ...rows], options.separator ?? ';'), options.bom)))
}

const noDecisions = { all: null, rows: [] }

describe('import-preview', () => {
  it('reports every bad cell with its line, column, value and message key, and changes nothing', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', 'kari@example.org', '+47 400 00 000', 'Amnesty Tromsø', 'Tromsø', 'Leder', '2025-09-01', ''],
      ['', 'nobody@example.org', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Ola Åsen', 'ola@', '12 34 (56)', 'Amnesty Tromsø', '', 'Kaptein', '31.02.2025', ''],
      ['Per Ødegård', '', '', 'Amnesty Bodø', 'Bodø', '', '01.09.2025', '2025-08-01'],
    ])
    const before = h.counts()
    const preview = h.call('import-preview', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(preview.problems.map(({ line, column, value, messageKey }) => [line, column, value, messageKey])).toEqual([
      [3, 'Navn', '', 'validation.required'],
      [4, 'E-post', 'ola@', 'validation.email'],
      [4, 'Fra', '31.02.2025', 'validation.date'],
      [4, 'Verv', 'Kaptein', 'importing.problems.unknownRole'],
      [5, 'Til', '2025-08-01', 'validation.endBeforeStart'],
    ])
    expect(preview.counts).toMatchObject({ rows: 4, invalidRows: 3, applied: 1, newPeople: 1, newGroups: 1 })
    expect(preview.newGroupNames).toEqual(['Amnesty Tromsø'])
    expect(h.counts()).toEqual(before)
  })

  it('refuses a mapping without the name column, naming the field', async () => {
    const h = region()
    const status = await upload(
      h,
      utf8(
        csvText([
          ['E-post', 'Gruppe'],
          ['kari@example.org', 'Amnesty Tromsø'],
        ]),
      ),
    )
    const { uploadId, file } = ready(status)
    expect(file.guess.name).toBeNull()
    const reply = h.send('import-preview', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'importing.errors.nameNotMapped', field: 'mapping.name' },
    })
    const twice: ColumnMapping = { ...file.guess, name: 0 }
    expect(h.send('import-preview', { uploadId, mapping: twice, decisions: noDecisions })).toMatchObject({
      ok: false,
      error: { messageKey: 'importing.errors.columnTwice' },
    })
  })
})

describe('import-commit', () => {
  it('writes groups, people, memberships and role holders in one transaction, announcing it once', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', 'Kari@Example.org', '+47 400 00 000', 'Amnesty Tromsø', 'Tromsø', 'Leder', '2025-09-01', ''],
      ['Ola Åsen', '', '', 'amnesty tromsø', '', 'Økonomiansvarlig', '', ''],
      ['Anna Berg', 'anna@example.org', '', 'Amnesty Bodø', 'Bodø', 'Revisor', '15.01.2026', ''],
      ['Per Ødegård', '', '', 'Amnesty Bodø', '', '', '2020-01-01', '2024-12-31'],
      ['Liv Lund', '', '', '', '', '', '', ''],
    ])
    h.events.length = 0
    const summary = h.call('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(summary).toMatchObject({ newPeople: 5, newGroups: 2, memberships: 4, roleTerms: 3, applied: 5 })
    expect(h.events).toEqual([{ name: 'changed', topics: ['groups', 'people', 'memberships', 'roles'] }])

    const groups = h.call('group-list', {}).rows
    expect(groups.map((group) => [group.name, group.town, group.memberCount])).toEqual([
      ['Amnesty Bodø', 'Bodø', 1],
      ['Amnesty Tromsø', 'Tromsø', 2],
    ])
    const tromso = groups.find((group) => group.name === 'Amnesty Tromsø')!
    const terms = h.call('role-term-list', { groupId: tromso.id, currentOnly: true })
    expect(terms.map((term) => [term.personName, term.roleNames.nb, term.from, term.startKind])).toEqual([
      ['Kari Nordmann', 'Leder', '2025-09-01', 'elected'],
      // No From date: the term starts today.
      ['Ola Åsen', 'Økonomiansvarlig', '2026-03-15', 'elected'],
    ])
    const bodo = groups.find((group) => group.name === 'Amnesty Bodø')!
    expect(h.call('role-term-list', { groupId: bodo.id }).map((term) => term.startKind)).toEqual(['appointed'])
    const people = h.call('person-list', { query: 'kari' }).rows
    expect(people).toMatchObject([{ name: 'Kari Nordmann', email: 'kari@example.org', phone: '+47 400 00 000' }])
    const per = h.call('person-list', { query: 'Ødegård' }).rows[0]!
    expect(h.call('membership-list', { personId: per.id })).toMatchObject([{ from: '2020-01-01', to: '2024-12-31' }])
    // The upload is gone once imported.
    expect(h.send('import-status', { uploadId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('commits nothing while a row has a problem, and the rest when told to skip the bad rows', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', 'kari@example.org', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Ola Åsen', 'not-an-email', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Per Ødegård', '', '', 'Amnesty Tromsø', '', '', '', ''],
    ])
    const before = h.counts()
    h.events.length = 0
    const refused = h.send('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'importing.errors.invalidRows', params: { count: 1 } },
    })
    expect(h.counts()).toEqual(before)
    expect(h.events).toEqual([])

    const summary = h.call('import-commit', {
      uploadId,
      mapping: file.guess,
      decisions: noDecisions,
      skipInvalid: true,
    })
    expect(summary).toMatchObject({ newPeople: 2, invalidRows: 1, memberships: 2 })
    expect(h.counts()).toMatchObject({ people: 2, memberships: 2, groups: 1 })
  })

  it('rolls back everything when a write fails halfway', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', '', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Ola Åsen', '', '', 'Amnesty Bodø', '', '', '', ''],
    ])
    // A trigger stands in for any failure the checks did not foresee, after some rows are written.
    h.db.sqlite.exec(
      `CREATE TRIGGER refuse_bodo BEFORE INSERT ON groups WHEN NEW.name = 'Amnesty Bodø'
       BEGIN SELECT RAISE(ABORT, 'no'); END`,
    )
    const before = h.counts()
    expect(h.send('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions })).toMatchObject({
      ok: false,
    })
    expect(h.counts()).toEqual(before)
  })

  it('refuses more holders than seats with a row-level message, against the record and earlier rows', async () => {
    const h = region()
    const group = h.call('group-create', { name: 'Amnesty Tromsø' })
    const leader = h.call('role-list', {}).find((role) => role.key === 'leader')!
    const holder = h.call('person-create', { name: 'Liv Lund' })
    h.call('role-term-create', { groupId: group.id, roleId: leader.id, personId: holder.id, from: '2025-01-01' })
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', '', '', 'Amnesty Tromsø', '', 'Leder', '2025-09-01', ''],
      ['Ola Åsen', '', '', 'Amnesty Bodø', '', 'leader', '', ''],
      ['Per Ødegård', '', '', 'Amnesty Bodø', '', 'Leder', '', ''],
    ])
    const preview = h.call('import-preview', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(preview.problems).toEqual([
      {
        line: 2,
        field: 'role',
        column: 'Verv',
        value: 'Leder',
        messageKey: 'importing.problems.seatsTaken',
        params: { role: 'Leder', group: 'Amnesty Tromsø', seats: 1, count: 2, date: '2025-09-01' },
      },
      expect.objectContaining({ line: 4, messageKey: 'importing.problems.seatsTaken' }),
    ])
    expect(preview.counts).toMatchObject({ invalidRows: 2, roleTerms: 1 })
  })

  it('refuses a role that may not be combined with another the person gets in the same group', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [
      ['Kari Nordmann', 'kari@example.org', '', 'Amnesty Tromsø', '', 'Leder', '', ''],
      ['Kari Nordmann', 'kari@example.org', '', 'Amnesty Tromsø', '', 'Økonomiansvarlig', '', ''],
    ])
    const preview = h.call('import-preview', { uploadId, mapping: file.guess, decisions: { all: 'merge', rows: [] } })
    expect(preview.problems).toMatchObject([
      { line: 3, messageKey: 'importing.problems.notCombinable', params: { role: 'Økonomiansvarlig', other: 'Leder' } },
    ])
  })

  it('checks again at commit time: a holder recorded after the preview refuses the row', async () => {
    const h = region()
    const { uploadId, file } = await uploadRows(h, [['Kari Nordmann', '', '', 'Amnesty Tromsø', '', 'Leder', '', '']])
    expect(h.call('import-preview', { uploadId, mapping: file.guess, decisions: noDecisions }).problemCount).toBe(0)
    // Meanwhile, in another window: the group is created and given a leader.
    const group = h.call('group-create', { name: 'Amnesty Tromsø' })
    const leader = h.call('role-list', {}).find((role) => role.key === 'leader')!
    const liv = h.call('person-create', { name: 'Liv Lund' })
    h.call('role-term-create', { groupId: group.id, roleId: leader.id, personId: liv.id, from: '2025-01-01' })
    const before = h.counts()
    expect(h.send('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions })).toMatchObject({
      ok: false,
      error: { messageKey: 'importing.errors.invalidRows' },
    })
    expect(h.counts()).toEqual(before)
  })
})

describe('duplicates', () => {
  async function withKari() {
    const h = region()
    const group = h.call('group-create', { name: 'Amnesty Tromsø' })
    const kari = h.call('person-create', { name: 'Kari Nordmann', email: 'kari@example.org' })
    const ola = h.call('person-create', { name: 'Ola Åsen', phone: '+47 911 11 111' })
    h.call('membership-create', { personId: ola.id, groupId: group.id, from: '2024-01-01' })
    const { uploadId, file } = await uploadRows(h, [
      ['K. Nordmann', 'KARI@example.org', '+47 400 00 000', 'Amnesty Bodø', '', '', '', ''],
      ['OLA ÅSEN', 'ola@example.org', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Per Ødegård', 'per@example.org', '', 'Amnesty Tromsø', '', '', '', ''],
      ['Per Ødegård', 'per@example.org', '', 'Amnesty Bodø', '', '', '', ''],
    ])
    return { ...h, group, kari, ola, uploadId, mapping: file.guess }
  }

  it('shows each duplicate with its match: same email, same name in the same group, an earlier row', async () => {
    const h = await withKari()
    const preview = h.call('import-preview', { uploadId: h.uploadId, mapping: h.mapping, decisions: noDecisions })
    expect(preview.duplicates.map(({ line, reason, match, action }) => [line, reason, match, action])).toEqual([
      [2, 'email', { personId: h.kari.id, line: null, name: 'Kari Nordmann', email: 'kari@example.org' }, null],
      [3, 'nameInGroup', { personId: h.ola.id, line: null, name: 'Ola Åsen', email: null }, null],
      [5, 'email', { personId: null, line: 4, name: 'Per Ødegård', email: 'per@example.org' }, null],
    ])
    expect(preview.counts).toMatchObject({ unresolved: 3, applied: 1 })
    const before = h.counts()
    expect(h.send('import-commit', { uploadId: h.uploadId, mapping: h.mapping, decisions: noDecisions })).toMatchObject(
      { ok: false, error: { messageKey: 'importing.errors.unresolved', params: { count: 3 } } },
    )
    expect(h.counts()).toEqual(before)
  })

  it('merges into the existing person: fills only what is missing, adds the membership, creates nobody', async () => {
    const h = await withKari()
    const summary = h.call('import-commit', {
      uploadId: h.uploadId,
      mapping: h.mapping,
      decisions: { all: 'merge', rows: [] },
    })
    expect(summary).toMatchObject({ newPeople: 1, merged: 3, memberships: 3, alreadyMember: 1 })
    expect(h.call('person-get', { id: h.kari.id })).toMatchObject({
      name: 'Kari Nordmann',
      email: 'kari@example.org',
      phone: '+47 400 00 000',
    })
    // Ola already had a phone; the file gave an email he did not have.
    expect(h.call('person-get', { id: h.ola.id })).toMatchObject({ email: 'ola@example.org', phone: '+47 911 11 111' })
    const per = h.call('person-list', { query: 'Ødegård' }).rows
    expect(per).toHaveLength(1)
    expect(per[0]!.groups.sort()).toEqual(['Amnesty Bodø', 'Amnesty Tromsø'])
  })

  it('skips or creates per row, a row choice winning over the choice for all', async () => {
    const h = await withKari()
    const summary = h.call('import-commit', {
      uploadId: h.uploadId,
      mapping: h.mapping,
      decisions: {
        all: 'skip',
        rows: [
          { line: 2, action: 'create' },
          { line: 5, action: 'merge' },
        ],
      },
    })
    expect(summary).toMatchObject({ newPeople: 2, merged: 1, skipped: 1 })
    expect(
      h
        .call('person-list', { query: 'Nordmann' })
        .rows.map((person) => person.name)
        .sort(),
    ).toEqual(['K. Nordmann', 'Kari Nordmann'])
    expect(h.call('membership-list', { personId: h.ola.id })).toHaveLength(1)
  })

  it('finds every row of a file imported twice, and merging adds nothing new', async () => {
    const h = region()
    const rows = [
      ['Kari Nordmann', 'kari@example.org', '', 'Amnesty Tromsø', '', 'Leder', '2025-01-01', ''],
      ['Ola Åsen', '', '', 'Amnesty Tromsø', '', '', '2025-01-01', ''],
    ]
    const first = await uploadRows(h, rows)
    h.call('import-commit', { uploadId: first.uploadId, mapping: first.file.guess, decisions: noDecisions })
    const before = h.counts()
    const again = await uploadRows(h, rows)
    const preview = h.call('import-preview', {
      uploadId: again.uploadId,
      mapping: again.file.guess,
      decisions: { all: 'merge', rows: [] },
    })
    expect(preview.duplicates.map((duplicate) => duplicate.reason)).toEqual(['email', 'nameInGroup'])
    expect(preview.counts).toMatchObject({
      merged: 2,
      memberships: 0,
      roleTerms: 0,
      alreadyMember: 2,
      alreadyHolder: 1,
    })
    h.call('import-commit', {
      uploadId: again.uploadId,
      mapping: again.file.guess,
      decisions: { all: 'merge', rows: [] },
    })
    expect(h.counts()).toEqual(before)
  })
})

describe('malformed files', () => {
  async function refusedWith(bytes: Uint8Array, fileName: string) {
    const h = region()
    const before = h.counts()
    const status = await upload(h, bytes, fileName)
    expect(h.counts()).toEqual(before)
    if (status.state !== 'failed') throw new Error(`expected a refusal, got ${status.state}`)
    // Nothing can be previewed or committed from it.
    expect(
      h.send('import-commit', {
        uploadId: status.uploadId,
        mapping: { name: 0 } as ColumnMapping,
        decisions: noDecisions,
      }),
    ).toMatchObject({ ok: false, error: { messageKey: 'importing.errors.notReady' } })
    return status.problem
  }

  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
  const noise = Uint8Array.from({ length: 4000 }, (_, index) => (index * 7919 + 13) % 256)

  it.each([
    ['a PNG renamed .csv', png, 'members.csv', 'importing.file.notText'],
    ['random bytes renamed .csv', noise, 'members.csv', 'importing.file.notText'],
    [
      'an old .xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'm.xls',
      'importing.file.oldExcel',
    ],
    [
      'a zip that is no workbook',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]),
      'm.xlsx',
      'importing.file.notXlsx',
    ],
    // A byte order mark promises UTF-8; the names are windows-1252.
    [
      'UTF-8 by its BOM but not',
      new Uint8Array([0xef, 0xbb, 0xbf, 0x4e, 0x61, 0x76, 0x6e, 0x0a, 0xc5, 0x73, 0x65, 0x0a]),
      'm.csv',
      'importing.file.encoding',
    ],
    [
      'bytes windows-1252 leaves undefined',
      new Uint8Array([0x4e, 0x61, 0x76, 0x6e, 0x0a, 0x81, 0x8d, 0x0a]),
      'm.csv',
      'importing.file.encoding',
    ],
    ['only a header', utf8('Navn;E-post\r\n\r\n'), 'm.csv', 'importing.file.noRows'],
    ['only empty lines', utf8('\r\n\r\n;;\r\n'), 'm.csv', 'importing.file.empty'],
  ])('refuses %s with a message and changes nothing', async (_label, bytes, fileName, messageKey) => {
    expect(await refusedWith(bytes, fileName)).toMatchObject({ messageKey })
  })

  it('names the line of a quotation mark that is never closed', async () => {
    const text = 'Navn;Gruppe\r\nKari;Amnesty Tromsø\r\n"Ola;Amnesty Bodø\r\nPer;Amnesty Bodø\r\n'
    expect(await refusedWith(utf8(text), 'm.csv')).toEqual({ messageKey: 'importing.file.quotes', params: { line: 3 } })
  })

  it('refuses more than 100,000 rows', slow, async () => {
    const rows = Array.from({ length: 100_001 }, (_, index) => `Person ${index}`)
    expect(await refusedWith(utf8(`Navn\n${rows.join('\n')}\n`), 'm.csv')).toEqual({
      messageKey: 'importing.file.tooManyRows',
      params: { max: 100_000 },
    })
  })

  it('refuses a file above the size limit before any byte is sent', () => {
    const h = region()
    expect(h.send('import-begin', { fileName: 'big.csv', size: 17 * 1024 * 1024 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', messageKey: 'importing.file.tooLarge', params: { maxMb: 16 } },
    })
  })

  it('refuses chunks out of order or beyond the announced size', () => {
    const h = region()
    const { uploadId } = h.call('import-begin', { fileName: 'a.csv', size: 4 })
    expect(h.send('import-chunk', { uploadId, offset: 2, base64: 'YWI=' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', messageKey: 'importing.errors.chunkOutOfOrder' },
    })
    expect(h.send('import-chunk', { uploadId, offset: 0, base64: 'YWJjZGVm' })).toMatchObject({
      ok: false,
      error: { messageKey: 'importing.errors.chunkSize' },
    })
  })

  it('reports the two bad rows of a 50,000-row file and commits nothing until told to skip them', slow, async () => {
    const h = region()
    const rows = Array.from({ length: 50_000 }, (_, index) => [
      `Person ${index}`,
      index === 1234 ? 'broken@' : `person${index}@example.org`,
      '',
      `Amnesty ${index % 50}`,
      '',
      '',
      index === 40_000 ? '2026-13-01' : '2025-01-01',
      '',
    ])
    const { uploadId, file } = await uploadRows(h, rows)
    expect(file.rowCount).toBe(50_000)
    const preview = h.call('import-preview', { uploadId, mapping: file.guess, decisions: noDecisions })
    expect(preview.problems.map((problem) => [problem.line, problem.column, problem.value])).toEqual([
      [1236, 'E-post', 'broken@'],
      [40_002, 'Fra', '2026-13-01'],
    ])
    const before = h.counts()
    expect(h.send('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions }).ok).toBe(false)
    expect(h.counts()).toEqual(before)
    h.call('import-commit', { uploadId, mapping: file.guess, decisions: noDecisions, skipInvalid: true })
    expect(h.counts()).toMatchObject({ people: 49_998, memberships: 49_998, groups: 50 })
  })
})
