/** The production renderer lives at app://region-desk/, served from disk by protocol.ts. */
export const appScheme = 'app'
export const appHost = 'region-desk'
export const appStartUrl = `${appScheme}://${appHost}/index.html`

/**
 * "protocol//host" of a URL, or null when it has no host or carries credentials.
 *
 * Node's parser treats app: as a non-special scheme (origin "null", backslash not a separator,
 * host kept in its case), while Chromium parses it as the standard scheme we register. Re-parsing
 * it as https: makes Node see the same host Chromium will load, so `app://evil\@region-desk/`
 * cannot pass as ours. Equality of parsed parts, never a string prefix.
 */
export function originOf(raw: string): string | null {
  let protocol: string
  let host: URL
  try {
    const url = new URL(raw)
    protocol = url.protocol
    // The scheme ends at the first colon (URL parsing just confirmed it), so this swaps only the scheme.
    host = protocol === `${appScheme}:` ? new URL(raw.replace(/^[^:]*:/, 'https:')) : url
  } catch {
    return null
  }
  if (!host.host || host.username || host.password) return null
  return `${protocol}//${host.host}`
}

/** True only when `raw` parses to exactly the app's own origin. */
export function isAppOrigin(raw: string, appOrigin: string): boolean {
  const origin = originOf(raw)
  return origin !== null && origin === appOrigin
}
