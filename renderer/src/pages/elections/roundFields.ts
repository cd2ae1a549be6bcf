/**
 * Where a server error about a round belongs in the round form. Two sources name fields differently:
 * the contract's schema names the submitted list (`votes.1.votes`: the second candidate sent), the
 * counting engine names the round and the candidate's person id (`rounds.2.votes.17`). The form
 * keeps one input per person (`votes.17`), and yes/no abstentions in `blank`.
 */
export function roundFormField(field: string | undefined, sentOrder: readonly number[]): string | null {
  if (!field) return null
  const parts = field.split('.')
  const fromEngine = parts[0] === 'rounds'
  const rest = fromEngine ? parts.slice(2) : parts
  const [head, second] = rest
  if (head === 'votes') {
    if (second === undefined) return 'votes'
    const personId = fromEngine ? Number(second) : sentOrder[Number(second)]
    return personId !== undefined && Number.isInteger(personId) ? `votes.${personId}` : 'votes'
  }
  if (rest.length !== 1) return null
  if (head === 'abstain') return 'blank'
  return head === 'yes' || head === 'no' || head === 'blank' || head === 'invalid' || head === 'ballotsCast'
    ? head
    : null
}

/** The tie form has two inputs; the engine names a settlement (`settlements.0.drawnBy`), the schema the input. */
export function tieFormField(field: string | undefined): 'drawnBy' | 'winners' | null {
  if (!field) return null
  const parts = field.split('.')
  if (parts.includes('drawnBy')) return 'drawnBy'
  if (parts.includes('winners')) return 'winners'
  return null
}

/** Re-keys client-side schema errors the same way, so they land under the same inputs. */
export function rekeyErrors(errors: Record<string, string>, sentOrder: readonly number[]) {
  const out: Record<string, string> = {}
  for (const [field, message] of Object.entries(errors)) {
    const target = roundFormField(field, sentOrder) ?? field
    out[target] ??= message
  }
  return out
}
