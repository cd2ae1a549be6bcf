import type { GroupKind, MeetingPlatform } from '../../shared/api/groups'
import type { Input } from '../../shared/api'

/**
 * The invented region the demo shows. Eastern Norway is chosen because it holds every kind of
 * group a leader meets: big-city and small-town groups, student groups (Blindern, Ås, Gjøvik),
 * youth groups, and groups along the Swedish border, where a few groups carry Swedish names.
 * Every address is at example.org or example.net (reserved for examples, RFC 2606): the data is
 * invented and a mail sent from the demo must never reach a real inbox.
 */
export const demoSettings = {
  regionName: 'Region Øst',
  orgPreset: 'norway',
  leaderName: 'Ingrid Holmsen-Aas',
  language: 'nb',
} satisfies Input<'settings-update'>

/**
 * How the group's life went: `new` was founded within the last half year; `revived` went dormant
 * and came back; `dormant` and `closed` end that way (closed groups went dormant first).
 */
export type GroupStory = 'active' | 'new' | 'revived' | 'dormant' | 'closed'

export type DemoGroup = {
  name: string
  town: string
  kind: GroupKind
  contactEmail: string | null
  meetingPlatform: MeetingPlatform | null
  notes?: string
  story: GroupStory
  /** Members today; for a dormant group the one or two still on the list. */
  members: number
  /** Members who have left over the years. */
  former: number
  /** Names drawn mostly from the Swedish lists. */
  swedish?: boolean
}

// prettier-ignore
export const demoGroups: readonly DemoGroup[] = [
  { name: 'Amnesty Oslo sentrum', town: 'Oslo', kind: 'local', contactEmail: 'oslo.sentrum@example.org', meetingPlatform: 'hybrid', story: 'active', members: 14, former: 5, notes: 'Møtes første tirsdag i måneden. Stand på Youngstorget i mai.' },
  { name: 'Amnesty Brevskrivergruppa Oslo', town: 'Oslo', kind: 'other', contactEmail: 'brevskriverne@example.org', meetingPlatform: 'in_person', story: 'active', members: 7, former: 2, notes: 'Skriver appellbrev hver måned; mange medlemmer er pensjonister.' },
  { name: 'Amnesty Blindern studentgruppe', town: 'Oslo', kind: 'student', contactEmail: 'blindern@example.net', meetingPlatform: 'in_person', story: 'active', members: 16, former: 7 },
  { name: 'Amnesty OsloMet studentgruppe', town: 'Oslo', kind: 'student', contactEmail: 'oslomet@example.net', meetingPlatform: 'teams', story: 'closed', members: 0, former: 6, notes: 'Lagt ned da styret gikk ut; medlemmene ble invitert til Blindern-gruppa.' },
  { name: 'Amnesty Ås studentgruppe', town: 'Ås', kind: 'student', contactEmail: 'aas.student@example.net', meetingPlatform: 'zoom', story: 'active', members: 11, former: 5 },
  { name: 'Amnesty Bærum', town: 'Sandvika', kind: 'local', contactEmail: 'baerum@example.org', meetingPlatform: 'in_person', story: 'active', members: 9, former: 2 },
  { name: 'Amnesty Asker ungdom', town: 'Asker', kind: 'youth', contactEmail: 'asker.ungdom@example.org', meetingPlatform: 'in_person', story: 'active', members: 8, former: 4 },
  { name: 'Amnesty Ski ungdom', town: 'Ski', kind: 'youth', contactEmail: 'ski.ungdom@example.org', meetingPlatform: 'hybrid', story: 'new', members: 5, former: 0, notes: 'Startet etter skolebesøk i høst.' },
  { name: 'Amnesty Lillestrøm', town: 'Lillestrøm', kind: 'local', contactEmail: 'lillestrom@example.org', meetingPlatform: 'hybrid', story: 'active', members: 8, former: 3 },
  { name: 'Amnesty Drammen', town: 'Drammen', kind: 'local', contactEmail: 'drammen@example.org', meetingPlatform: 'in_person', story: 'active', members: 10, former: 3 },
  { name: 'Amnesty Kongsberg', town: 'Kongsberg', kind: 'local', contactEmail: 'kongsberg@example.org', meetingPlatform: 'zoom', story: 'dormant', members: 2, former: 5, notes: 'Ligger nede etter at lederen flyttet. Kontaktpersonen holder e-postlista i live.' },
  { name: 'Amnesty Hønefoss', town: 'Hønefoss', kind: 'local', contactEmail: 'honefoss@example.org', meetingPlatform: 'in_person', story: 'active', members: 5, former: 2 },
  { name: 'Amnesty Fredrikstad', town: 'Fredrikstad', kind: 'local', contactEmail: 'fredrikstad@example.org', meetingPlatform: 'in_person', story: 'active', members: 9, former: 3 },
  { name: 'Amnesty Sarpsborg ungdom', town: 'Sarpsborg', kind: 'youth', contactEmail: 'sarpsborg.ungdom@example.org', meetingPlatform: 'in_person', story: 'active', members: 6, former: 3 },
  { name: 'Amnesty Halden', town: 'Halden', kind: 'local', contactEmail: 'halden@example.org', meetingPlatform: 'hybrid', story: 'active', members: 6, former: 2 },
  { name: 'Amnesty Moss', town: 'Moss', kind: 'local', contactEmail: 'moss@example.org', meetingPlatform: 'teams', story: 'revived', members: 5, former: 3, notes: 'Startet opp igjen med nytt styre etter et år uten aktivitet.' },
  { name: 'Amnesty Hamar', town: 'Hamar', kind: 'local', contactEmail: 'hamar@example.org', meetingPlatform: 'in_person', story: 'active', members: 8, former: 3 },
  { name: 'Amnesty Lillehammer', town: 'Lillehammer', kind: 'local', contactEmail: 'lillehammer@example.org', meetingPlatform: 'in_person', story: 'active', members: 7, former: 2 },
  { name: 'Amnesty Gjøvik studentgruppe', town: 'Gjøvik', kind: 'student', contactEmail: 'gjovik.student@example.net', meetingPlatform: 'zoom', story: 'active', members: 9, former: 6 },
  { name: 'Amnesty Elverum', town: 'Elverum', kind: 'local', contactEmail: 'elverum@example.org', meetingPlatform: 'in_person', story: 'active', members: 5, former: 1 },
  { name: 'Amnesty Kongsvinger', town: 'Kongsvinger', kind: 'local', contactEmail: null, meetingPlatform: null, story: 'active', members: 4, former: 2, notes: 'Har ingen felles e-post ennå; kontakt går via lederen.' },
  { name: 'Amnesty Tynset', town: 'Tynset', kind: 'local', contactEmail: 'tynset@example.org', meetingPlatform: 'zoom', story: 'dormant', members: 1, former: 4 },
  { name: 'Amnesty Fagernes', town: 'Fagernes', kind: 'local', contactEmail: null, meetingPlatform: 'skype', story: 'closed', members: 0, former: 4 },
  { name: 'Amnesty Strömstad', town: 'Strömstad', kind: 'local', contactEmail: 'stromstad@example.net', meetingPlatform: 'in_person', story: 'active', members: 5, former: 2, swedish: true, notes: 'Gruppe på tvers av grensen; møtes annenhver gang i Halden og Strömstad.' },
  { name: 'Amnesty Årjäng', town: 'Årjäng', kind: 'local', contactEmail: 'arjang@example.net', meetingPlatform: 'hybrid', story: 'dormant', members: 1, former: 4, swedish: true },
]
