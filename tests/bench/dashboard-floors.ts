/**
 * Hand-written SQL the dashboard benchmark holds the app against: the least work that yields the
 * same figures. Parameters: @season, @today (YYYY-MM-DD), @soon (today + 14 days).
 *
 * Training deadlines use SQLite's 'floor' date modifier, which clamps to the month's last day the
 * way shared/stewardship/compliance.ts addMonths does (31 Aug + 6 months = 28/29 Feb).
 */

const heldStates = "('held', 'reported', 'minutes_filed')"

/** Shared by both floors: active groups, current holders' training facts. */
const common = `
  active AS (SELECT id, name, town, contact_email FROM groups WHERE status = 'active'),
  required AS (
    SELECT t.group_id AS groupId, t.person_id AS personId, q.training_type_id AS typeId, y.validity_months AS validity,
      date(t.from_date, '+' || q.within_months || ' months', 'floor') AS dueOn
    FROM role_terms t
      JOIN role_required_trainings q ON q.role_id = t.role_id
      JOIN training_types y ON y.id = q.training_type_id AND y.active = 1
      JOIN groups g ON g.id = t.group_id AND g.status != 'closed'
    WHERE t.to_date IS NULL),
  trained AS (
    SELECT groupId, CASE
        WHEN lastOn IS NULL THEN CASE WHEN @today > dueOn THEN 'overdue' ELSE 'due' END
        WHEN validity IS NOT NULL AND @today >= date(lastOn, '+' || validity || ' months', 'floor') THEN 'expired'
        ELSE 'done' END AS status
    FROM (SELECT r.*, (SELECT max(s.date) FROM attendance a JOIN training_sessions s ON s.id = a.session_id
            WHERE a.person_id = r.personId AND a.status = 'attended' AND s.training_type_id = r.typeId
              AND s.date <= @today) AS lastOn
          FROM required r)),
  must_roles AS (SELECT id, name_nb FROM roles WHERE active = 1 AND requirement = 'must' AND selection = 'elected')`

/** Every tile of the season dashboard in one statement. */
export const tilesFloorSql = `
WITH ${common},
  clock AS (SELECT coalesce((SELECT window_end FROM seasons WHERE year = @season),
    @season || '-' || (SELECT window_end FROM settings WHERE id = 1)) AS closesOn),
  season_elections AS (SELECT group_id, state, meeting_at, held_on FROM elections WHERE season = @season AND kind = 'regular'),
  per_group AS (
    SELECT coalesce(e.state, 'not_planned') AS state, e.held_on AS heldOn
    FROM active a LEFT JOIN season_elections e ON e.group_id = a.id),
  vacant AS (
    SELECT g.id AS groupId FROM active g CROSS JOIN must_roles r
    WHERE NOT EXISTS (SELECT 1 FROM role_terms t WHERE t.group_id = g.id AND t.role_id = r.id
      AND t.from_date <= @today AND (t.to_date IS NULL OR t.to_date > @today))),
  money AS (
    SELECT (f.auditor_person_id IS NOT NULL OR coalesce(f.auditor_name, '') != '') AS auditorAssigned,
      coalesce(f.audit_status, 'not_assigned') AS auditStatus
    FROM active a LEFT JOIN finance_years f ON f.group_id = a.id AND f.year = @season - 1)
SELECT
  (SELECT count(*) FROM active) AS activeGroups,
  (SELECT count(*) FROM per_group WHERE state IN ${heldStates}) AS held,
  (SELECT json_group_object(state, n) FROM (SELECT state, count(*) AS n FROM per_group GROUP BY state)) AS byState,
  (SELECT count(*) FROM per_group, clock
    WHERE @today > clock.closesOn AND state NOT IN ${heldStates} AND heldOn IS NULL) AS late,
  (SELECT count(*) FROM season_elections WHERE state NOT IN ${heldStates}
    AND substr(meeting_at, 1, 10) BETWEEN @today AND @soon) AS meetingsNext14Days,
  (SELECT count(*) FROM vacant) AS mustRolesVacant,
  (SELECT count(DISTINCT groupId) FROM vacant) AS groupsWithVacancy,
  (SELECT count(*) FROM handovers h JOIN groups g ON g.id = h.group_id AND g.status = 'active'
    WHERE h.status IN ('open', 'in_progress')) AS handoversOpen,
  (SELECT count(*) FROM handovers h JOIN groups g ON g.id = h.group_id AND g.status = 'active'
    WHERE h.status IN ('open', 'in_progress') AND h.due_on < @today) AS handoversOverdue,
  (SELECT count(*) FROM money WHERE NOT auditorAssigned) AS auditorsMissing,
  (SELECT count(*) FROM money WHERE auditStatus NOT IN ('approved', 'approved_with_remarks')) AS auditsNotApproved,
  (SELECT count(*) FROM trained WHERE status IN ('overdue', 'expired')) AS trainingGaps`

/** The grid's raw facts: one row per active group, nothing shaped. */
export const gridFloorSql = `
WITH ${common},
  training_counts AS (
    SELECT groupId, sum(status = 'overdue') AS overdue, sum(status = 'expired') AS expired, sum(status = 'due') AS due
    FROM trained GROUP BY groupId),
  handover_counts AS (
    SELECT group_id, count(*) AS open, sum(due_on < @today) AS overdue FROM handovers
    WHERE status IN ('open', 'in_progress') GROUP BY group_id)
SELECT g.id, g.name, g.town, g.contact_email AS contactEmail,
  e.id AS electionId, e.state, e.meeting_at AS meetingAt, e.notice_sent_on AS noticeSentOn,
  e.candidacy_deadline AS candidacyDeadline, e.held_on AS heldOn, e.minutes_filed_on AS minutesFiledOn,
  (SELECT group_concat(r.name_nb, ', ') FROM must_roles r WHERE NOT EXISTS (SELECT 1 FROM role_terms t
    WHERE t.group_id = g.id AND t.role_id = r.id AND t.from_date <= @today AND (t.to_date IS NULL OR t.to_date > @today))
  ) AS vacantRoles,
  h.open AS handoversOpen, h.overdue AS handoversOverdue,
  (f.auditor_person_id IS NOT NULL OR coalesce(f.auditor_name, '') != '') AS auditorAssigned,
  f.audit_status AS auditStatus, f.annual_report_received_on AS annualReportOn,
  f.activity_report_received_on AS activityReportOn,
  c.overdue AS trainingsOverdue, c.expired AS trainingsExpired, c.due AS trainingsDue
FROM active g
  LEFT JOIN elections e ON e.group_id = g.id AND e.season = @season AND e.kind = 'regular'
  LEFT JOIN handover_counts h ON h.group_id = g.id
  LEFT JOIN finance_years f ON f.group_id = g.id AND f.year = @season - 1
  LEFT JOIN training_counts c ON c.groupId = g.id
ORDER BY g.name`

/** Each current holder's training requirement decided in SQL: group and status, the way computeCompliance decides. */
export const trainingStatusesSql = `WITH ${common} SELECT groupId, status FROM trained`

/** The list pages' floor: the same columns matched with SQLite's own LIKE, no per-row function or subquery. */
export const groupSearchFloorSql = `SELECT id, name, town, kind, status, status_since FROM groups
  WHERE name LIKE @pattern OR town LIKE @pattern`
export const personSearchFloorSql = `SELECT id, name, email, phone FROM people
  WHERE name LIKE @pattern OR email LIKE @pattern OR phone LIKE @pattern`
