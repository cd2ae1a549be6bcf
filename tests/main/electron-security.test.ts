import { describe, expect, it, vi } from 'vitest'
import { mailtoUrl } from '../../shared/dashboard/reminder'
import { isSafeExternalUrl } from '../../main/electron/links'
import { isAppOrigin } from '../../main/electron/origin'
import { guardWebContents, refusePermissions } from '../../main/electron/security'

type Listener = (event: { url?: string; preventDefault: () => void }) => void

/** A web contents reduced to what the guards use, recording what they attach. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | undefined
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler
    },
  }
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event.preventDefault.mock.calls.length > 0
  }
  return {
    contents: contents as unknown as Parameters<typeof guardWebContents>[0],
    listeners,
    fire,
    open: (url: string) => openHandler?.({ url }),
  }
}

function guarded(appOrigin = 'app://region-desk') {
  const fake = fakeContents()
  const openExternal = vi.fn()
  guardWebContents(fake.contents, { appOrigin, openExternal })
  return { ...fake, openExternal }
}

const foreignUrls = [
  'app://region-desk.evil.com/',
  'https://evil.com/app://region-desk/',
  'file:///etc/passwd',
  'app://evil.com\\@region-desk/',
  'app://region-desk@evil.com/',
  'app://region-desk:8080/',
  'http://region-desk/',
  'https://region-desk/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
  '',
]

describe('navigation guard', () => {
  it.each(['will-navigate', 'will-redirect'])('%s stops every URL outside the app', (name) => {
    const { fire } = guarded()
    for (const url of foreignUrls) expect(fire(name, url), url).toBe(true)
  })

  it.each(['will-navigate', 'will-redirect'])('%s lets the app move between its own pages', (name) => {
    const { fire } = guarded()
    for (const url of ['app://region-desk/index.html', 'app://region-desk/groups?id=3#top', 'APP://Region-Desk/people'])
      expect(fire(name, url), url).toBe(false)
  })

  it('in development allows exactly the dev server origin', () => {
    const { fire } = guarded('http://localhost:5173')
    expect(fire('will-navigate', 'http://localhost:5173/groups')).toBe(false)
    for (const url of [
      'http://localhost:5174/',
      'https://localhost:5173/',
      'http://localhost:5173.evil.com/',
      'app://region-desk/',
    ])
      expect(fire('will-navigate', url), url).toBe(true)
  })

  it('refuses to attach webviews', () => {
    const { fire } = guarded()
    expect(fire('will-attach-webview')).toBe(true)
  })
})

describe('window.open', () => {
  it('never opens a window, and hands only https and real mailto links to the OS', () => {
    const { open, openExternal } = guarded()
    const allowed = [
      'https://amnesty.org/en/',
      'mailto:leder@example.org',
      'mailto:a@example.org,b@example.no?subject=M%C3%B8te&body=Hei',
    ]
    const refused = [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://example.org/',
      'https://user:secret@example.org/',
      'mailto:',
      'mailto:nobody',
      'mailto:a@localhost',
      'mailto:?subject=x',
      'mailto:a@example.org?attach=/etc/passwd',
      'mailto:a@example.org?cc=nobody',
      'app://region-desk/index.html',
      'smb://server/share',
    ]
    for (const url of [...allowed, ...refused]) expect(open(url), url).toEqual({ action: 'deny' })
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(allowed)
  })
})

describe('links that leave the app', () => {
  it('a plain link (no new window) to https or a real mailto stays out of the window and goes to the OS', () => {
    const { fire, openExternal } = guarded()
    expect(fire('will-navigate', 'https://amnesty.org/en/')).toBe(true)
    expect(fire('will-navigate', 'mailto:leder@example.org')).toBe(true)
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(fire('will-navigate', 'mailto:a@example.org?attach=/etc/passwd')).toBe(true)
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual(['https://amnesty.org/en/', 'mailto:leder@example.org'])
  })

  it('a redirect is stopped and never opened, even to https', () => {
    const { fire, openExternal } = guarded()
    expect(fire('will-redirect', 'https://amnesty.org/')).toBe(true)
    expect(openExternal).not.toHaveBeenCalled()
  })

  it("the dashboard's reminder e-mail (target=_blank) opens the mail program, never a window", () => {
    const { open, openExternal } = guarded()
    const url = mailtoUrl(
      'ørjan.leder+bergen@amnesty.no',
      'Påminnelse: årsmøte 2025 & "rapport"',
      'Hei!\nDere mangler: årsrapport, 50 % ferdig?\n#1 & 2 = 3\n\nHilsen Kari',
    )
    expect(url).not.toBeNull()
    expect(open(url!)).toEqual({ action: 'deny' })
    expect(openExternal).toHaveBeenCalledWith(url)
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://example.org', true],
    ['mailto:first.last+tag@sub.example.org', true],
    ['mailto:bad address@example.org', false],
    ['mailto:a@example.org%0Abcc:x@evil.com', false],
    ['ftp://example.org', false],
    ['%zz', false],
  ])('%s -> %s', (url, expected) => expect(isSafeExternalUrl(url)).toBe(expected))
})

describe('isAppOrigin', () => {
  it('compares parsed origins, never prefixes', () => {
    expect(isAppOrigin('app://region-desk/x', 'app://region-desk')).toBe(true)
    expect(isAppOrigin('app://region-desk-evil/x', 'app://region-desk')).toBe(false)
    expect(isAppOrigin('app://region-desk.evil.com', 'app://region-desk')).toBe(false)
  })
})

describe('refusePermissions', () => {
  it('refuses every permission request and check', () => {
    let request: ((...args: unknown[]) => void) | undefined
    let check: ((...args: unknown[]) => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    }
    refusePermissions(session as unknown as Parameters<typeof refusePermissions>[0])
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn()
      request?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
      expect(check?.(null, permission, 'app://region-desk', {})).toBe(false)
    }
  })
})
