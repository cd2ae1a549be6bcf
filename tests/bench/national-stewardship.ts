import { addDays, earlierOf } from '../../main/demo/dates'
import type { Random } from '../../main/demo/random'
import { addMonths } from '../../shared/stewardship/compliance'
import type { Term } from './national-elections'
import type { Between, Catalogue, Group, Plan } from './national-plan'

// The national database's finance years, collection boxes and trainings: old years settled with a
// few gaps, the fiscal year audited this season spread over every audit state.

const stamp = (date: string) => `${date}T12:00:00.000Z`

/** One finance year per group and fiscal year since it started, a few missing; last year's audit under way. */
export function planFinance(
  plan: Plan,
  random: Random,
  between: Between,
  groups: Group[],
  year: number,
  today: string,
) {
  for (const group of groups) {
    const firstYear = Math.max(Number(group.founded.slice(0, 4)), year - 10)
    const lastYear = group.status === 'active' ? year : Number(group.statusSince.slice(0, 4))
    for (let fiscal = firstYear; fiscal <= Math.min(lastYear, year); fiscal++) {
      const current = fiscal === year - 1
      if (fiscal === year && !random.chance(0.25)) continue
      if (random.chance(fiscal === firstYear ? 0.2 : 0.04)) continue
      const after = `${fiscal + 1}-01-10`
      const received = (odds: number, from: string, to: string) =>
        fiscal < year && random.chance(odds) ? earlierOf(between(from, to), today) : null
      const roll = random.next()
      const assigned = fiscal === year ? random.chance(0.3) : random.chance(current ? 0.82 : 0.97)
      const status = !assigned
        ? 'not_assigned'
        : fiscal === year
          ? 'assigned'
          : current
            ? roll < 0.3
              ? 'assigned'
              : roll < 0.55
                ? 'in_review'
                : roll < 0.9
                  ? 'approved'
                  : roll < 0.97
                    ? 'approved_with_remarks'
                    : 'rejected'
            : roll < 0.88
              ? 'approved'
              : roll < 0.96
                ? 'approved_with_remarks'
                : roll < 0.98
                  ? 'rejected'
                  : 'in_review'
      const auditorIsPerson = assigned && random.chance(0.55)
      const assignedOn = assigned ? earlierOf(between(`${fiscal}-10-01`, `${fiscal + 1}-03-15`), today) : null
      const decided = ['approved', 'approved_with_remarks', 'rejected'].includes(status)
      plan.finance_years.push({
        id: plan.finance_years.length + 1,
        group_id: group.id,
        year: fiscal,
        cash_book_received_on: received(current ? 0.8 : 0.96, after, `${fiscal + 1}-03-01`),
        annual_report_received_on: received(current ? 0.65 : 0.95, `${fiscal + 1}-01-20`, `${fiscal + 1}-04-30`),
        activity_report_received_on: received(current ? 0.55 : 0.93, `${fiscal + 1}-01-20`, `${fiscal + 1}-05-10`),
        auditor_person_id: auditorIsPerson ? random.int(1, plan.people.length) : null,
        auditor_name: assigned && !auditorIsPerson ? `Revisor ${random.int(1, 400)}` : null,
        auditor_contact: assigned && !auditorIsPerson ? `revisor${random.int(1, 400)}@example.org` : null,
        auditor_override_reason: null,
        audit_status: status,
        audit_assigned_on: assignedOn,
        audit_decided_on: decided && assignedOn ? earlierOf(addDays(assignedOn, random.int(10, 60)), today) : null,
        audit_remarks: status === 'approved_with_remarks' ? 'Manglende bilag for to utlegg' : null,
        notes: null,
        created_at: stamp(earlierOf(`${fiscal}-01-15`, today)),
        updated_at: stamp(assignedOn ?? earlierOf(`${fiscal}-01-15`, today)),
      })
    }
  }
}

