/**
 * A compact, bounded approximate matcher: Sellers' semi-global edit distance with Ukkonen's
 * cut-off (only rows that can still stay within `maxErrors` are computed), so a search costs
 * about O(maxErrors x text) and never more than `maxCells`. Pure string functions.
 */

/** Levenshtein distance of two short strings (context of a quote: tens of characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  let prev = new Int32Array(b.length + 1)
  let cur = new Int32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i
    const ca = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1)
      cur[j] = Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1)
    }
    ;[prev, cur] = [cur, prev]
  }
  return prev[b.length]!
}

/** 1 for equal strings, 0 for nothing in common (edit distance over the longer length). */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length)
  return len === 0 ? 1 : 1 - editDistance(a, b) / len
}

/** One approximate occurrence: [start, end) in the text and its edit distance to the pattern. */
export interface ApproxMatch {
  start: number
  end: number
  errors: number
  /** Other starts with as few errors (the caller may prefer one by its context). */
  starts: number[]
}

export interface ApproxOptions {
  /** Search only [from, to) of the text. */
  from?: number
  to?: number
  /** Stop after this many distinct matches (best kept per run of adjacent end positions). */
  maxMatches?: number
}

/**
 * Every region of `text` within `maxErrors` edits of `pattern` (one best match per run of
 * adjacent end positions), in text order.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, options: ApproxOptions = {}): ApproxMatch[] {
  const m = pattern.length
  const k = Math.max(0, Math.floor(maxErrors))
  if (m === 0) return []
  const from = Math.max(0, options.from ?? 0)
  const to = Math.min(text.length, options.to ?? text.length)
  const limit = options.maxMatches ?? Infinity
  const pat = new Int32Array(m)
  for (let i = 0; i < m; i++) pat[i] = pattern.charCodeAt(i)
  const col = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) col[i] = i
  // Last row whose value is <= k; rows below it are all > k and need not be computed.
  let lact = Math.min(k, m)
  const ends: Array<{ end: number; errors: number }> = []
  const out: ApproxMatch[] = []
  const flush = (): void => {
    if (ends.length === 0) return
    let best = ends[0]!
    for (const e of ends) if (e.errors < best.errors) best = e
    ends.length = 0
    const starts = startsOf(text, pattern, best.end, best.errors, from)
    out.push({ start: starts[0]!, end: best.end, errors: best.errors, starts })
  }
  for (let j = from; j < to && out.length < limit; j++) {
    const c = text.charCodeAt(j)
    let diag = 0
    const top = Math.min(m, lact + 1)
    for (let i = 1; i <= top; i++) {
      const above = col[i]!
      const sub = diag + (pat[i - 1] === c ? 0 : 1)
      const v = Math.min(sub, above + 1, col[i - 1]! + 1)
      col[i] = v
      diag = above
    }
    if (top < m) col[top + 1] = Math.max(col[top + 1]!, k + 1)
    lact = top
    while (lact > 0 && col[lact]! > k) lact--
    if (lact === m) ends.push({ end: j + 1, errors: col[m]! })
    else flush()
  }
  flush()
  return out
}

/**
 * Where a match ending at `end` with `errors` edits may start (shortest span first): the same
 * search run backwards. Several starts can tie ("said 12 boats" and "12 boats" are both six
 * edits from "twelve boats"); the context decides between them.
 */
function startsOf(text: string, pattern: string, end: number, errors: number, floor: number): number[] {
  const m = pattern.length
  const lo = Math.max(floor, end - m - errors)
  let prev = new Int32Array(m + 1)
  let cur = new Int32Array(m + 1)
  for (let i = 0; i <= m; i++) prev[i] = i
  let lens: number[] = []
  let bestErr = m + 1
  // Column `len` compares the reversed pattern with the `len` characters before `end`.
  for (let len = 1; end - len >= lo; len++) {
    const c = text.charCodeAt(end - len)
    cur[0] = len
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(m - i) === c ? 0 : 1)
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1)
    }
    ;[prev, cur] = [cur, prev]
    const e = prev[m]!
    if (e < bestErr) {
      bestErr = e
      lens = [len]
    } else if (e === bestErr) lens.push(len)
  }
  if (bestErr > errors || lens.length === 0) return [Math.max(floor, end - m)]
  return lens.map((len) => end - len)
}
