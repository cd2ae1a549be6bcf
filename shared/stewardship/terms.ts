/**
 * Rules for role terms. A term covers [from, to): the day a successor starts is the day the
 * predecessor's term ends, so touching terms never overlap. `to` null means open-ended. Dates are
 * ISO `YYYY-MM-DD`, which compare correctly as strings.
 */
export type Period = { from: string; to: string | null }
export type Holding = Period & { personId: number }
export type HeldRole = Period & { roleId: number; combinable: boolean }

export const termStartKinds = ['elected', 'appointed', 'interim'] as const
export type TermStartKind = (typeof termStartKinds)[number]
export const termEndReasons = ['successor', 'not_reelected', 'vacated', 'stepped_down', 'other'] as const
export type TermEndReason = (typeof termEndReasons)[number]

/** [d, d) holds nobody on any day. */
export const isEmptyPeriod = (period: Period) => period.to !== null && period.to <= period.from

/** Whether someone holding the period holds it on `day`. */
export const coversDay = (period: Period, day: string) => period.from <= day && (period.to === null || day < period.to)

export function periodsOverlap(a: Period, b: Period): boolean {
  if (isEmptyPeriod(a) || isEmptyPeriod(b)) return false
  return (b.to === null || a.from < b.to) && (a.to === null || b.from < a.to)
}

/**
 * The most periods held on any one day within `window`, and the first such day (null when none is
 * held). The count can only rise on a day some period starts, so those days (and the window's
 * first) are the only ones to look at.
 */
export function peakHolders(periods: readonly Period[], window: Period): { count: number; on: string | null } {
  const inside = periods.filter((period) => periodsOverlap(period, window))
  const days = [window.from, ...inside.map((period) => period.from).filter((day) => coversDay(window, day))].sort()
  let best = { count: 0, on: null as string | null }
  for (const day of days) {
    const count = inside.filter((period) => coversDay(period, day)).length
    if (count > best.count) best = { count, on: day }
  }
  return best
}

export type SeatProblem =
  { kind: 'samePerson'; on: string } | { kind: 'seats'; on: string; count: number; seats: number }

/**
 * Whether `candidate` may join the other terms of one role in one group: the same person never
 * holds the role twice at once, and on no day are there more holders than the role has seats.
 */
export function seatProblem(others: readonly Holding[], candidate: Holding, seats: number): SeatProblem | null {
  if (isEmptyPeriod(candidate)) return null
  const twice = others.find((other) => other.personId === candidate.personId && periodsOverlap(other, candidate))
  if (twice) return { kind: 'samePerson', on: twice.from > candidate.from ? twice.from : candidate.from }
  const peak = peakHolders([...others, candidate], candidate)
  if (peak.count > seats && peak.on) return { kind: 'seats', on: peak.on, count: peak.count, seats }
  return null
}

/**
 * The person's other role in the same group that this term may not be held together with: a role
 * that is not combinable is held alone, whichever of the two says so.
 */
export function combinationClash(candidate: HeldRole, others: readonly HeldRole[]): HeldRole | null {
  return (
    others.find(
      (other) =>
        other.roleId !== candidate.roleId &&
        (!other.combinable || !candidate.combinable) &&
        periodsOverlap(other, candidate),
    ) ?? null
  )
}

/**
 * An elected must-role of an active group with no holder: what the leader chases first. Appointed
 * roles are left out: the external auditor is appointed per fiscal year and chased in Finance
 * ("auditor missing"), where the dashboard looks too.
 */
export function vacantRoleIds(
  roles: readonly { id: number; requirement: 'must' | 'should'; selection: 'elected' | 'appointed'; active: boolean }[],
  heldRoleIds: ReadonlySet<number>,
): number[] {
  return roles
    .filter(
      (role) => role.active && role.requirement === 'must' && role.selection === 'elected' && !heldRoleIds.has(role.id),
    )
    .map((r) => r.id)
}
