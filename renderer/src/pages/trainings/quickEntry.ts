import type { AttendanceEntry, ComplianceRow } from '../../../../shared/api/trainings'
import type { AttendanceStatus } from '../../../../shared/stewardship/compliance'
import { fold } from '../../../../shared/text'

export type Candidate = {
  personId: number
  name: string
  /** Why the person needs this training: one line per role that requires it. */
  needs: ComplianceRow[]
  /** What the session already records for the person. */
  current: AttendanceStatus | null
}

/**
 * The people to tick: current role holders who still need this training first (most urgent first,
 * as the compliance list gives them), then everyone else the person search found.
 */
export function quickEntryCandidates(input: {
  needing: readonly ComplianceRow[]
  everyone: readonly { id: number; name: string }[]
  recorded: readonly AttendanceEntry[]
  search: string
}): { needing: Candidate[]; others: Candidate[] } {
  const current = new Map(input.recorded.map((entry) => [entry.personId, entry.status]))
  const wanted = fold(input.search.trim())
  const byPerson = new Map<number, Candidate>()
  for (const row of input.needing) {
    const known = byPerson.get(row.personId)
    if (known) known.needs.push(row)
    else
      byPerson.set(row.personId, {
        personId: row.personId,
        name: row.personName,
        needs: [row],
        current: current.get(row.personId) ?? null,
      })
  }
  const needing = [...byPerson.values()].filter((candidate) => fold(candidate.name).includes(wanted))
  const others = input.everyone
    .filter((person) => !byPerson.has(person.id))
    .map((person) => ({ personId: person.id, name: person.name, needs: [], current: current.get(person.id) ?? null }))
  return { needing, others }
}

/** The one write: ticked people get the chosen status; optionally, registered people left unticked did not come. */
export function quickEntryEntries(input: {
  ticked: ReadonlySet<number>
  mark: 'attended' | 'registered'
  othersNoShow: boolean
  recorded: readonly AttendanceEntry[]
}): { personId: number; status: AttendanceStatus }[] {
  const entries = [...input.ticked].map((personId) => ({ personId, status: input.mark as AttendanceStatus }))
  if (input.mark !== 'attended' || !input.othersNoShow) return entries
  const absent = input.recorded
    .filter((entry) => entry.status === 'registered' && !input.ticked.has(entry.personId))
    .map((entry) => ({ personId: entry.personId, status: 'no_show' as const }))
  return [...entries, ...absent]
}
