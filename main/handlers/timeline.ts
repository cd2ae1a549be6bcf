import type { TimelineEntry } from '../../shared/api/timeline'
import type { PartialHandlers } from './registry'
import { getGroup } from './groups'

type Row = { date: string; kind: TimelineEntry['kind']; event: string; params: string; link: string | null }

/**
 * Everything dated about one group, in one UNION query (each part uses an index on group_id).
 * Names are resolved in SQL; `params` comes back as JSON so each part can carry its own fields.
 */
const timelineSql = `
SELECT v.on_date AS date, 'election' AS kind, 'election.' || v.to_state AS event,
  json_object('season', e.season, 'from', v.from_state) AS params, '/elections/' || e.id AS link
FROM election_events v JOIN elections e ON e.id = v.election_id WHERE e.group_id = @groupId
UNION ALL
SELECT t.from_date, 'term', 'term.started' || CASE t.start_kind WHEN 'elected' THEN '' ELSE '_' || t.start_kind END,
  json_object('person', p.name, 'role', CASE @language WHEN 'sv' THEN r.name_sv WHEN 'en' THEN r.name_en ELSE r.name_nb END),
  '/people/' || p.id
FROM role_terms t JOIN people p ON p.id = t.person_id JOIN roles r ON r.id = t.role_id WHERE t.group_id = @groupId
UNION ALL
SELECT t.to_date, 'term', 'term.ended',
  json_object('person', p.name, 'role', CASE @language WHEN 'sv' THEN r.name_sv WHEN 'en' THEN r.name_en ELSE r.name_nb END),
  '/people/' || p.id
FROM role_terms t JOIN people p ON p.id = t.person_id JOIN roles r ON r.id = t.role_id
WHERE t.group_id = @groupId AND t.to_date IS NOT NULL
UNION ALL
SELECT substr(h.created_at, 1, 10), 'handover', 'handover.opened',
  json_object('to', n.name, 'from', coalesce(o.name, ''), 'due', h.due_on), '/handovers/' || h.id
FROM handovers h JOIN people n ON n.id = h.to_person_id LEFT JOIN people o ON o.id = h.from_person_id WHERE h.group_id = @groupId
UNION ALL
SELECT h.completed_on, 'handover', 'handover.' || h.status, json_object('to', n.name), '/handovers/' || h.id
FROM handovers h JOIN people n ON n.id = h.to_person_id WHERE h.group_id = @groupId AND h.completed_on IS NOT NULL
UNION ALL
SELECT f.annual_report_received_on, 'finance', 'finance.annualReport', json_object('year', f.year), '/finance?year=' || f.year
FROM finance_years f WHERE f.group_id = @groupId AND f.annual_report_received_on IS NOT NULL
UNION ALL
SELECT f.activity_report_received_on, 'finance', 'finance.activityReport', json_object('year', f.year), '/finance?year=' || f.year
FROM finance_years f WHERE f.group_id = @groupId AND f.activity_report_received_on IS NOT NULL
UNION ALL
SELECT f.audit_decided_on, 'finance', 'finance.audit_' || f.audit_status, json_object('year', f.year), '/finance?year=' || f.year
FROM finance_years f WHERE f.group_id = @groupId AND f.audit_decided_on IS NOT NULL
UNION ALL
SELECT s.date, 'training', 'training.attended',
  json_object('person', p.name, 'training', CASE @language WHEN 'sv' THEN y.name_sv WHEN 'en' THEN y.name_en ELSE y.name_nb END),
  '/people/' || p.id
FROM attendance a JOIN training_sessions s ON s.id = a.session_id JOIN training_types y ON y.id = s.training_type_id
  JOIN people p ON p.id = a.person_id
WHERE a.status = 'attended' AND EXISTS (SELECT 1 FROM role_terms t WHERE t.person_id = a.person_id AND t.group_id = @groupId)
UNION ALL
SELECT b.last_counted_on, 'box', 'box.counted', json_object('label', b.label), '/boxes'
FROM collection_boxes b WHERE b.group_id = @groupId AND b.last_counted_on IS NOT NULL
UNION ALL
SELECT g.status_since, 'status', 'status.' || g.status, json_object(), NULL FROM groups g WHERE g.id = @groupId
ORDER BY date DESC, kind
LIMIT 1000`

export const timelineHandlers: PartialHandlers = {
  'group-timeline': (ctx, { groupId, kinds }) => {
    getGroup(ctx, groupId)
    const language =
      (ctx.db.sqlite.prepare('SELECT language FROM settings WHERE id = 1').pluck().get() as string | null) ?? 'nb'
    const rows = ctx.db.sqlite.prepare(timelineSql).all({ groupId, language }) as Row[]
    return rows
      .filter((row) => !kinds || kinds.includes(row.kind))
      .map((row) => ({ ...row, params: JSON.parse(row.params) as TimelineEntry['params'] }))
  },
}
