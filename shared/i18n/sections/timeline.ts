/** Texts of the group timeline, merged into every language under `timeline`. */
const states = (words: [string, string, string, string, string, string, string]) => ({
  not_planned: words[0],
  planned: words[1],
  notice_sent: words[2],
  deadline_passed: words[3],
  held: words[4],
  reported: words[5],
  minutes_filed: words[6],
})

const en = {
  title: 'Timeline',
  current: 'Now',
  all: 'Everything',
  empty: 'Nothing recorded yet.',
  kinds: {
    election: 'Elections',
    term: 'Roles',
    handover: 'Handovers',
    finance: 'Finance',
    training: 'Trainings',
    box: 'Collection boxes',
    status: 'Status',
  },
  events: {
    election: states([
      'Election {{season}} moved back to not planned',
      'Election {{season}} planned',
      'Notice sent for the election {{season}}',
      'Candidacy deadline passed for the election {{season}}',
      'Election {{season}} held',
      'Result of the election {{season}} reported',
      'Minutes of the election {{season}} filed',
    ]),
    term: {
      started: '{{person}} became {{role}}',
      started_appointed: '{{person}} appointed {{role}}',
      started_interim: '{{person}} became {{role}} (interim)',
      ended: '{{person}} no longer {{role}}',
    },
    handover: {
      opened: 'Handover to {{to}} opened (due {{due}})',
      done: 'Handover to {{to}} done',
      waived: 'Handover to {{to}} waived',
      open: 'Handover to {{to}} reopened',
      in_progress: 'Handover to {{to}} in progress',
    },
    finance: {
      annualReport: 'Annual report {{year}} received',
      activityReport: 'Activity report {{year}} received',
      audit_not_assigned: 'Audit {{year}} unassigned',
      audit_assigned: 'Audit {{year}} assigned',
      audit_in_review: 'Audit {{year}} in review',
      audit_approved: 'Audit {{year}} approved',
      audit_approved_with_remarks: 'Audit {{year}} approved with remarks',
      audit_rejected: 'Audit {{year}} rejected',
    },
    training: { attended: '{{person}} attended {{training}}' },
    box: { counted: 'Collection box {{label}} last counted' },
    status: { active: 'Group active', dormant: 'Group dormant', closed: 'Group closed' },
  },
}

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

const nb: Shape<typeof en> = {
  title: 'Tidslinje',
  current: 'Nå',
  all: 'Alt',
  empty: 'Ingenting registrert ennå.',
  kinds: {
    election: 'Valg',
    term: 'Verv',
    handover: 'Overleveringer',
    finance: 'Økonomi',
    training: 'Kurs',
    box: 'Innsamlingsbøsser',
    status: 'Status',
  },
  events: {
    election: states([
      'Valget {{season}} satt tilbake til ikke planlagt',
      'Valget {{season}} planlagt',
      'Innkalling sendt til valget {{season}}',
      'Kandidaturfristen for valget {{season}} er ute',
      'Valget {{season}} holdt',
      'Resultatet av valget {{season}} rapportert',
      'Protokollen fra valget {{season}} arkivert',
    ]),
    term: {
      started: '{{person}} ble {{role}}',
      started_appointed: '{{person}} utpekt som {{role}}',
      started_interim: '{{person}} ble {{role}} (midlertidig)',
      ended: '{{person}} er ikke lenger {{role}}',
    },
    handover: {
      opened: 'Overlevering til {{to}} åpnet (frist {{due}})',
      done: 'Overlevering til {{to}} fullført',
      waived: 'Overlevering til {{to}} frafalt',
      open: 'Overlevering til {{to}} åpnet igjen',
      in_progress: 'Overlevering til {{to}} pågår',
    },
    finance: {
      annualReport: 'Årsregnskap {{year}} mottatt',
      activityReport: 'Aktivitetsrapport {{year}} mottatt',
      audit_not_assigned: 'Revisjon {{year}} ikke tildelt',
      audit_assigned: 'Revisjon {{year}} tildelt',
      audit_in_review: 'Revisjon {{year}} pågår',
      audit_approved: 'Revisjon {{year}} godkjent',
      audit_approved_with_remarks: 'Revisjon {{year}} godkjent med merknader',
      audit_rejected: 'Revisjon {{year}} ikke godkjent',
    },
    training: { attended: '{{person}} deltok på {{training}}' },
    box: { counted: 'Innsamlingsbøsse {{label}} sist tømt' },
    status: { active: 'Gruppen aktiv', dormant: 'Gruppen hvilende', closed: 'Gruppen nedlagt' },
  },
}

const sv: Shape<typeof en> = {
  title: 'Tidslinje',
  current: 'Nu',
  all: 'Allt',
  empty: 'Inget registrerat än.',
  kinds: {
    election: 'Val',
    term: 'Uppdrag',
    handover: 'Överlämningar',
    finance: 'Ekonomi',
    training: 'Utbildningar',
    box: 'Insamlingsbössor',
    status: 'Status',
  },
  events: {
    election: states([
      'Valet {{season}} återställt till inte planerat',
      'Valet {{season}} planerat',
      'Kallelse skickad till valet {{season}}',
      'Sista dag för kandidatur till valet {{season}} har passerat',
      'Valet {{season}} genomfört',
      'Resultatet av valet {{season}} rapporterat',
      'Protokollet från valet {{season}} arkiverat',
    ]),
    term: {
      started: '{{person}} blev {{role}}',
      started_appointed: '{{person}} utsedd till {{role}}',
      started_interim: '{{person}} blev {{role}} (tillfälligt)',
      ended: '{{person}} är inte längre {{role}}',
    },
    handover: {
      opened: 'Överlämning till {{to}} öppnad (senast {{due}})',
      done: 'Överlämning till {{to}} klar',
      waived: 'Överlämning till {{to}} avstådd',
      open: 'Överlämning till {{to}} öppnad igen',
      in_progress: 'Överlämning till {{to}} pågår',
    },
    finance: {
      annualReport: 'Ekonomisk årsrapport {{year}} mottagen',
      activityReport: 'Verksamhetsrapport {{year}} mottagen',
      audit_not_assigned: 'Granskning {{year}} inte tilldelad',
      audit_assigned: 'Granskning {{year}} tilldelad',
      audit_in_review: 'Granskning {{year}} pågår',
      audit_approved: 'Granskning {{year}} godkänd',
      audit_approved_with_remarks: 'Granskning {{year}} godkänd med anmärkningar',
      audit_rejected: 'Granskning {{year}} inte godkänd',
    },
    training: { attended: '{{person}} deltog i {{training}}' },
    box: { counted: 'Insamlingsbössa {{label}} senast tömd' },
    status: { active: 'Gruppen aktiv', dormant: 'Gruppen vilande', closed: 'Gruppen nedlagd' },
  },
}

export const timelineText = { en, nb, sv }
