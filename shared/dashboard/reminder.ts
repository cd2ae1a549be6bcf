/** A plausible single address: what a mailto: link may carry (no commas, spaces or header tricks). */
const part = '[^\\s@,;:<>()[\\]\\\\"?&=%#]+'
const plainAddress = new RegExp(`^${part}@${part}\\.${part}$`)
export const isPlainAddress = (address: string) => plainAddress.test(address)

/**
 * A mailto: URL with subject and body encoded as RFC 6068 asks (spaces as %20, line breaks as %0D%0A),
 * or null when the address is not one plain address.
 */
export function mailtoUrl(to: string, subject: string, body: string): string | null {
  if (!isPlainAddress(to)) return null
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body)}`
}
