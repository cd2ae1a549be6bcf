/** Next year, this year and the three before it: the seasons a regional leader looks at. */
export function seasonChoices(today = new Date()) {
  const year = today.getFullYear()
  return [year + 1, year, year - 1, year - 2, year - 3].map(String)
}
