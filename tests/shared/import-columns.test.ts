import { describe, expect, it } from 'vitest'
import { emptyMapping, guessMapping, headerWords, type ColumnMapping } from '../../shared/import/fields'

const mapping = (fields: Partial<ColumnMapping>): ColumnMapping => ({ ...emptyMapping(), ...fields })

describe('guessMapping', () => {
  it.each([
    [
      'Norwegian',
      ['Navn', 'E-post', 'Telefon', 'Gruppe', 'Sted', 'Verv', 'Fra', 'Til'],
      mapping({ name: 0, email: 1, phone: 2, group: 3, town: 4, role: 5, from: 6, to: 7 }),
    ],
    [
      'Swedish',
      ['Namn', 'E-mail', 'Mobil', 'Grupp', 'Ort', 'Uppdrag', 'Från', 'Till'],
      mapping({ name: 0, email: 1, phone: 2, group: 3, town: 4, role: 5, from: 6, to: 7 }),
    ],
    [
      'English, another order',
      ['Email', 'Name', 'Role', 'Group', 'Town', 'Phone', 'To', 'From'],
      mapping({ email: 0, name: 1, role: 2, group: 3, town: 4, phone: 5, to: 6, from: 7 }),
    ],
    ['Swedish role word “Roll”', ['Namn', 'Roll'], mapping({ name: 0, role: 1 })],
    ['case, spaces and punctuation', ['  NAVN ', 'e-POST:', 'TLF.'], mapping({ name: 0, email: 1, phone: 2 })],
    ['a header that starts with the word', ['Navn på medlem', 'E-post (privat)'], mapping({ name: 0, email: 1 })],
    [
      'a header that contains the word',
      ['Fullt navn', 'Privat e-post', 'Dato fra'],
      mapping({ name: 0, email: 1, from: 2 }),
    ],
    ['an exact header before a looser one', ['Navn på leder', 'Navn'], mapping({ name: 1 })],
    ['each column once, each field once', ['Navn', 'Navn', 'Gruppe'], mapping({ name: 0, group: 2 })],
    ['nothing known', ['A', 'B', 'Kolonne 3'], emptyMapping()],
    ['first and last name are not “the name”', ['Fornavn', 'Etternavn'], emptyMapping()],
  ])('%s', (_label, headers, expected) => {
    expect(guessMapping(headers)).toEqual(expected)
  })
})

describe('headerWords', () => {
  it.each([
    ['E-post', 'e post'],
    ['  Från  ', 'fran'],
    ['Telefon/Mobil', 'telefon mobil'],
    ['Økonomi', 'okonomi'],
  ])('%s → %s', (header, words) => {
    expect(headerWords(header)).toBe(words)
  })
})
