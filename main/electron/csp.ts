/**
 * The production Content-Security-Policy, sent with every app:// response.
 * style-src needs 'unsafe-inline' because Mantine writes style attributes and injects <style>
 * elements for its CSS variables; scripts stay 'self' only.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ')

/**
 * The dev server's page needs two relaxations: Vite's React refresh preamble is an inline script,
 * and hot reload talks over a websocket to the same host. Everything else matches production, so
 * a change that production's policy would block still shows up while developing.
 */
export function devContentSecurityPolicy(devOrigin: string) {
  const socket = devOrigin.replace(/^http/, 'ws')
  return contentSecurityPolicy
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`)
}
