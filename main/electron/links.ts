/** A plausible single address: something@host.tld, no spaces, quotes, brackets or separators. */
const address = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"'.]+(\.[^\s@<>()[\]\\,;:"'.]+)+$/

/** Only these mailto fields; some mail clients honour others like attach=, which could send local files. */
const mailtoFields = new Set(['subject', 'body', 'cc', 'bcc'])

/** Whether a link may leave the app for the OS: https pages and mailto with real addresses only. */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'https:') return Boolean(url.hostname) && !url.username && !url.password
  if (url.protocol === 'mailto:') return isSafeMailto(url)
  return false
}

function isSafeMailto(url: URL) {
  const recipients = decoded(url.pathname)
  if (recipients === null || !areAddresses(recipients)) return false
  for (const [field, value] of url.searchParams) {
    const name = field.toLowerCase()
    if (!mailtoFields.has(name)) return false
    if ((name === 'cc' || name === 'bcc') && !areAddresses(value)) return false
  }
  return true
}

const areAddresses = (list: string) => list.split(',').every((part) => address.test(part.trim()))

function decoded(text: string) {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
