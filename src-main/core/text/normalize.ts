import { createHash } from 'node:crypto'

/**
 * Text reduced to what makes two articles "the same": Unicode compatibility forms folded,
 * case ignored, whitespace collapsed. Punctuation stays, so a changed figure is a new text.
 */
export function normalizeForIdentity(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()
}

/** The identity of an article's clean text, used to refuse exact duplicates. */
export function contentHash(cleanText: string): string {
  return createHash('sha256').update(normalizeForIdentity(cleanText)).digest('hex')
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

/** Words as a reader counts them: runs of letters or digits (4.8m and don't are one word each). */
export function countWords(text: string): number {
  let n = 0
  for (const _ of text.matchAll(WORD)) n++
  return n
}
