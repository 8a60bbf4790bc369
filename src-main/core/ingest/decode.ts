/**
 * Bytes to text. Scraped articles arrive as UTF-8 most of the time, sometimes as UTF-16 from
 * Windows tools, and now and then in a legacy single-byte code page; we never fail on encoding,
 * we guess and say so.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'

export interface DecodedText {
  /** The text with the BOM dropped and every CRLF / CR turned into LF. */
  text: string
  /** Lower-case encoding name, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string
}

/** The encodings that are a sure read rather than a guess. */
export const UNICODE_ENCODINGS: ReadonlySet<string> = new Set(['utf-8', 'utf-16le', 'utf-16be'])

const utf8 = new TextDecoder('utf-8', { fatal: true })
const utf16le = new TextDecoder('utf-16le')

/**
 * Decodes a file's bytes: BOM first, then UTF-16 without a BOM (recognised by its NUL pattern),
 * then strict UTF-8, then a legacy code page guessed by chardet (windows-1252 when in doubt).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const bom = sniffBom(bytes)
  if (bom) {
    const text = decodeUtf16OrUtf8(bytes.subarray(bom.length), bom.encoding)
    return { text: normalizeNewlines(text), encoding: bom.encoding }
  }

  // Before UTF-8: ASCII text in UTF-16 is valid UTF-8 too, with a NUL after every letter.
  const utf16 = guessBomlessUtf16(bytes)
  if (utf16) return { text: normalizeNewlines(decodeUtf16OrUtf8(bytes, utf16)), encoding: utf16 }

  try {
    return { text: normalizeNewlines(utf8.decode(bytes)), encoding: 'utf-8' }
  } catch {
    // not UTF-8: fall through to the guesses
  }

  const encoding = guessLegacyEncoding(bytes)
  return { text: normalizeNewlines(iconv.decode(bytesAsBuffer(bytes), encoding)), encoding }
}

/** The byte-order mark at the start of `bytes`, if any. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 }
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/**
 * UTF-16 without a BOM shows up as text whose every other byte is NUL (for Latin-script text).
 * Returns the byte order, or null when the pattern is not there.
 */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 8) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** Turns CRLF and lone CR into LF, so offsets agree across platforms. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n')
}

function decodeUtf16OrUtf8(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-16le') return utf16le.decode(bytes)
  if (encoding === 'utf-16be') return utf16le.decode(swapBytes(bytes))
  // A UTF-8 BOM promises UTF-8; decode leniently so a stray bad byte becomes U+FFFD, not a failure.
  return new TextDecoder('utf-8').decode(bytes)
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length & ~1)
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number
    out[i + 1] = bytes[i] as number
  }
  return out
}

/**
 * Chooses a single-byte (or legacy multi-byte) code page: a charset the file declares in an HTML
 * meta tag wins, then chardet's guess; ISO-8859-1 becomes windows-1252 because real files labelled
 * Latin-1 nearly always use the Windows extras (curly quotes, dashes).
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes)
  if (declared) return declared
  let guess: string | null = null
  try {
    guess = chardet.detect(bytes.subarray(0, 64 * 1024))
  } catch {
    guess = null
  }
  const name = guess ? guess.toLowerCase() : ''
  if (!name || name === 'ascii' || name === 'iso-8859-1' || name.startsWith('utf-')) return 'windows-1252'
  return iconv.encodingExists(name) ? name : 'windows-1252'
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096))
  const m = /<meta[^>]{0,300}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i.exec(head)
  const name = m?.[1]?.toLowerCase()
  if (!name || name === 'utf-8' || name === 'utf8' || name.startsWith('utf-16')) return null
  if (name === 'iso-8859-1' || name === 'latin1' || name === 'us-ascii') return 'windows-1252'
  return iconv.encodingExists(name) ? name : null
}

function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] as number)
  return s
}

function bytesAsBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
