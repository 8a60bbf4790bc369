import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { APP_CSP_HEADER } from '../host/csp'

/**
 * The browser host listens on loopback only, yet any web page the analyst visits can aim
 * requests at 127.0.0.1 (cross-site requests, DNS rebinding). Three checks close that door:
 * the Host header must name our own loopback origin, a cross-origin Origin is refused, and
 * every API call carries the per-launch secret.
 */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`])
}

export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return allowedHosts(port).has((req.headers.host ?? '').toLowerCase())
}

export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  const hosts = allowedHosts(port)
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && hosts.has(u.host)
  } catch {
    return false
  }
}

export function tokenMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(secret)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Headers on every response: nothing from elsewhere may load, nothing may frame us. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': APP_CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}
