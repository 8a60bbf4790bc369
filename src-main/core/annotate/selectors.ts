import { ANCHOR_TUNABLES } from './tunables'
import type { TextPositionSelector, TextQuoteSelector } from './types'

/** The selectors of a span: what W3C Web Annotation stores, and what re-anchoring reads. */
export interface Selectors {
  quote: TextQuoteSelector
  position: TextPositionSelector
}

/** Describes [start, end) of `text` as a TextQuote (with context) and a TextPosition selector. */
export function describe(text: string, start: number, end: number, context: number = ANCHOR_TUNABLES.contextChars): Selectors {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length)) {
    throw new RangeError(`span ${start}-${end} is outside a text of ${text.length} characters`)
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
    position: { type: 'TextPositionSelector', start, end },
  }
}

/**
 * Where `quote` occurs in `text`: exactly, else with whitespace and case relaxed (a quote typed at
 * the command line rarely repeats line breaks). Nearest `near` when it occurs more than once.
 */
export function findQuote(text: string, quote: string, near = 0): { start: number; end: number } | null {
  const q = quote.trim()
  if (q === '') return null
  let best: { start: number; end: number } | null = null
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    if (!best || Math.abs(at - near) < Math.abs(best.start - near)) best = { start: at, end: at + q.length }
  }
  if (best) return best
  const words = q.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
  const re = new RegExp(words.join('\\s+'), 'giu')
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!best || Math.abs(m.index - near) < Math.abs(best.start - near)) best = { start: m.index, end: m.index + m[0].length }
  }
  return best
}
