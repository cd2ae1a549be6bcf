/**
 * Name parts the demo combines into invented people. Common names on purpose: no combination is
 * meant to point at anyone. The lists carry æ, ø, å, ä and ö so sorting and search show their
 * Nordic behaviour in the demo.
 */
// prettier-ignore
export const norwegianGivenNames = [
  'Kari', 'Ingrid', 'Nora', 'Emma', 'Sofie', 'Ida', 'Thea', 'Sara', 'Hanne', 'Silje', 'Marit', 'Åse',
  'Solveig', 'Gøril', 'Tone', 'Berit', 'Ragnhild', 'Sigrid', 'Eirin', 'Tuva', 'Live', 'Frøydis', 'Bjørg',
  'Oda', 'Vilde', 'Hedda', 'Mari', 'Åshild', 'Synnøve', 'Guro', 'Ola', 'Lars', 'Per', 'Pål', 'Espen',
  'Håkon', 'Øystein', 'Bjørn', 'Torbjørn', 'Kåre', 'Jørgen', 'Sindre', 'Magnus', 'Henrik', 'Eirik',
  'Anders', 'Even', 'Jonas', 'Sander', 'Tobias', 'Aksel', 'Ståle', 'Geir', 'Trond', 'Arne', 'Erlend',
  'Øyvind', 'Vegard', 'Halvor', 'Jens', 'Åsmund', 'Sølve',
] as const

// prettier-ignore
export const norwegianFamilyNames = [
  'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen',
  'Karlsen', 'Pettersen', 'Eriksen', 'Berg', 'Haugen', 'Hagen', 'Johannessen', 'Andreassen', 'Dahl',
  'Jørgensen', 'Halvorsen', 'Henriksen', 'Lund', 'Sørensen', 'Moen', 'Gundersen', 'Iversen', 'Strand',
  'Solberg', 'Eide', 'Knutsen', 'Bakken', 'Mathisen', 'Lie', 'Amundsen', 'Ødegård', 'Sæther', 'Bråten',
  'Løken', 'Økland', 'Grønli', 'Kjær', 'Næss', 'Thorsen', 'Fjeld', 'Sætre', 'Øien', 'Røed', 'Brække',
  'Åsheim', 'Engebretsen', 'Skaug', 'Tveit', 'Bjørnstad', 'Myhre', 'Hovland', 'Bø', 'Vågen', 'Kværner',
  'Frøland', 'Lyngstad', 'Østby', 'Hærnes',
] as const

// prettier-ignore
export const swedishGivenNames = [
  'Åsa', 'Märta', 'Elin', 'Linnéa', 'Maja', 'Astrid', 'Ebba', 'Saga', 'Klara', 'Ingela', 'Annika', 'Karin',
  'Ylva', 'Stina', 'Malin', 'Agneta', 'Björn', 'Göran', 'Sven', 'Lennart', 'Måns', 'Örjan', 'Oskar',
  'Hugo', 'Nils', 'Gustav', 'Erik', 'Olle', 'Anders', 'Jöran',
] as const

// prettier-ignore
export const swedishFamilyNames = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Svensson', 'Gustafsson', 'Jonsson', 'Bengtsson', 'Jönsson', 'Lindberg', 'Lindström', 'Lindqvist',
  'Sjöberg', 'Åkesson', 'Höglund', 'Ström', 'Bergström', 'Sandström', 'Wallin', 'Engström', 'Lundgren',
  'Söderberg', 'Holmqvist', 'Åström', 'Nyström', 'Ekström',
] as const

/**
 * Volunteers with roots elsewhere, in their own spelling (Polish, Cyrillic, Vietnamese, Turkish ı,
 * Finnish, Somali, Persian): the list, search and sorting must treat them as well as Nordic
 * names. `handle` is the mailbox name they chose, since not every name has an obvious ASCII form.
 */
export const internationalPeople = [
  { name: 'Łukasz Wójcik', handle: 'lukasz.wojcik' },
  { name: 'Анна Петрова', handle: 'anna.petrova' },
  { name: 'Nguyễn Thị Mai', handle: 'mai.nguyen' },
  { name: 'Zeynep Yılmaz', handle: 'zeynep.y' },
  { name: 'Hodan Abdi Warsame', handle: 'hodan.warsame' },
  { name: 'Oleksandr Kovalenko', handle: 'o.kovalenko' },
  { name: 'Mariana Costa Ferreira', handle: 'mariana.cf' },
  { name: 'Priya Raghunathan', handle: 'priya.r' },
  { name: 'Shirin Karimi', handle: 'shirin.karimi' },
  { name: 'Aino Heikkilä', handle: 'aino.heikkila' },
  { name: 'Sofía Hernández', handle: 'sofia.hernandez' },
  { name: 'Rania Haddad', handle: 'rania.haddad' },
] as const

/** Combinations that name someone well known (a philosopher, a prime minister, ...): never drawn. */
export const famousNames: ReadonlySet<string> = new Set([
  'Arne Næss',
  'Göran Persson',
  'Karin Larsson',
  'Lars Larsen',
  'Magnus Karlsen',
])

/** Notes a leader might keep; rare, and never about health, beliefs or anything sensitive. */
export const personNotes = [
  'Vil gjerne hjelpe til med valget neste vår.',
  'Har tatt SoMe-kurset og hjelper gjerne andre grupper.',
  'Flytter til Trondheim etter sommeren.',
  'Kan stå på stand, men ikke lede møter.',
  'Tidligere gruppeleder; god å spørre om gamle saker.',
  'Var med på gruppeledersamlingen i fjor.',
] as const
