/**
 * Where words and phrases occur in a text, ignoring case and diacritics, at word boundaries,
 * with any run of spaces or punctuation between a phrase's words. Generic: search passes the
 * matched words, claims pass a claim's wording. Offsets are into the original text.
 */

const EXTRA: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' }

/** Folds `text` one character at a time, remembering where each folded character came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    const lower = c.toLowerCase()
    const f = lower.charCodeAt(0) < 128 ? lower : (EXTRA[lower] ?? lower.normalize('NFKD').replace(/\p{M}/gu, ''))
    for (let k = 0; k < f.length; k++) origin.push(i)
    folded += f
  }
  origin.push(text.length)
  return { folded, origin }
}

function foldNeedle(s: string): string {
  return foldWithMap(s).folded
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g

/** Sorted, non-overlapping [start, end) ranges of every occurrence of any needle in `text`. */
export function findHighlights(text: string, needles: readonly string[]): Array<[number, number]> {
  const words = needles
    .map((n) => foldNeedle(n).trim())
    .filter((n) => /[\p{L}\p{N}]/u.test(n))
    .map((n) => n.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w.replace(ESCAPE, '\\$&')).join('[^\\p{L}\\p{N}]+'))
  if (words.length === 0) return []
  // Longest first, so a phrase wins over one of its words.
  words.sort((a, b) => b.length - a.length)
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  const { folded, origin } = foldWithMap(text)
  const out: Array<[number, number]> = []
  for (const m of folded.matchAll(re)) {
    const start = origin[m.index]!
    const end = origin[m.index + m[0].length - 1]! + 1
    out.push([start, end])
  }
  return out
}
