import type { Session, WebContents } from 'electron'
import { devContentSecurityPolicy } from './csp'
import { isSafeExternalUrl } from './links'
import { isAppOrigin } from './origin'

type Guarded = Pick<WebContents, 'on' | 'setWindowOpenHandler'>
type GuardOptions = { appOrigin: string; openExternal: (url: string) => unknown }

/**
 * The page may only ever show the app itself: navigations and redirects elsewhere are stopped,
 * new windows are never created, and https/mailto links go to the OS browser or mail client.
 */
export function guardWebContents(contents: Guarded, { appOrigin, openExternal }: GuardOptions) {
  const stayHome = (event: { url: string; preventDefault: () => void }) => {
    if (!isAppOrigin(event.url, appOrigin)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url)
    return { action: 'deny' }
  })
}

type Guardable = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>

/** The app needs no camera, location, notifications or any other permission: refuse them all. */
export function refusePermissions(session: Guardable) {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** In dev the page comes from Vite's server, so the policy is added to its responses here. */
export function applyDevContentSecurityPolicy(session: Pick<Session, 'webRequest'>, devOrigin: string) {
  const policy = devContentSecurityPolicy(devOrigin)
  session.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } })
  })
}