export function planBoxes(plan: Plan, random: Random, between: Between, groups: Group[], year: number, today: string) {
  for (const group of groups) {
    if (group.status === 'closed') continue
    const boxes = random.int(0, 3)
    for (let number = 1; number <= boxes; number++) {
      const counted = random.chance(0.9) ? between(`${year - 3}-01-01`, today) : null
      plan.collection_boxes.push({
        id: plan.collection_boxes.length + 1,
        group_id: group.id,
        label: `Bøsse ${number}`,
        status: random.pick(['in_use', 'in_use', 'in_use', 'in_use', 'stored', 'returned', 'lost']),
        last_counted_on: counted,
        last_amount_minor: counted ? random.int(0, 500_000) : null,
        notes: null,
        created_at: stamp(`${year - 4}-01-01`),
        updated_at: stamp(counted ?? `${year - 4}-01-01`),
      })
    }
  }
}

/**
 * Sessions of each training type every year (some still ahead), and attendance as holders really
 * go: most within the deadline, some late, some never; many renew a lapsing training, some do not.
 */
export function planTrainings(
  plan: Plan,
  random: Random,
  between: Between,
  catalogue: Catalogue,
  terms: Term[],
  year: number,
  first: number,
  today: string,
) {
  const sessions = new Map<number, { id: number; date: string }[]>()
  for (const type of catalogue.trainingTypes) {
    const dates: string[] = []
    for (let y = first - 4; y <= year; y++) for (let n = 0; n < 5; n++) dates.push(between(`${y}-01-15`, `${y}-12-10`))
    dates.sort()
    sessions.set(
      type.id,
      dates.map((date) => {
        const online = random.chance(0.3)
        plan.training_sessions.push({
          id: plan.training_sessions.length + 1,
          training_type_id: type.id,
          date,
          place: online ? null : random.pick(['Oslo', 'Bergen', 'Trondheim', 'Stavanger', 'Tromsø']),
          online: online ? 1 : 0,
          notes: null,
          created_at: stamp(earlierOf(addDays(date, -60), today)),
          updated_at: stamp(earlierOf(addDays(date, -60), today)),
        })
        return { id: plan.training_sessions.length, date }
      }),
    )
  }
  const seen = new Set<string>()
  const attend = (sessionId: number, personId: number, status: string) => {
    const key = `${sessionId}:${personId}`
    if (seen.has(key)) return
    seen.add(key)
    plan.attendance.push({ session_id: sessionId, person_id: personId, status })
  }
  const validity = new Map(catalogue.trainingTypes.map((type) => [type.id, type.validityMonths]))
  for (const term of terms)
    for (const requirement of catalogue.required.filter((r) => r.roleId === term.role_id)) {
      const list = sessions.get(requirement.trainingTypeId) ?? []
      const roll = random.next()
      if (roll >= 0.88) continue
      const earliest = roll < 0.78 ? addDays(term.from_date, -30) : addMonths(term.from_date, requirement.withinMonths)
      let session = list.find((s) => s.date >= earliest)
      const until = earlierOf(term.to_date ?? today, today)
      while (session && session.date <= (term.to_date ?? addDays(today, 60))) {
        if (session.date > today) {
          attend(session.id, term.person_id, 'registered')
          break
        }
        const status = random.chance(0.04) ? 'no_show' : 'attended'
        attend(session.id, term.person_id, status)
        const months = validity.get(requirement.trainingTypeId)
        const renewFrom =
          status === 'no_show'
            ? addDays(session.date, 1)
            : months !== null && months !== undefined && random.chance(0.55)
              ? addMonths(session.date, months - 3)
              : null
        if (renewFrom === null || renewFrom > until) break
        session = list.find((s) => s.date >= renewFrom)
      }
    }
  // Members who go to a course without holding a role.
  for (let n = 0; n < plan.people.length / 10; n++) {
    const list = sessions.get(random.pick(catalogue.trainingTypes).id)!
    const session = random.pick(list)
    attend(session.id, random.int(1, plan.people.length), session.date > today ? 'registered' : 'attended')
  }
}
