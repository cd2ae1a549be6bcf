import type { MeetingPlatform } from '../../shared/api/groups'
import type { Language } from '../../shared/api/settings'
import type { VotingMethod } from './minutes-data'

/**
 * The words the minutes print. Documents have their own language (a Swedish region's minutes stay
 * Swedish when the leader's UI is English), so these live here and not in the UI's i18n.
 */
export type MinutesLabels = {
  /** Intl locale for dates and name lists. */
  locale: string
  title: string
  byElectionTitle: string
  /** PDF metadata title of a batch with several groups. */
  batchTitle: string
  season: (year: number) => string
  facts: { when: string; where: string; chair: string; minuteTaker: string; votersPresent: string }
  /** Joins a formatted date and an HH:MM time. */
  dateTime: (date: string, time: string) => string
  platforms: Record<MeetingPlatform, string>
  seats: (count: number) => string
  candidates: string
  withdrawn: string
  method: string
  methods: Record<VotingMethod, string>
  round: (number: number) => string
  continued: string
  candidate: string
  votes: string
  blank: string
  invalid: string
  ballotsCast: string
  result: string
  outcomes: { elected: string; acclaimed: string; vacant: string; pending: string }
  lot: (tied: string, drawnBy: string, winners: string, winnerCount: number) => string
  signatures: string
  signers: { chair: string; minuteTaker: string; approver1: string; approver2: string }
  placeAndDate: string
  page: (number: number, count: number) => string
  generated: (stamp: string) => string
}

const nb: MinutesLabels = {
  locale: 'nb-NO',
  title: 'Valgprotokoll',
  byElectionTitle: 'Protokoll fra suppleringsvalg',
  batchTitle: 'Valgprotokoller',
  season: (year) => `Sesong ${year}`,
  facts: {
    when: 'Dato og tid',
    where: 'Møteform og sted',
    chair: 'Møteleder',
    minuteTaker: 'Referent',
    votersPresent: 'Stemmeberettigede til stede',
  },
  dateTime: (date, time) => `${date} kl. ${time}`,
  platforms: {
    zoom: 'Zoom',
    teams: 'Teams',
    skype: 'Skype',
    in_person: 'Fysisk møte',
    hybrid: 'Hybrid (fysisk og digitalt)',
    other: 'Annet',
  },
  seats: (count) => `${count} plasser`,
  candidates: 'Kandidater',
  withdrawn: 'trakk seg',
  method: 'Stemmemåte',
  methods: {
    open: 'Åpen avstemning (håndsopprekning eller navn i chatten)',
    partially_open: 'Delvis åpen (stemmen sendes privat til leder og nestleder)',
    secret: 'Hemmelig (spørreskjema, én stemme per person)',
    acclamation: 'Akklamasjon',
  },
  round: (number) => `Runde ${number}`,
  continued: 'forts.',
  candidate: 'Kandidat',
  votes: 'Stemmer',
  blank: 'Blanke',
  invalid: 'Ugyldige',
  ballotsCast: 'Avgitte stemmer',
  result: 'Resultat',
  outcomes: { elected: 'Valgt', acclaimed: 'Valgt ved akklamasjon', vacant: 'Ikke besatt', pending: 'Ikke avgjort' },
  lot: (tied, drawnBy, winners, winnerCount) =>
    `Stemmelikhet mellom ${tied} avgjort ved loddtrekning, trukket av ${drawnBy}. ${winnerCount > 1 ? 'Vinnere' : 'Vinner'}: ${winners}.`,
  signatures: 'Underskrifter',
  signers: {
    chair: 'Møteleder',
    minuteTaker: 'Referent',
    approver1: 'Protokollunderskriver 1',
    approver2: 'Protokollunderskriver 2',
  },
  placeAndDate: 'Sted og dato',
  page: (number, count) => `Side ${number} av ${count}`,
  generated: (stamp) => `Laget ${stamp}`,
}

