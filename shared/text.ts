/**
 * Case- and accent-insensitive form used for search and name clashes, so "malmo" finds "Malmö",
 * "ÅS" finds "Ås", and a Swede typing "Ödegård" finds "Ødegård" (ø and æ do not decompose).
 */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nb').replace(/ø/g, 'o').replace(/æ/g, 'a')
}

/** Escapes LIKE wildcards in user text, for use with `ESCAPE '\'`. */
export const likePattern = (query: string) => `%${fold(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
