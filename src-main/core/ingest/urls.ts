/**
 * URLs in scraped text: finding the article's own address, and seeing through news-aggregator
 * redirect links, which hide the original URL inside an opaque id.
 */

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`{}|\\^[\]]{1,2048}/g
const TRAILING_PUNCTUATION = /[.,;:!?)»”’]+$/

/** Every http(s) URL in `text`, in order, without trailing sentence punctuation. */
export function findUrls(text: string, limit = 20): string[] {
  const out: string[] = []
  URL_IN_TEXT.lastIndex = 0
  for (let m = URL_IN_TEXT.exec(text); m && out.length < limit; m = URL_IN_TEXT.exec(text)) {
    out.push(m[0].replace(TRAILING_PUNCTUATION, ''))
  }
  return out
}

/** Whether the whole line is one URL (with or without a scheme). */
export function isBareUrl(line: string): boolean {
  return line.length <= 8192 && /^(?:https?:\/\/|www\.)[^\s]{3,}$/i.test(line)
}

/**
 * Whether the whole line is one long token of id characters (base64, hex, url-safe ids), the
 * residue of aggregator links and tracking ids.
 */
export function isOpaqueToken(line: string): boolean {
  if (line.length < 32 || line.length > 8192 || !/^[A-Za-z0-9_+/=-]+$/.test(line)) return false
  return /[0-9]/.test(line) || (/[a-z]/.test(line) && /[A-Z]/.test(line))
}

/**
 * The original article URL behind an aggregator link, or null when `url` is not one we can see
 * through. Google News puts a base64url protobuf in its article ids whose first string field is
 * the publisher's URL; Google's own /url?q= and similar redirectors carry it as a query parameter.
 */
export function unwrapAggregatorUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  const host = parsed.hostname.toLowerCase()
  if (host === 'news.google.com') {
    const m = /\/articles\/([A-Za-z0-9_-]{8,})/.exec(parsed.pathname)
    return m ? urlInProtobuf(m[1] as string) : null
  }
  for (const key of ['url', 'q', 'u']) {
    const value = parsed.searchParams.get(key)
    if (value && /^https?:\/\//i.test(value)) return value
  }
  return null
}

/**
 * The first http(s) URL stored in a base64url-encoded protobuf. A string field is its length as
 * a varint followed by the bytes, so the length just before "http" tells where the URL ends.
 */
export function urlInProtobuf(id: string): string | null {
  let bytes: Buffer
  try {
    bytes = Buffer.from(id, 'base64url')
  } catch {
    return null
  }
  const text = bytes.toString('latin1')
  let at = text.indexOf('http')
  while (at !== -1) {
    const url = readUrlAt(bytes, at)
    if (url) return url
    at = text.indexOf('http', at + 4)
  }
  return null
}

function readUrlAt(bytes: Buffer, at: number): string | null {
  let length = -1
  const b1 = bytes[at - 1]
  const b2 = bytes[at - 2]
  if (b1 !== undefined && b1 < 0x80 && b2 !== undefined && b2 >= 0x80) length = (b2 & 0x7f) | (b1 << 7)
  else if (b1 !== undefined && b1 < 0x80) length = b1
  let end = length > 0 && at + length <= bytes.length ? at + length : -1
  if (end === -1 || !isPrintable(bytes, at, end)) {
    // No usable length: read up to the first byte that cannot be part of a URL.
    end = at
    while (end < bytes.length && (bytes[end] as number) > 0x20 && (bytes[end] as number) < 0x7f) end++
  }
  const url = bytes.toString('latin1', at, end)
  return /^https?:\/\/[^\s/]+\.[^\s/]+/.test(url) ? url : null
}

function isPrintable(bytes: Buffer, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const b = bytes[i] as number
    if (b <= 0x20 || b >= 0x7f) return false
  }
  return true
}

/** The host of `url` without "www." / "amp." / "m.", for showing as an outlet; null if not a URL. */
export function readableHost(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase()
    return host.replace(/^(?:www\d?|amp|m|mobile)\./, '') || null
  } catch {
    return null
  }
}

/** Whether `url` points at a news aggregator rather than the publisher. */
export function isAggregatorUrl(url: string): boolean {
  const host = readableHost(url)
  return host === 'news.google.com' || host === 'google.com'
}
