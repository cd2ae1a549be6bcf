import { describe, expect, it } from 'vitest'
import { isPlainAddress, mailtoUrl } from '../../shared/dashboard/reminder'

describe('mailtoUrl', () => {
  it('encodes Norwegian letters, spaces and line breaks so every mail program reads them', () => {
    expect(mailtoUrl('leder@example.org', 'Valg i Ålesund', 'Hei!\nHusk valget & protokollen.')).toBe(
      'mailto:leder@example.org?subject=Valg%20i%20%C3%85lesund&body=Hei!%0D%0AHusk%20valget%20%26%20protokollen.',
    )
  })

  it.each(['', 'no-at-sign', 'a@b', 'two@example.org,three@example.org', 'x@example.org?cc=evil@example.org', 'x@example.org?cc', 'a b@example.org'])(
    'refuses %j',
    (address) => {
      expect(isPlainAddress(address)).toBe(false)
      expect(mailtoUrl(address, 's', 'b')).toBeNull()
    },
  )
})
