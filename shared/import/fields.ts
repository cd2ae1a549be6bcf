import { fold } from '../text'

/** What a column of an import file can mean. Only the name is required. */
export const importFields = ['name', 'email', 'phone', 'group', 'town', 'role', 'from', 'to'] as const
export type ImportField = (typeof importFields)[number]

/** For each field, the index of the file's column that holds it, or null. */
export type ColumnMapping = Record<ImportField, number | null>

export const emptyMapping = (): ColumnMapping => ({
  name: null,
  email: null,
  phone: null,
  group: null,
  town: null,
  role: null,
  from: null,
  to: null,
})

/** Header words in nb, sv and en, written as `headerWords` leaves them (folded, punctuation as spaces). */
const synonyms: Record<ImportField, readonly string[]> = {
  name: ['navn', 'namn', 'name', 'fullt navn', 'fullstendig navn', 'fullstandigt namn', 'full name', 'person'],
  email: [
    'e post',
    'epost',
    'e postadresse',
    'epostadresse',
    'e postadress',
    'epostadress',
    'e mail',
    'email',
    'mail',
    'mejl',
    'email address',
    'e mail address',
  ],
  phone: [
    'telefon',
    'tlf',
    'tel',
    'mobil',
    'mobiltelefon',
    'mobilnummer',
    'mobilnr',
    'telefonnummer',
    'telefonnr',
    'phone',
    'mobile',
    'phone number',
    'mobile phone',
  ],
  group: ['gruppe', 'grupp', 'group', 'lokalgruppe', 'lokalgrupp', 'local group', 'gruppenavn', 'gruppnamn'],
  town: ['sted', 'ort', 'town', 'city', 'by', 'kommune', 'kommun', 'municipality', 'poststed', 'postort', 'place'],
  role: ['verv', 'roll', 'uppdrag', 'role', 'funksjon', 'funktion', 'position', 'tillitsverv'],
  from: [
    'fra',
    'fran',
    'from',
    'fra dato',
    'fran och med',
    'fran datum',
    'from date',
    'start',
    'startdato',
    'startdatum',
    'start date',
    'medlem fra',
    'medlem fran',
    'member since',
    'since',
  ],
  to: [
    'til',
    'till',
    'to',
    'til dato',
    'till och med',
    'till datum',
    'to date',
    'slutt',
    'sluttdato',
    'slutdatum',
    'end',
    'end date',
    'medlem til',
    'medlem till',
  ],
}

/** "E-post (privat)" → "e post privat": folded, anything but letters and digits as one space. */
export const headerWords = (header: string) =>
  fold(header)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/**
 * Guesses which column holds which field from the header names. Three passes, each stronger guess
 * first: the whole header is a known word ("Navn"), it starts with one ("Navn på medlem"), or it
 * contains one ("Privat e-post"). A column is given to one field at most, a field one column.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping = emptyMapping()
  const words = headers.map(headerWords)
  const taken = new Set<number>()
  const passes: ((header: string, word: string) => boolean)[] = [
    (header, word) => header === word,
    (header, word) => header.startsWith(`${word} `),
    (header, word) => ` ${header} `.includes(` ${word} `),
  ]
  for (const matches of passes)
    for (const field of importFields) {
      if (mapping[field] !== null) continue
      const column = words.findIndex(
        (header, index) => !taken.has(index) && synonyms[field].some((word) => matches(header, word)),
      )
      if (column >= 0) {
        mapping[field] = column
        taken.add(column)
      }
    }
  return mapping
}
