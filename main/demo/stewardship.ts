import type { Input, MethodName, Result } from '../../shared/api'
import type { Db } from '../db/open'
import { addDays } from './dates'
import type { Random } from './random'

type Call = <M extends MethodName>(method: M, input: Input<M>) => Result<M>
type Context = { db: Db; call: Call; setClock: (day: string) => void; random: Random; today: string }

const auditors = ['Eva Moe', 'Tor Lunde', 'Britt Eng', 'Kjell Aas', 'Solveig Dahl', 'Ivar Holm', 'Gunn Rud']

/**
 * Handovers, audits, collection boxes and trainings after the elections: mostly in order, with the
 * gaps a leader meets (an overdue handover, a missing report, a box not emptied, a course not taken).
 */
export function seedDemoStewardship(context: Context) {
  completeHandovers(context)
  fillFinance(context)
  fillBoxes(context)
  fillTrainings(context)
  context.setClock(context.today)
}

function completeHandovers({ db, call, setClock, random, today }: Context) {
  const handovers = db.sqlite.prepare('SELECT id, due_on AS dueOn FROM handovers ORDER BY id').all() as {
    id: number
    dueOn: string
  }[]
  for (const handover of handovers) {
    if (handover.dueOn > today || random.chance(0.12)) continue
    const items = db.sqlite
      .prepare('SELECT id FROM handover_items WHERE handover_id = ? ORDER BY position')
      .pluck()
      .all(handover.id) as number[]
    const doneOn = addDays(handover.dueOn, -random.int(1, 25))
    setClock(doneOn)
    for (const item of items) call('handover-item-set', { id: item, done: true })
    call('handover-update', { id: handover.id, status: 'done', statusReason: null, dueOn: handover.dueOn, notes: null })
  }
}

function fillFinance({ db, call, setClock, random, today }: Context) {
  const thisYear = Number(today.slice(0, 4))
  const groups = db.sqlite
    .prepare("SELECT id FROM groups WHERE status = 'active' ORDER BY id")
    .pluck()
    .all() as number[]
  for (const groupId of groups)
    for (const year of [thisYear - 2, thisYear - 1]) {
      const recent = year === thisYear - 1
      const roll = random.next()
      const auditStatus = !recent
        ? 'approved'
        : roll < 0.5
          ? 'approved'
          : roll < 0.6
            ? 'approved_with_remarks'
            : roll < 0.75
              ? 'in_review'
              : roll < 0.88
                ? 'assigned'
                : 'not_assigned'
      const received = (probability: number) =>
        random.chance(probability) ? `${year + 1}-0${random.int(1, 4)}-${String(random.int(10, 28))}` : null
      const assigned = auditStatus === 'not_assigned' ? null : `${year + 1}-0${random.int(1, 2)}-15`
      const decided = auditStatus.startsWith('approved') ? `${year + 1}-0${random.int(4, 5)}-20` : null
      const name = random.pick(auditors)
      setClock(decided ?? assigned ?? `${year + 1}-03-01`)
      call('finance-year-save', {
        groupId,
        year,
        cashBookReceivedOn: received(recent ? 0.85 : 1),
        annualReportReceivedOn: received(recent ? 0.8 : 1),
        activityReportReceivedOn: received(recent ? 0.75 : 1),
        auditorPersonId: null,
        auditorName: auditStatus === 'not_assigned' ? null : `${name} (ekstern)`,
        auditorContact: auditStatus === 'not_assigned' ? null : `${name.toLowerCase().replace(' ', '.')}@example.net`,
        auditorOverrideReason: null,
        auditStatus,
        auditAssignedOn: assigned,
        auditDecidedOn: decided,
        auditRemarks: auditStatus === 'approved_with_remarks' ? 'Bilag mangler for to utlegg.' : null,
        notes: null,
      })
    }
  setClock(today)
}

function fillBoxes({ db, call, setClock, random, today }: Context) {
  const groups = db.sqlite
    .prepare("SELECT id FROM groups WHERE status = 'active' ORDER BY id")
    .pluck()
    .all() as number[]
  for (const groupId of groups) {
    const count = random.int(0, 3)
    for (let number = 1; number <= count; number++) {
      setClock(addDays(today, -random.int(400, 900)))
      const box = call('box-create', {
        groupId,
        label: `Bøsse ${number}`,
        status: random.pick(['in_use', 'in_use', 'in_use', 'stored', 'returned'] as const),
        lastCountedOn: null,
        amount: null,
        notes: null,
      })
      // Most are emptied within the year; some have not been seen for longer.
      const countedOn = addDays(today, -(random.chance(0.2) ? random.int(400, 600) : random.int(10, 300)))
      setClock(countedOn)
      if (box.status !== 'returned') call('box-count', { id: box.id, countedOn, amount: random.int(150, 4200) })
    }
  }
  setClock(today)
}

function fillTrainings({ db, call, setClock, random, today }: Context) {
  const types = db.sqlite.prepare('SELECT id FROM training_types ORDER BY id').pluck().all() as number[]
  const places = ['Oslo, Amnesty-huset', 'Digitalt (Zoom)', 'Lillehammer', 'Drammen']
  const sessions: { id: number; typeId: number; date: string }[] = []
  for (const typeId of types)
    for (const monthsAgo of [20, 14, 8, 3, -1]) {
      const date = addDays(today, -monthsAgo * 30 + random.int(-10, 10))
      setClock(date < today ? date : today)
      const place = random.pick(places)
      sessions.push({
        typeId,
        date,
        ...{
          id: call('training-session-create', {
            trainingTypeId: typeId,
            date,
            place,
            online: place.startsWith('Digitalt'),
            notes: null,
          }).id,
        },
      })
    }
  // Current holders who must attend: most went to a session after taking the role.
  const holders = db.sqlite
    .prepare(
      `SELECT DISTINCT t.person_id AS personId, q.training_type_id AS typeId, t.from_date AS termFrom
       FROM role_terms t JOIN role_required_trainings q ON q.role_id = t.role_id WHERE t.to_date IS NULL`,
    )
    .all() as { personId: number; typeId: number; termFrom: string }[]
  const entries = new Map<number, { personId: number; status: 'attended' | 'no_show' | 'registered' }[]>()
  for (const holder of holders) {
    const past = sessions.filter(
      (session) => session.typeId === holder.typeId && session.date >= holder.termFrom && session.date <= today,
    )
    const upcoming = sessions.find((session) => session.typeId === holder.typeId && session.date > today)
    const session = past.length > 0 && random.chance(0.75) ? random.pick(past) : upcoming
    if (!session) continue
    const status = session.date > today ? 'registered' : random.chance(0.1) ? 'no_show' : 'attended'
    const list = entries.get(session.id) ?? []
    if (!list.some((entry) => entry.personId === holder.personId)) list.push({ personId: holder.personId, status })
    entries.set(session.id, list)
  }
  for (const [sessionId, list] of entries) {
    setClock(today)
    call('attendance-set', { sessionId, entries: list })
  }
}
