/**
 * Snippets: the window of an article's text with the most distinct matched terms, with the
 * matches' offsets (relative to the snippet) for highlighting, and the words as written there
 * (the reader highlights those).
 */
import { termFor, tokenize } from './analyze'
import { SNIPPET_CHARS } from './tunables'

export interface Snippet {
  text: string
  /** Half-open [start, end) offsets into `text`. */
  highlights: Array<[number, number]>
  /** The matched words as the article writes them, first occurrence order. */
  words: string[]
}

/** Two forms of one scan: plain ASCII texts (most) take the simpler, much faster one. */
interface Scanner {
  ascii: RegExp | null
  unicode: RegExp
}

const scanners = new WeakMap<ReadonlySet<string>, Scanner | null>()
const NON_ASCII = /[^\u0000-\u007f]/u

/**
 * A cheap superset scan for words whose stem may be one of `terms`: a stem less its last letter
 * begins its word ("ferri" <- "ferry", "haus" <- "Häuser"), any non-ASCII letter standing in for
 * an accented one. Only what it finds is stemmed, instead of every word of the article. Null when
 * a term is a number (many notations): then the full tokenizer runs.
 */
function scannerFor(terms: ReadonlySet<string>): Scanner | null {
  if (scanners.has(terms)) return scanners.get(terms)!
  let scanner: Scanner | null = null
  // Past a dozen terms (prefix and fuzzy expansions) one pass of the tokenizer is cheaper than the alternation.
  if (terms.size > 0 && terms.size <= 12 && ![...terms].some((t) => /^\d/u.test(t))) {
    const stems = [...terms].map((t) => (t.length > 2 ? t.slice(0, -1) : t))
    const prefixes = stems.map((t) =>
      [...t].map((c) => (/[a-z]/u.test(c) ? `(?:${c}|[^\\u0000-\\u007f])` : `\\u{${c.codePointAt(0)!.toString(16)}}`)).join(''),
    )
    // A term with a non-ASCII letter cannot occur in an ASCII text.
    const asciiStems = stems.filter((t) => /^[a-z0-9]+$/u.test(t))
    scanner = {
      ascii: asciiStems.length ? new RegExp(`(?<![A-Za-z0-9])(?:${asciiStems.join('|')})[A-Za-z0-9]*`, 'gi') : null,
      unicode: new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${prefixes.join('|')})[\\p{L}\\p{M}\\p{N}]*`, 'giu'),
    }
  }
  scanners.set(terms, scanner)
  return scanner
}

/** Offsets of words whose term is in `terms`. */
export function matchRanges(text: string, terms: ReadonlySet<string>, lang: string): Array<{ start: number; end: number; term: string }> {
  const out: Array<{ start: number; end: number; term: string }> = []
  const scanner = scannerFor(terms)
  if (scanner) {
    const re = NON_ASCII.test(text) ? scanner.unicode : scanner.ascii
    if (!re) return out
    for (const m of text.matchAll(re)) {
      const term = termFor(m[0], lang)
      if (term !== null && terms.has(term)) out.push({ start: m.index, end: m.index + m[0].length, term })
    }
    return out
  }
  for (const t of tokenize(text, lang)) if (t.term !== null && terms.has(t.term)) out.push({ start: t.start, end: t.end, term: t.term })
  return out
}

/** What /\s/u matches, without a regex call per character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/u.test(String.fromCharCode(c)))
}

/** Builds the snippet for `text` given the matched index terms. */
export function makeSnippet(text: string, terms: ReadonlySet<string>, lang: string, size = SNIPPET_CHARS): Snippet {
  const matches = matchRanges(text, terms, lang)
  const words: string[] = []
  const seen = new Set<string>()
  for (const m of matches) {
    const w = text.slice(m.start, m.end)
    const key = w.toLowerCase()
    if (!seen.has(key)) {
      seen.add(key)
      words.push(w)
    }
  }
  // Slide a window over the matches: the start that covers the most distinct terms wins, the
  // earliest on ties (the lead of an article says the most). Two pointers: linear in matches.
  let bestStart = 0
  let bestCount = 0
  const inWindow = new Map<string, number>()
  let end = 0
  for (let i = 0; i < matches.length; i++) {
    while (end < matches.length && matches[end]!.end - matches[i]!.start <= size) {
      const t = matches[end++]!.term
      inWindow.set(t, (inWindow.get(t) ?? 0) + 1)
    }
    if (inWindow.size > bestCount) {
      bestCount = inWindow.size
      bestStart = matches[i]!.start
    }
    const t = matches[i]!.term
    const left = (inWindow.get(t) ?? 1) - 1
    if (left > 0) inWindow.set(t, left)
    else inWindow.delete(t)
  }
  let from = matches.length === 0 ? 0 : Math.max(0, bestStart - Math.floor(size / 4))
  if (from > 0) {
    const space = text.indexOf(' ', from)
    if (space >= 0 && space < bestStart) from = space + 1
  }
  let to = Math.min(text.length, from + size)
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    if (space > from + size / 2) to = space
  }
  const raw = text.slice(from, to)
  const lead = from > 0 ? '…' : ''
  const body = raw.replace(/\s+/gu, ' ')
  // Whitespace collapsing changes offsets: map them through the same collapse.
  const map: number[] = []
  let out = 0
  let previousSpace = false
  for (let i = 0; i < raw.length; i++) {
    map.push(out)
    const space = isSpace(raw.charCodeAt(i))
    if (!(space && previousSpace)) out++
    previousSpace = space
  }
  map.push(out)
  const highlights = matches
    .filter((m) => m.start >= from && m.end <= to)
    .map((m): [number, number] => [lead.length + map[m.start - from]!, lead.length + map[m.end - from]!])
  return { text: `${lead}${body}${to < text.length ? '…' : ''}`, highlights, words }
}
