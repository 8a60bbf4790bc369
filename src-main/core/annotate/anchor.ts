import { approxSearch, similarity } from './fuzzy'
import { ANCHOR_TUNABLES, type AnchorTunables } from './tunables'
import type { AnchorState } from './types'

/** What re-anchoring reads: the quote with its context, and where it was (a hint). */
export interface StoredSelectors {
  exact: string
  prefix: string
  suffix: string
  start: number
  end: number
}

/** Where an annotation sits in a (possibly changed) text, and how sure that is. */
export interface AnchorResult {
  state: AnchorState
  start: number
  end: number
  score: number
}

interface Candidate {
  start: number
  end: number
  errors: number
  exact: boolean
}

/**
 * Finds an annotation in `text` again: the exact quote first (in its context, nearest its old
 * place), else the best approximate match scored on quote, prefix, suffix and position. Below
 * the minimum score it is orphaned at its old place, never moved to a look-alike.
 */
export function anchor(text: string, sel: StoredSelectors, t: AnchorTunables = ANCHOR_TUNABLES): AnchorResult {
  const m = sel.exact.length
  const orphan: AnchorResult = { state: 'orphaned', start: Math.min(sel.start, text.length), end: Math.min(sel.end, text.length), score: 0 }
  if (m === 0) return orphan
  // Unchanged text: the position still holds the quote in the same context.
  if (text.slice(sel.start, sel.end) === sel.exact && contextScore(text, sel, sel.start, sel.end) === 1) {
    return { state: 'anchored', start: sel.start, end: sel.end, score: 1 }
  }
  const exact: Candidate[] = []
  for (let at = text.indexOf(sel.exact); at >= 0 && exact.length < t.maxCandidates; at = text.indexOf(sel.exact, at + 1)) {
    exact.push({ start: at, end: at + m, errors: 0, exact: true })
  }
  let candidates = exact
  if (candidates.length === 0 && m >= t.minFuzzyChars) {
    const reach = Math.floor(t.maxCells / m / 2)
    const window = m * text.length > t.maxCells ? { from: sel.start - reach, to: sel.end + reach } : {}
    candidates = approxSearch(text, sel.exact, Math.floor(m * t.maxErrorRate), { maxMatches: t.maxCandidates, ...window }).map(
      (c) => ({ ...snapToWords(text, sel.exact, bestStart(text, sel, c.starts, c.end), c.end, c.errors), errors: c.errors, exact: false }),
    )
  }
  let best: { c: Candidate; score: number; context: number } | null = null
  for (const c of candidates) {
    const context = contextScore(text, sel, c.start, c.end)
    const score = combined(text, sel, c, context, t)
    if (!best || score > best.score) best = { c, score, context }
  }
  if (!best) return orphan
  const { c, score, context } = best
  const result = { start: c.start, end: c.end, score: round(score) }
  if (c.exact && (context >= t.anchoredContext || (exact.length === 1 && m >= t.uniqueQuoteChars))) {
    return { ...result, state: 'anchored' }
  }
  if (score < t.minScore) return { ...orphan, score: round(score) }
  return { ...result, state: 'moved' }
}

const WORD = /[\p{L}\p{N}]/u

/**
 * Edit distance happily starts a match mid-word ("t 12 boats" for "twelve boats" after "that");
 * when the quote began (ended) at a word boundary, so does its match, moving at most `slack` characters.
 */
function snapToWords(text: string, exact: string, start: number, end: number, slack: number): { start: number; end: number } {
  let s = start
  if (WORD.test(exact[0] ?? '') && WORD.test(text[s - 1] ?? '')) {
    let t = s
    while (t < end && t - s <= slack && WORD.test(text[t] ?? '')) t++
    while (t < end && t - s <= slack && !WORD.test(text[t] ?? '')) t++
    if (t < end && t - s <= slack) s = t
  }
  let e = end
  if (WORD.test(exact[exact.length - 1] ?? '') && WORD.test(text[e] ?? '')) {
    let t = e
    while (t > s && e - t <= slack && WORD.test(text[t - 1] ?? '')) t--
    while (t > s && e - t <= slack && !WORD.test(text[t - 1] ?? '')) t--
    if (t > s && e - t <= slack) e = t
  }
  return { start: s, end: e }
}

/** Of starts that tie on errors, the one whose preceding text best matches the stored prefix. */
function bestStart(text: string, sel: StoredSelectors, starts: readonly number[], end: number): number {
  let best = starts[0] ?? end
  let bestScore = -1
  for (const s of starts) {
    const score = contextScore(text, sel, s, end)
    if (score > bestScore) {
      best = s
      bestScore = score
    }
  }
  return best
}

/** Mean similarity of the stored prefix and suffix to the text around [start, end). */
function contextScore(text: string, sel: StoredSelectors, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - sel.prefix.length), start)
  const after = text.slice(end, end + sel.suffix.length)
  return (similarity(sel.prefix, before) + similarity(sel.suffix, after)) / 2
}

function combined(text: string, sel: StoredSelectors, c: Candidate, context: number, t: AnchorTunables): number {
  const w = t.weights
  const quote = 1 - c.errors / sel.exact.length
  const position = 1 - Math.min(1, Math.abs(c.start - sel.start) / Math.max(1, text.length))
  return (w.quote * quote + (w.prefix + w.suffix) * context + w.position * position) / (w.quote + w.prefix + w.suffix + w.position)
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
