/** Case- and accent-insensitive form used for search, so "malmo" finds "Malmö" and "ÅS" finds "Ås". */
export function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nb')
}

/** Escapes LIKE wildcards in user text, for use with `ESCAPE '\'`. */
export const likePattern = (query: string) => `%${fold(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`
