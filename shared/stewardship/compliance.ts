/** What a person's entry for a training session says: signed up, came, or signed up and did not come. */
export const attendanceStatuses = ['registered', 'attended', 'no_show'] as const
export type AttendanceStatus = (typeof attendanceStatuses)[number]

/** Most urgent first: the order the regional leader chases them in. */
export const complianceStatuses = ['overdue', 'expired', 'due', 'done'] as const
export type ComplianceStatus = (typeof complianceStatuses)[number]

/** One current holder of a role and one training the role requires. */
export type HolderRequirement = {
  personId: number
  /** The day the holder's term started. */
  termFrom: string
  trainingTypeId: number
  /** The holder must have attended within this many months of the term's start. */
  withinMonths: number
  /** How long an attendance counts; null: for good. */
  validityMonths: number | null
}

/** One person's entry at one session of a training type, on the session's date. */
export type AttendanceFact = { personId: number; trainingTypeId: number; date: string; status: AttendanceStatus }

export type ComplianceResult = {
  status: ComplianceStatus
  /** The term's deadline: its start plus `withinMonths`. */
  dueOn: string
  /** The latest session attended up to today, whether it still counts or not. */
  lastAttendedOn: string | null
  /** Set when done with a training that lapses: the first day the attendance no longer counts. */
  expiresOn: string | null
  /** Set when expired: the day the last attendance stopped counting. */
  expiredOn: string | null
  /** The next session (today or later) of this training the person is registered for. */
  nextSessionOn: string | null
}

/**
 * Calendar months later; a day the target month lacks becomes its last day (31 Jan + 1 month = 28
 * or 29 Feb), as people count "within six months".
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = index - targetYear * 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  const pad = (value: number, width = 2) => String(value).padStart(width, '0')
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`
}

/**
 * The state of one requirement today. Only "attended" counts (registered and no-show do not), only
 * sessions up to today count, and the latest one decides; a session before the term started counts
 * while it is still valid. Attendance stops counting on `expiresOn` (the session's date plus the
 * validity), the way a term covers [from, to). The deadline day itself is still "due".
 */
export function requirementStatus(
  requirement: HolderRequirement,
  facts: readonly AttendanceFact[],
  today: string,
): ComplianceResult {
  let lastAttendedOn: string | null = null
  let nextSessionOn: string | null = null
  for (const fact of facts) {
    if (fact.personId !== requirement.personId || fact.trainingTypeId !== requirement.trainingTypeId) continue
    if (fact.status === 'attended' && fact.date <= today && (!lastAttendedOn || fact.date > lastAttendedOn))
      lastAttendedOn = fact.date
    if (fact.status === 'registered' && fact.date >= today && (!nextSessionOn || fact.date < nextSessionOn))
      nextSessionOn = fact.date
  }
  const dueOn = addMonths(requirement.termFrom, requirement.withinMonths)
  const lapsesOn =
    lastAttendedOn && requirement.validityMonths !== null ? addMonths(lastAttendedOn, requirement.validityMonths) : null
  const base = { dueOn, lastAttendedOn, nextSessionOn, expiresOn: null, expiredOn: null }
  if (lastAttendedOn && (lapsesOn === null || today < lapsesOn)) return { ...base, status: 'done', expiresOn: lapsesOn }
  if (lastAttendedOn) return { ...base, status: 'expired', expiredOn: lapsesOn }
  return { ...base, status: today <= dueOn ? 'due' : 'overdue' }
}

/** Every requirement's state, each row keeping whatever else the caller put on it (names, group, …). */
export function computeCompliance<H extends HolderRequirement>(
  requirements: readonly H[],
  attendance: readonly AttendanceFact[],
  today: string,
): (H & ComplianceResult)[] {
  const byPersonAndType = new Map<string, AttendanceFact[]>()
  for (const fact of attendance) {
    const key = `${fact.personId}:${fact.trainingTypeId}`
    const list = byPersonAndType.get(key)
    if (list) list.push(fact)
    else byPersonAndType.set(key, [fact])
  }
  return requirements.map((requirement) => ({
    ...requirement,
    ...requirementStatus(
      requirement,
      byPersonAndType.get(`${requirement.personId}:${requirement.trainingTypeId}`) ?? [],
      today,
    ),
  }))
}

/** Overdue first, then lapsed, then due, then done; within a state, the earliest deadline first. */
export function compareUrgency(a: ComplianceResult, b: ComplianceResult): number {
  const byStatus = complianceStatuses.indexOf(a.status) - complianceStatuses.indexOf(b.status)
  if (byStatus !== 0) return byStatus
  return a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0
}
