import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BackupStatus } from '../../shared/api/backup'
import type { HistoryEntry } from '../../shared/api/history'
import { EntityHistory, PersonPrivacyActions, RecordsPage } from '../../renderer/src/pages/records'
import { fieldLabel, formatSize } from '../../renderer/src/pages/records/format'
import { fakeBridge, ok, renderWithApp } from './render'

vi.setConfig({ testTimeout: 20_000 })

const downloads: { name: string; type: string }[] = []
beforeEach(() => {
  downloads.length = 0
  URL.createObjectURL = vi.fn(() => 'blob:fake')
  URL.revokeObjectURL = vi.fn()
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, type: 'download' })
  })
})
afterEach(() => vi.restoreAllMocks())

const entry = (id: number, fields: Partial<HistoryEntry>): HistoryEntry => ({
  id,
  at: '2026-03-15T12:00:00.000Z',
  entity: 'groups',
  entityId: 1,
  action: 'update',
  changes: [],
  labels: {},
  ...fields,
})

describe('EntityHistory', () => {
  it('shows each change as what, when, and each field before and after, with names for ids', async () => {
    fakeBridge({
      'history-list': () =>
        ok({
          more: false,
          rows: [
            entry(3, {
              entity: 'memberships',
              action: 'insert',
              changes: [
                { field: 'person_id', before: null, after: 7 },
                { field: 'from_date', before: null, after: '2026-01-01' },
              ],
              labels: { 'person_id=7': 'Kari Nordmann' },
            }),
            entry(2, { changes: [{ field: 'town', before: 'Tromsø', after: 'Tromsø sentrum' }] }),
          ],
        }),
    })
    renderWithApp(<EntityHistory entity="group" id={1} />)
    expect(await screen.findByText('Membership added')).toBeInTheDocument()
    expect(screen.getByText('Kari Nordmann')).toBeInTheDocument()
    expect(screen.getByText('2026-01-01')).toBeInTheDocument()
    expect(screen.getByText('Group changed')).toBeInTheDocument()
    expect(screen.getByText('Tromsø')).toBeInTheDocument()
    expect(screen.getByText('Tromsø sentrum')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Show older changes' })).not.toBeInTheDocument()
  })

  it('loads older changes on request, from where the list ended', async () => {
    const { calls } = fakeBridge({
      'history-list': (input) => {
        const { before } = input as { before?: number }
        return before === undefined
          ? ok({ more: true, rows: [entry(9, { changes: [{ field: 'name', before: 'A', after: 'B' }] })] })
          : ok({
              more: false,
              rows: [entry(4, { action: 'insert', changes: [{ field: 'name', before: null, after: 'A' }] })],
            })
      },
    })
    renderWithApp(<EntityHistory entity="person" id={7} />, { language: 'nb' })
    await userEvent.click(await screen.findByRole('button', { name: 'Vis eldre endringer' }))
    expect(await screen.findByText('Gruppe lagt til')).toBeInTheDocument()
    expect(calls.filter((call) => call.method === 'history-list').map((call) => call.input)).toEqual([
      { entity: 'person', id: 7, before: undefined, limit: 20 },
      { entity: 'person', id: 7, before: 9, limit: 20 },
    ])
    expect(screen.queryByRole('button', { name: 'Vis eldre endringer' })).not.toBeInTheDocument()
  })

  it('says so when nothing was recorded', async () => {
    fakeBridge({ 'history-list': () => ok({ more: false, rows: [] }) })
    renderWithApp(<EntityHistory entity="group" id={1} />, { language: 'sv' })
    expect(await screen.findByText('Inga ändringar registrerade ännu.')).toBeInTheDocument()
  })
})

const status = (overrides: Partial<BackupStatus> = {}): BackupStatus => ({
  available: true,
  databasePath: '/home/kari/.config/Region Desk/region-desk.sqlite',
  folder: '/home/kari/.config/Region Desk/backups',
  keep: 14,
  foreignKeyProblems: 0,
  backups: [
    {
      name: 'region-desk_2026-03-15T08-00-00-000Z_daily.sqlite',
      kind: 'daily',
      createdAt: '2026-03-15T08:00:00.000Z',
      size: 250_000,
    },
    {
      name: 'region-desk_2026-03-14T08-00-00-000Z_migration.sqlite',
      kind: 'migration',
      createdAt: '2026-03-14T08:00:00.000Z',
      size: 240_000,
    },
  ],
  ...overrides,
})

function recordsMain(current = status()) {
  return fakeBridge({
    'backup-status': () => ok(current),
    'backup-create': () =>
      ok({
        name: 'region-desk_2026-03-15T12-00-00-000Z_manual.sqlite',
        kind: 'manual',
        createdAt: '2026-03-15T12:00:00.000Z',
        size: 1,
      }),
    'backup-download': (input) => ok({ fileName: (input as { name: string }).name, base64: 'AAAA' }),
    'backup-handover-create': () =>
      ok({
        name: 'region-desk_2026-03-15T12-00-00-000Z_handover.sqlite',
        kind: 'handover',
        createdAt: '2026-03-15T12:00:00.000Z',
        size: 1,
        fileName: 'region-desk-region-nord-2026-03-15.sqlite',
      }),
    'backup-restore': () =>
      ok({ restored: current.backups[0]!.name, safetyCopy: 'region-desk_2026-03-15T12-00-01-000Z_restore.sqlite' }),
    'privacy-retention-list': () =>
      ok({
        years: 3,
        cutoff: '2023-03-15',
        rows: [{ id: 12, name: 'Ola Hansen', createdAt: '2020-01-01T00:00:00Z', lastActivity: '2022-12-31' }],
      }),
  })
}

describe('RecordsPage', () => {
  it('lists the backups with their kind, and backs up now into a file the user saves', async () => {
    const { calls } = recordsMain()
    renderWithApp(<RecordsPage />)
    expect(await screen.findByText('Daily')).toBeInTheDocument()
    expect(screen.getByText('Before an update')).toBeInTheDocument()
    expect(screen.getByText('Folder: /home/kari/.config/Region Desk/backups')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Back up now' }))
    await waitFor(() =>
      expect(downloads).toEqual([{ name: 'region-desk_2026-03-15T12-00-00-000Z_manual.sqlite', type: 'download' }]),
    )
    expect(calls.map((call) => call.method)).toEqual(expect.arrayContaining(['backup-create', 'backup-download']))
  })

  it('restores only after the confirmation, which says the current record is kept', async () => {
    const { calls } = recordsMain()
    renderWithApp(<RecordsPage />)
    await screen.findByText('Daily')
    await userEvent.click(screen.getAllByRole('button', { name: 'Restore' })[0]!)
    const dialog = await screen.findByRole('dialog')
    expect(within(dialog).getByText(/kept as a backup first/)).toBeInTheDocument()
    expect(calls.some((call) => call.method === 'backup-restore')).toBe(false)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Restore' }))
    await waitFor(() =>
      expect(calls.find((call) => call.method === 'backup-restore')?.input).toEqual({
        name: 'region-desk_2026-03-15T08-00-00-000Z_daily.sqlite',
        confirm: true,
      }),
    )
  })

  it('makes the hand-over file named for the region and the day, with the steps for the next leader', async () => {
    recordsMain()
    renderWithApp(<RecordsPage />)
    expect(await screen.findByText(/installs Region Desk/)).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Make the hand-over file' }))
    await waitFor(() =>
      expect(downloads.map((download) => download.name)).toEqual(['region-desk-region-nord-2026-03-15.sqlite']),
    )
  })

  it('warns when the check at open found rows pointing nowhere', async () => {
    recordsMain(status({ foreignKeyProblems: 2 }))
    renderWithApp(<RecordsPage />)
    expect(await screen.findByText(/2 rows refer to something/)).toBeInTheDocument()
  })

  it('lists people to review with export and erase at hand', async () => {
    recordsMain()
    renderWithApp(<RecordsPage />)
    expect(await screen.findByRole('link', { name: 'Ola Hansen' })).toHaveAttribute('href', '/people/12')
    expect(screen.getByText('2022-12-31')).toBeInTheDocument()
  })
})

describe('PersonPrivacyActions', () => {
  it('erases only once the leader ticks that they understand', async () => {
    const { calls } = fakeBridge({
      'person-erase': () => ok({ id: 12, placeholder: 'Erased person 12', checkpointed: true }),
    })
    renderWithApp(<PersonPrivacyActions id={12} name="Ola Hansen" />)
    await userEvent.click(screen.getByRole('button', { name: 'Erase' }))
    const dialog = await screen.findByRole('dialog', { name: 'Erase Ola Hansen?' })
    expect(within(dialog).getByText(/Erased person 12/)).toBeInTheDocument()
    const erase = within(dialog).getByRole('button', { name: 'Erase' })
    expect(erase).toBeDisabled()
    await userEvent.click(within(dialog).getByRole('checkbox'))
    await userEvent.click(erase)
    await waitFor(() => expect(calls).toEqual([{ method: 'person-erase', input: { id: 12, confirm: true } }]))
  })

  it('exports the person’s data as a JSON file', async () => {
    fakeBridge({
      'person-export': () =>
        ok({ fileName: 'person-12-2026-03-15.json', data: { exportedAt: '', person: {}, related: {}, history: [] } }),
    })
    renderWithApp(<PersonPrivacyActions id={12} name="Ola Hansen" />)
    await userEvent.click(screen.getByRole('button', { name: 'Export data' }))
    await waitFor(() => expect(downloads.map((download) => download.name)).toEqual(['person-12-2026-03-15.json']))
  })
})

describe('format', () => {
  it.each([
    ['contact_email', 'contact email'],
    ['person_id', 'person'],
    ['from_date', 'from date'],
  ])('shows the column %s as "%s"', (field, label) => expect(fieldLabel(field)).toBe(label))

  it.each([
    [512, '512 B'],
    [250_000, '250 kB'],
    [3_400_000, '3.4 MB'],
  ])('sizes %i bytes as %s', (bytes, text) => expect(formatSize(bytes, 'en')).toBe(text))
})
