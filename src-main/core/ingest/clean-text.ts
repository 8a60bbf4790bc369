/**
 * The one definition of "clean text": the raw text with the removed spans cut out, split into
 * paragraphs on line breaks, each paragraph trimmed, empty ones dropped, joined by a blank line.
 * Everything downstream (sentences, claims, search, annotations) works on this text and maps its
 * offsets back to the raw text through `map`, so removals stay a view that can be undone.
 */
import type { RemovedSpan } from './types'

/** One run of clean text that was copied unchanged from the raw text. */
export interface CleanMapEntry {
  cleanStart: number
  rawStart: number
  length: number
}

export interface CleanText {
  text: string
  /** Runs in clean order (and so in raw order too); the gaps between them are paragraph breaks. */
  map: CleanMapEntry[]
}

export const PARAGRAPH_SEPARATOR = '\n\n'

/**
 * Builds the clean text from `rawText` and the spans cleaning removes. Spans may arrive unsorted
 * or overlapping; they are clamped and merged first. Linear in the text's length.
 */
export function applyRemovals(rawText: string, removed: readonly Pick<RemovedSpan, 'start' | 'end'>[]): CleanText {
  const out: string[] = []
  const map: CleanMapEntry[] = []
  let outLength = 0
  let para: Fragment[] = []

  const flush = (): void => {
    const trimmed = trimFragments(para)
    para = []
    if (trimmed.length === 0) return
    if (outLength > 0) {
      out.push(PARAGRAPH_SEPARATOR)
      outLength += PARAGRAPH_SEPARATOR.length
    }
    for (const f of trimmed) {
      map.push({ cleanStart: outLength, rawStart: f.rawStart, length: f.text.length })
      out.push(f.text)
      outLength += f.text.length
    }
  }

  for (const [start, end] of keptRanges(rawText.length, removed)) {
    let pos = start
    while (pos < end) {
      const nl = rawText.indexOf('\n', pos)
      const stop = nl === -1 || nl >= end ? end : nl
      if (stop > pos) para.push({ rawStart: pos, text: rawText.slice(pos, stop) })
      if (stop < end) flush() // the kept text holds a line break here
      pos = stop + 1
    }
  }
  flush()
  return { text: out.join(''), map }
}

/**
 * Maps an offset in the clean text to the raw text. Offsets inside a paragraph break map to the
 * end of the run before it, so a range [start, end) maps to the raw range that holds its text.
 */
export function cleanToRaw(map: readonly CleanMapEntry[], cleanOffset: number): number {
  if (map.length === 0) return 0
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((map[mid] as CleanMapEntry).cleanStart <= cleanOffset) lo = mid
    else hi = mid - 1
  }
  const e = map[lo] as CleanMapEntry
  if (cleanOffset <= e.cleanStart) return e.rawStart
  return e.rawStart + Math.min(cleanOffset - e.cleanStart, e.length)
}

/**
 * Maps an offset in the raw text to the clean text. Offsets inside removed text map to the next
 * kept character (or the end of the clean text).
 */
export function rawToClean(map: readonly CleanMapEntry[], rawOffset: number): number {
  if (map.length === 0) return 0
  let lo = 0
  let hi = map.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((map[mid] as CleanMapEntry).rawStart <= rawOffset) lo = mid
    else hi = mid - 1
  }
  const e = map[lo] as CleanMapEntry
  if (rawOffset < e.rawStart) return e.cleanStart
  if (rawOffset < e.rawStart + e.length) return e.cleanStart + (rawOffset - e.rawStart)
  const next = map[lo + 1]
  return next ? next.cleanStart : e.cleanStart + e.length
}

interface Fragment {
  rawStart: number
  text: string
}

/** The stretches of [0, length) that no span covers, in order. */
function keptRanges(length: number, removed: readonly Pick<RemovedSpan, 'start' | 'end'>[]): Array<[number, number]> {
  const spans = removed
    .map((s) => [Math.max(0, Math.min(length, s.start)), Math.max(0, Math.min(length, s.end))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0])
  const kept: Array<[number, number]> = []
  let pos = 0
  for (const [s, e] of spans) {
    if (s > pos) kept.push([pos, s])
    pos = Math.max(pos, e)
  }
  if (pos < length) kept.push([pos, length])
  return kept
}

const WHITESPACE = /\s/

/** Drops whitespace at both ends of a paragraph that may span several fragments. */
function trimFragments(frags: Fragment[]): Fragment[] {
  let first = 0
  let firstCut = 0
  while (first < frags.length) {
    const t = (frags[first] as Fragment).text
    while (firstCut < t.length && WHITESPACE.test(t.charAt(firstCut))) firstCut++
    if (firstCut < t.length) break
    first++
    firstCut = 0
  }
  if (first >= frags.length) return []

  let last = frags.length - 1
  let lastEnd = (frags[last] as Fragment).text.length
  for (;;) {
    const t = (frags[last] as Fragment).text
    while (lastEnd > 0 && WHITESPACE.test(t.charAt(lastEnd - 1))) lastEnd--
    if (lastEnd > 0 || last === first) break
    last--
    lastEnd = (frags[last] as Fragment).text.length
  }

  const result: Fragment[] = []
  for (let i = first; i <= last; i++) {
    const f = frags[i] as Fragment
    const from = i === first ? firstCut : 0
    const to = i === last ? lastEnd : f.text.length
    if (to > from) result.push({ rawStart: f.rawStart + from, text: f.text.slice(from, to) })
  }
  return result
}
