/**
 * Spam learned across the workspace. Scrapers splice the same ad inventory into many pages, but
 * only some splices break a word (and so give themselves away). A phrase proven to be spam once
 * (a split word elsewhere, or the analyst's own "Mark as spam") is recognised when it turns up
 * again inserted whole between two words of a sentence, as long as its words are not the
 * article's own vocabulary. Nothing here is a fixed list: the phrases come from the workspace.
 */
import { KNOWN_SPAM_MIN_ARTICLES_FOR_ONE_WORD, MAX_SPAM_WORD_RECURRENCE, MAX_SPLICE_WORDS, MIN_SPAM_WORD_LENGTH } from './tunables'
import { BOUNDARY, COMMON_WORDS, insertedRun, keptTokens, type Token } from './spam-splices'
import type { RemovedSpan } from './types'

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu

/** A spam phrase as lower-case words, with the number of articles it was seen spliced into. */
export interface SpamPhrase {
  words: readonly string[]
  articles: number
}

/** The words of a span of text, lower-cased; what phrases are matched on. */
export function phraseWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => m[0].toLowerCase())
}

/**
 * Phrases worth looking for: every run of two or more words of a known splice (a scraper may
 * insert part of an ad), and single words only when they were spliced into several articles.
 * Phrases the analyst restored somewhere are not spam, so they and their parts are dropped.
 */
export function matchablePhrases(known: readonly SpamPhrase[], restored: readonly string[][] = []): Map<string, string[][]> {
  // What the analyst restored is not spam, nor is any run of its words (else the rest of a longer
  // ad learned elsewhere would still cut into the restored text).
  const notSpam = new Set<string>()
  for (const w of restored) for (let i = 0; i < w.length; i++) for (let j = i + 1; j <= w.length; j++) notSpam.add(w.slice(i, j).join(' '))
  const byFirst = new Map<string, string[][]>()
  const seen = new Set<string>()
  const add = (words: string[]): void => {
    const key = words.join(' ')
    // "from the" out of "buy weed from the best" would match every article: a phrase needs a word of its own.
    if (seen.has(key) || notSpam.has(key) || !words.some(distinctive)) return
    seen.add(key)
    const list = byFirst.get(words[0] as string) ?? []
    list.push(words)
    byFirst.set(words[0] as string, list)
  }
  for (const p of known) {
    const w = p.words.slice(0, MAX_SPLICE_WORDS)
    if (w.length === 1) {
      if (p.articles >= KNOWN_SPAM_MIN_ARTICLES_FOR_ONE_WORD) add([...w])
      continue
    }
    for (let len = w.length; len >= 2; len--) for (let i = 0; i + len <= w.length; i++) add(w.slice(i, i + len))
  }
  // Longest first, so "buy weed online" wins over "buy weed" at the same place.
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length)
  return byFirst
}

/**
 * Occurrences of known spam phrases inserted into the kept text of `rawText` between two words
 * of one line. A phrase whose words the article uses often elsewhere is the article's topic, so
 * it is left alone.
 */
export function findKnownSpam(
  rawText: string,
  removed: readonly Pick<RemovedSpan, 'start' | 'end'>[],
  phrases: ReadonlyMap<string, string[][]>,
): RemovedSpan[] {
  if (phrases.size === 0) return []
  const tokens = keptTokens(rawText, removed)
  const counts = new Map<string, number>()
  for (const t of tokens) counts.set(t.lower, (counts.get(t.lower) ?? 0) + 1)
  const spans: RemovedSpan[] = []
  for (let i = 0; i < tokens.length; i++) {
    const match = (phrases.get((tokens[i] as Token).lower) ?? []).find((words) => matchesAt(rawText, tokens, i, words))
    if (!match) continue
    const j = i + match.length - 1
    if (match.some((w) => (counts.get(w) ?? 0) - 1 > MAX_SPAM_WORD_RECURRENCE)) continue
    const span = insertedRun(rawText, tokens, i, j)
    if (span) {
      spans.push(span)
      i = j
    }
  }
  return spans
}

function distinctive(word: string): boolean {
  return word.length >= MIN_SPAM_WORD_LENGTH && !COMMON_WORDS.has(word)
}

/** Whether `words` stand at token `i`, separated by plain spaces only (one inserted run). */
function matchesAt(rawText: string, tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k]
    if (!t || t.lower === BOUNDARY || t.lower !== words[k]) return false
    if (k > 0 && !/^[ \t]+$/.test(rawText.slice((tokens[i + k - 1] as Token).end, t.start))) return false
  }
  return true
}
