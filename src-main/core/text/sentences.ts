import type { Sentence } from '../model'

// Intl.Segmenter ends a sentence after any period followed by a space, so "Mr. Putin" and
// "the U.S. said" would be cut. A break after one of these words is undone.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gen', 'col', 'lt', 'capt', 'sgt', 'st', 'jr', 'sr', 'vs', 'etc',
  'no', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co',
  'corp', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'dept', 'gov', 'fig',
])

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/**
 * Intl.Segmenter slows down with the square of a string's length once it holds many sentences
 * (a 300,000-character paragraph took a minute), so long paragraphs are segmented a window at a
 * time. A break is taken from a window only when `margin` characters of the window follow it:
 * the sentence rules look ahead (a full stop before a lower-case word is no break), so the last
 * stretch of a window is segmented again at the start of the next one.
 */
export const SEGMENT_WINDOW = { size: 4_096, margin: 512 }

export function* windowedSegments(
  para: string,
  window: { size: number; margin: number } = SEGMENT_WINDOW,
): Generator<{ index: number; segment: string }> {
  let from = 0
  let size = window.size
  while (from < para.length) {
    const end = Math.min(para.length, from + size)
    const last = end === para.length
    const chunk = para.slice(from, end)
    let next = from
    for (const seg of segmenter.segment(chunk)) {
      if (!last && seg.index + seg.segment.length > chunk.length - window.margin) break
      yield { index: from + seg.index, segment: seg.segment }
      next = from + seg.index + seg.segment.length
    }
    if (last) return
    // One sentence longer than the window: look at more of the text (doubling keeps this linear).
    if (next === from) size *= 2
    else {
      from = next
      size = window.size
    }
  }
}

/** Abbreviations are short: only a segment's tail is looked at, so a huge one costs no more. */
const TAIL = 64

function endsWithAbbreviation(segment: string): boolean {
  const tail = segment.length > TAIL ? segment.slice(-TAIL) : segment
  const m = /(?:^|[\s(“"'])([\p{L}.]+)\.\s*$/u.exec(tail)
  if (!m?.[1]) return false
  // The word runs on before the tail: far too long for an abbreviation.
  if (tail !== segment && m.index === 0 && !/[\s(“"']/u.test(tail[0] ?? '')) return false
  const word = m[1].toLowerCase()
  // Single capital initials ("Vladimir V. Putin") and dotted acronyms ("U.S.") do not end sentences.
  return ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)
}

// Scraped text often loses the space after a full stop ("in Ukraine.The Kremlin said"), which
// Intl.Segmenter does not break. A stop after a lower-case letter, digit or closing quote and
// before a capitalised word is a break; "4.8m", "U.S.A" and "e.g.The" are not matched.
const GLUED_BREAK = /(?<=[\p{Ll}\d)\]”"’]{2})[.!?]+[”"’]?(?=[“"‘]?\p{Lu}\p{Ll})/gu

/** Intl.Segmenter's segments of one paragraph, cut again where a full stop lost its space. */
function* segments(para: string): Generator<{ index: number; segment: string }> {
  for (const seg of windowedSegments(para)) {
    let from = 0
    for (const m of seg.segment.matchAll(GLUED_BREAK)) {
      const cut = m.index + m[0].length
      if (endsWithAbbreviation(seg.segment.slice(from, cut))) continue
      yield { index: seg.index + from, segment: seg.segment.slice(from, cut) }
      from = cut
    }
    yield { index: seg.index + from, segment: seg.segment.slice(from) }
  }
}

/** Splits clean text into sentences with offsets; paragraphs ("\n\n") always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let paraStart = 0
  for (const para of text.split('\n\n')) {
    let pending: { start: number; end: number } | null = null
    for (const seg of segments(para)) {
      const start = paraStart + seg.index
      const end = start + seg.segment.length
      if (pending && endsWithAbbreviation(text.slice(pending.start, pending.end))) pending.end = end
      else {
        if (pending) pushTrimmed(text, pending, out)
        pending = { start, end }
      }
    }
    if (pending) pushTrimmed(text, pending, out)
    paraStart += para.length + 2
  }
  return out
}

function pushTrimmed(text: string, span: { start: number; end: number }, out: Sentence[]): void {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  if (end > start) out.push({ start, end, text: text.slice(start, end) })
}
