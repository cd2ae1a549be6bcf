import type { Session, WebContents } from 'electron'
import { devContentSecurityPolicy } from './csp'
import { isSafeExternalUrl } from './links'
import { isAppOrigin } from './origin'

type Guarded = Pick<WebContents, 'on' | 'setWindowOpenHandler'>
type GuardOptions = { appOrigin: string; openExternal: (url: string) => unknown }

/**
 * The page may only ever show the app itself: navigations and redirects elsewhere are stopped,
 * new windows are never created, and https/mailto links go to the OS browser or mail client
 * (whether the link opens a new window, like the reminder e-mail button, or not).
 */
export function guardWebContents(contents: Guarded, { appOrigin, openExternal }: GuardOptions) {
  contents.on('will-navigate', (event) => {
    if (isAppOrigin(event.url, appOrigin)) return
    event.preventDefault()
    if (isSafeExternalUrl(event.url)) void openExternal(event.url)
  })
  // A redirect is the server's choice, never the user's click: stopped, and nothing is opened.
  contents.on('will-redirect', (event) => {
    if (!isAppOrigin(event.url, appOrigin)) event.preventDefault()
  })
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
