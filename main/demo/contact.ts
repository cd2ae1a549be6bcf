/**
 * Contact details that can never reach anyone. Mail goes to the domains RFC 2606 reserves for
 * examples. Phones come from the one block a Nordic regulator sets aside for fiction: PTS (Sweden)
 * reserves 070-174 06 05 to 070-174 06 99. Norway has no such block, so Norwegian demo people get
 * Swedish fiction numbers too, rather than numbers someone might own.
 */
export const reservedEmailDomains = ['example.org', 'example.net'] as const

export const isReservedEmail = (email: string) =>
  reservedEmailDomains.some((domain) => email.toLowerCase().endsWith(`@${domain}`))

const firstFictionPhone = 5
const lastFictionPhone = 99

/** The 95 numbers of the fiction block, each at most once, in the given order. */
export const fictionPhoneCount = lastFictionPhone - firstFictionPhone + 1

/** People type numbers their own way; both forms pass the phone validation. */
export function fictionPhone(index: number, style: 'domestic' | 'international'): string {
  const last = firstFictionPhone + index
  if (last > lastFictionPhone) throw new Error('the fiction block has only 95 numbers')
  const tail = String(last).padStart(2, '0')
  return style === 'domestic' ? `070-174 06 ${tail}` : `+46 70 174 06 ${tail}`
}

export function isFictionPhone(phone: string): boolean {
  const digits = phone.replace(/\D/g, '').replace(/^46/, '0')
  const match = /^07017406(\d\d)$/.exec(digits)
  return match !== null && Number(match[1]) >= firstFictionPhone && Number(match[1]) <= lastFictionPhone
}

const spelledOut: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ł: 'l', ı: 'i', ß: 'ss' }

/** "Bjørn Sæther" -> "bjorn.saether": the plain-ASCII mailbox name most people would pick. */
export function asciiHandle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöłıß]/g, (letter) => spelledOut[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '')
}
