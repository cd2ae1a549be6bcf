import type { MinutesContest, MinutesData } from '../../main/pdf/minutes-data'

// Minutes data shared by the minutes PDF test and benchmark. Made-up people only.

const firstNames = ['Kari', 'Ola', 'Ingrid', 'Lars', 'Sofie', 'Erik', 'Maja', 'Jonas', 'Elin', 'Anders', 'Sara', 'Nils']
const lastNames = ['Nordmann', 'Hansen', 'Lindqvist', 'Berg', 'Johansson', 'Dahl', 'Holm', 'Strand', 'Lie', 'Eriksson']
const roles = ['Leder', 'Nestleder', 'Økonomiansvarlig', 'Ansvarlig for sosiale medier', 'Medlemskontakt']

export function personName(n: number): string {
  return `${firstNames[n % firstNames.length]} ${lastNames[Math.floor(n / firstNames.length) % lastNames.length]}`
}

/** A typical election: five contests of three or four candidates, one or two rounds each. */
export function typicalElection(n: number): MinutesData {
  const contests = roles.map((roleName, r): MinutesContest => {
    const names = Array.from({ length: 3 + ((n + r) % 2) }, (_, c) => personName(n * 7 + r * 4 + c))
    const firstRound = {
      number: 1,
      votes: names.map((name, c) => ({ name, votes: 6 - c })),
      blank: 1,
      invalid: 0,
      ballotsCast: 20,
    }
    const rounds =
      r % 2 === 0
        ? [firstRound]
        : [
            firstRound,
            {
              number: 2,
              votes: names.slice(0, 2).map((name, c) => ({ name, votes: 11 - c * 3 })),
              blank: 0,
              invalid: 1,
              ballotsCast: 20,
            },
          ]
    return {
      roleName,
      seats: 1,
      method: r % 3 === 0 ? 'open' : 'secret',
      candidates: names.map((name) => ({ name, withdrawn: false })),
      rounds,
      outcome: { kind: 'elected', names: [names[0]!], settlement: null },
    }
  })
  return {
    regionName: 'Region Vest',
    groupName: `Gruppe ${n + 1} Bergen sentrum`,
    kind: 'regular',
    season: 2026,
    meetingAt: '2026-03-12T18:00',
    heldOn: '2026-03-12',
    platform: 'zoom',
    place: null,
    chair: personName(n + 1),
    minuteTaker: personName(n + 2),
    approvers: [personName(n + 3), personName(n + 4)],
    votersPresent: 20,
    contests,
  }
}

export const longName =
  'Maximiliane Henriette Aurora Wilhelmine von Bergen-Løvenskiold-Ødegaard-Johannessen til Solberg og Nordre Ås gård'

/** Names from everywhere, a tie settled by lot, a withdrawal, an acclamation, a vacancy. */
export function diverseElection(): MinutesData {
  return {
    regionName: 'Region Øst',
    groupName: 'Amnesty Ås og Ørje – studentgruppe',
    kind: 'regular',
    season: 2026,
    meetingAt: '2026-11-21T18:30',
    heldOn: '2026-11-21',
    platform: 'hybrid',
    place: 'Kulturhuset, Storgata 1',
    chair: 'Åse Ødegård',
    minuteTaker: 'Анна Петрова',
    approvers: ['Nguyễn Thị Mai', 'Zoë Łódź-Müller'],
    votersPresent: 17,
    contests: [
      {
        roleName: 'Leder',
        seats: 1,
        method: 'secret',
        candidates: [
          { name: 'Bjørn Æsøy', withdrawn: false },
          { name: 'Анна Петрова', withdrawn: false },
          { name: 'Nguyễn Thị Mai', withdrawn: true },
        ],
        rounds: [
          {
            number: 1,
            votes: [
              { name: 'Bjørn Æsøy', votes: 8 },
              { name: 'Анна Петрова', votes: 8 },
            ],
            blank: 3,
            invalid: 2,
            ballotsCast: 21,
          },
          {
            number: 2,
            votes: [
              { name: 'Bjørn Æsøy', votes: 9 },
              { name: 'Анна Петрова', votes: 9 },
            ],
            blank: 0,
            invalid: 0,
            ballotsCast: 18,
          },
        ],
        outcome: {
          kind: 'elected',
          names: ['Bjørn Æsøy'],
          settlement: { drawnBy: 'Åse Ødegård', winners: ['Bjørn Æsøy'], tiedNames: ['Bjørn Æsøy', 'Анна Петрова'] },
        },
      },
      {
        roleName: 'Nestleder',
        seats: 1,
        method: 'acclamation',
        candidates: [{ name: 'Zoë Łódź-Müller', withdrawn: false }],
        rounds: [],
        outcome: { kind: 'acclaimed', names: ['Zoë Łódź-Müller'] },
      },
      {
        roleName:
          'Styremedlemmer med særskilt ansvar for kampanjer, skolebesøk og samarbeid med andre organisasjoner i regionen',
        seats: 2,
        method: 'partially_open',
        candidates: [
          { name: longName, withdrawn: false },
          { name: 'Ola Nordmann', withdrawn: false },
          { name: 'Kari Nordmann', withdrawn: false },
        ],
        rounds: [
          {
            number: 1,
            votes: [
              { name: longName, votes: 12 },
              { name: 'Ola Nordmann', votes: 10 },
              { name: 'Kari Nordmann', votes: 4 },
            ],
            blank: 1,
            invalid: 0,
            ballotsCast: null,
          },
        ],
        outcome: { kind: 'elected', names: [longName, 'Ola Nordmann'], settlement: null },
      },
      {
        roleName: 'Ansvarlig for sosiale medier',
        seats: 1,
        method: 'open',
        candidates: [],
        rounds: [],
        outcome: { kind: 'vacant' },
      },
    ],
  }
}

/** Thirty candidates over three rounds: the contest must flow over several pages. */
export function crowdedElection(): MinutesData {
  const names = Array.from({ length: 30 }, (_, i) => `Kandidat ${String(i + 1).padStart(2, '0')} ${personName(i)}`)
  const round = (number: number, count: number) => ({
    number,
    votes: names.slice(0, count).map((name, i) => ({ name, votes: 40 - i })),
    blank: number,
    invalid: 0,
    ballotsCast: 60,
  })
  return {
    ...typicalElection(0),
    groupName: 'Storgruppa',
    meetingAt: null,
    heldOn: null,
    platform: null,
    chair: null,
    minuteTaker: null,
    approvers: [null, null],
    votersPresent: null,
    contests: [
      {
        roleName: 'Medlemmer av valgkomiteen',
        seats: 3,
        method: 'secret',
        candidates: names.map((name, i) => ({ name, withdrawn: i === 29 })),
        rounds: [round(1, 30), round(2, 29), round(3, 29)],
        outcome: { kind: 'pending' },
      },
    ],
  }
}