const sv: MinutesLabels = {
  locale: 'sv-SE',
  title: 'Valprotokoll',
  byElectionTitle: 'Protokoll från fyllnadsval',
  batchTitle: 'Valprotokoll',
  season: (year) => `Säsong ${year}`,
  facts: {
    when: 'Datum och tid',
    where: 'Mötesform och plats',
    chair: 'Mötesordförande',
    minuteTaker: 'Mötessekreterare',
    votersPresent: 'Röstberättigade närvarande',
  },
  dateTime: (date, time) => `${date} kl. ${time}`,
  platforms: {
    zoom: 'Zoom',
    teams: 'Teams',
    skype: 'Skype',
    in_person: 'Fysiskt möte',
    hybrid: 'Hybrid (fysiskt och digitalt)',
    other: 'Annat',
  },
  seats: (count) => `${count} platser`,
  candidates: 'Kandidater',
  withdrawn: 'drog sig tillbaka',
  method: 'Röstningsform',
  methods: {
    open: 'Öppen omröstning (handuppräckning eller namn i chatten)',
    partially_open: 'Delvis öppen (rösten skickas privat till ledaren och vice ledaren)',
    secret: 'Sluten omröstning (enkät, en röst per person)',
    acclamation: 'Acklamation',
  },
  round: (number) => `Omgång ${number}`,
  continued: 'forts.',
  candidate: 'Kandidat',
  votes: 'Röster',
  blank: 'Blanka',
  invalid: 'Ogiltiga',
  ballotsCast: 'Avgivna röster',
  result: 'Resultat',
  outcomes: { elected: 'Vald', acclaimed: 'Vald med acklamation', vacant: 'Vakant', pending: 'Ej avgjort' },
  lot: (tied, drawnBy, winners) =>
    `Lika röstetal mellan ${tied} avgjordes genom lottdragning, lotten drogs av ${drawnBy}. Vinnare: ${winners}.`,
  signatures: 'Underskrifter',
  signers: {
    chair: 'Mötesordförande',
    minuteTaker: 'Mötessekreterare',
    approver1: 'Justerare 1',
    approver2: 'Justerare 2',
  },
  placeAndDate: 'Ort och datum',
  page: (number, count) => `Sida ${number} av ${count}`,
  generated: (stamp) => `Skapad ${stamp}`,
}

const en: MinutesLabels = {
  locale: 'en-GB',
  title: 'Election minutes',
  byElectionTitle: 'Minutes of by-election',
  batchTitle: 'Election minutes',
  season: (year) => `Season ${year}`,
  facts: {
    when: 'Date and time',
    where: 'Platform and place',
    chair: 'Chair',
    minuteTaker: 'Minute-taker',
    votersPresent: 'Voters present',
  },
  dateTime: (date, time) => `${date} at ${time}`,
  platforms: {
    zoom: 'Zoom',
    teams: 'Teams',
    skype: 'Skype',
    in_person: 'In person',
    hybrid: 'Hybrid (in person and online)',
    other: 'Other',
  },
  seats: (count) => `${count} seats`,
  candidates: 'Candidates',
  withdrawn: 'withdrew',
  method: 'Voting method',
  methods: {
    open: 'Open vote (show of hands or names in the chat)',
    partially_open: 'Partially open (each vote sent privately to the leader and deputy)',
    secret: 'Secret (survey form, one vote per person)',
    acclamation: 'Acclamation',
  },
  round: (number) => `Round ${number}`,
  continued: 'cont.',
  candidate: 'Candidate',
  votes: 'Votes',
  blank: 'Blank',
  invalid: 'Invalid',
  ballotsCast: 'Ballots cast',
  result: 'Result',
  outcomes: { elected: 'Elected', acclaimed: 'Elected by acclamation', vacant: 'Vacant', pending: 'Not decided' },
  lot: (tied, drawnBy, winners, winnerCount) =>
    `Tie between ${tied} settled by drawing lots, drawn by ${drawnBy}. ${winnerCount > 1 ? 'Winners' : 'Winner'}: ${winners}.`,
  signatures: 'Signatures',
  signers: { chair: 'Chair', minuteTaker: 'Minute-taker', approver1: 'Approver 1', approver2: 'Approver 2' },
  placeAndDate: 'Place and date',
  page: (number, count) => `Page ${number} of ${count}`,
  generated: (stamp) => `Generated ${stamp}`,
}

export const minutesLabels = { nb, sv, en } satisfies Record<Language, MinutesLabels>
