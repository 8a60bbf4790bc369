/**
 * Spam that scrapers splice into an article's own sentences: ad phrases dropped in the middle of
 * a sentence or even inside a word ("Pyon <ad> gyang"). No phrase list: a splice is judged by what
 * it breaks. (1) A word split in two around a short run of words, where the two halves are no
 * words of the article but joined they are one it uses elsewhere. (2) The vocabulary of runs found
 * that way, recurring as an inserted run elsewhere in the same article and not otherwise part of
 * the article's own vocabulary.
 */
import { MAX_SPAM_SCAN_CHARS, MAX_SPAM_WORD_RECURRENCE, MAX_SPLICE_WORDS, MIN_SPAM_WORD_LENGTH } from './tunables'
import type { RemovedSpan } from './types'

export interface Token {
  start: number
  end: number
  lower: string
}

/** Short words every text is made of, in the languages Crosscheck meets most; a split may rejoin to one. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'the', 'an', 'as', 'is', 'was', 'are',
  'were', 'be', 'it', 'its', 'he', 'she', 'we', 'they', 'his', 'her', 'their', 'that', 'this', 'which', 'who', 'not',
  'has', 'have', 'had', 'will', 'would', 'said', 'into', 'than', 'after', 'over', 'der', 'die', 'das', 'und', 'von',
  'le', 'la', 'les', 'des', 'et', 'du', 'el', 'los', 'las', 'del', 'que', 'di', 'il', 'che',
])

/** A token that stands for a removed span: no splice is judged across it. */
export const BOUNDARY = '\n'

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu

/**
 * Finds spliced-in spam in the kept parts of `rawText` (outside `removed`).
 * @returns spans of kind 'spam', sorted, not overlapping `removed` or each other. Removing one
 *   leaves the sentence (or the split word) whole again.
 */
export function findSpamSplices(rawText: string, removed: readonly Pick<RemovedSpan, 'start' | 'end'>[]): RemovedSpan[] {
  if (rawText.length > MAX_SPAM_SCAN_CHARS) return []
  const tokens = keptTokens(rawText, removed)
  const counts = new Map<string, number>()
  for (const t of tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1)
  const spans: RemovedSpan[] = []
  const spliceWords = new Map<string, number>()
  const inSplice = new Set<number>()

  for (let i = 0; i < tokens.length; i++) {
    const found = splitWordAt(rawText, tokens, counts, i)
    if (found === null) continue
    const a = tokens[i] as Token
    const b = tokens[found] as Token
    spans.push({ kind: 'spam', start: a.end, end: b.start })
    for (let k = i + 1; k < found; k++) {
      const w = (tokens[k] as Token).lower
      inSplice.add(k)
      spliceWords.set(w, (spliceWords.get(w) ?? 0) + 1)
    }
    inSplice.add(i).add(found)
    i = found
  }

  for (let i = 0; i < tokens.length; i++) {
    if (inSplice.has(i) || !isRecurringSpamWord(tokens[i] as Token, spliceWords, counts)) continue
    let j = i
    while (
      j + 1 < tokens.length &&
      !inSplice.has(j + 1) &&
      isRecurringSpamWord(tokens[j + 1] as Token, spliceWords, counts) &&
      /^[ \t]+$/.test(rawText.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start))
    )
      j++
    const span = insertedRun(rawText, tokens, i, j)
    if (span) spans.push(span)
    i = j
  }
  return spans.sort((x, y) => x.start - y.start)
}

/**
 * The index of the token that completes a word split at token `i`, or null. Both sides of the
 * run must be glued by plain spaces (a splice, not a sentence boundary) on one line.
 */
function splitWordAt(rawText: string, tokens: readonly Token[], counts: ReadonlyMap<string, number>, i: number): number | null {
  const a = tokens[i] as Token
  if (a.lower === BOUNDARY || isWord(a.lower, counts)) return null
  if (!/^[ \t]+$/.test(rawText.slice(a.end, (tokens[i + 1] ?? a).start))) return null
  for (let gap = 1; gap <= MAX_SPLICE_WORDS; gap++) {
    const j = i + gap + 1
    const b = tokens[j]
    const prev = tokens[j - 1] as Token
    if (!b || b.lower === BOUNDARY || prev.lower === BOUNDARY) return null
    const between = rawText.slice(a.end, b.start)
    if (between.includes('\n')) return null
    if (!/^[ \t]+$/.test(rawText.slice(prev.end, b.start))) continue
    if (isWord(b.lower, counts)) continue
    const joined = a.lower + b.lower
    if ((counts.get(joined) ?? 0) >= 1 || COMMON_WORDS.has(joined)) return j
  }
  return null
}

/** Whether a fragment is a word in its own right: used elsewhere in the article, or a common word. */
function isWord(lower: string, counts: ReadonlyMap<string, number>): boolean {
  return COMMON_WORDS.has(lower) || (counts.get(lower) ?? 0) > 1
}

function isRecurringSpamWord(t: Token, spliceWords: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): boolean {
  const inSplices = spliceWords.get(t.lower)
  if (!inSplices || t.lower.length < MIN_SPAM_WORD_LENGTH || COMMON_WORDS.has(t.lower)) return false
  return (counts.get(t.lower) ?? 0) - inSplices <= MAX_SPAM_WORD_RECURRENCE
}

/**
 * The span of a run of whole words inserted between two words of a sentence, with one side's
 * spaces so the sentence closes up. Runs at a line's edge are not insertions, so they are left.
 */
export function insertedRun(rawText: string, tokens: readonly Token[], i: number, j: number): RemovedSpan | null {
  const first = tokens[i] as Token
  const last = tokens[j] as Token
  const before = tokens[i - 1]
  const after = tokens[j + 1]
  if (!before || !after || before.lower === BOUNDARY || after.lower === BOUNDARY) return null
  const left = rawText.slice(before.end, first.start)
  const right = rawText.slice(last.end, after.start)
  if (left.includes('\n') || right.includes('\n')) return null
  const leftSpace = /[ \t]+$/.exec(left)?.[0].length ?? 0
  if (leftSpace > 0 && /^[ \t]+$/.test(right)) return { kind: 'spam', start: first.start - leftSpace, end: last.end }
  const rightSpace = /^[ \t]+/.exec(right)?.[0].length ?? 0
  if (rightSpace > 0) return { kind: 'spam', start: first.start, end: last.end + rightSpace }
  return null
}

/** The words of the kept text, with a boundary token where a removed span (or the text) ends. */
export function keptTokens(rawText: string, removed: readonly Pick<RemovedSpan, 'start' | 'end'>[]): Token[] {
  const sorted = [...removed].sort((a, b) => a.start - b.start)
  const tokens: Token[] = []
  let pos = 0
  const scan = (from: number, to: number): void => {
    const slice = rawText.slice(from, to)
    WORD.lastIndex = 0
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
      tokens.push({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase() })
    }
    // A removed span between two kept pieces is a boundary; a sentinel keeps words from joining across it.
    tokens.push({ start: to, end: to, lower: BOUNDARY })
  }
  for (const r of sorted) {
    if (r.start > pos) scan(pos, r.start)
    pos = Math.max(pos, r.end)
  }
  if (pos < rawText.length) scan(pos, rawText.length)
  return tokens.filter((t, k) => t.lower !== BOUNDARY || k === 0 || (tokens[k - 1] as Token).lower !== BOUNDARY)
}
