/**
 * Numbers as comparison keys. A deliberately small stand-in: when the claims feature's
 * `extractQuantities` (core/text/quantities.ts) lands, `numberKey` is the one place to swap.
 * It only needs to make "1,200" equal "1200", "4.8m" equal "4.8 million" and "two" equal "2".
 */

const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mln: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
}

/** Whether a following word multiplies the number before it ("3 million"). */
export function scaleOf(word: string): number | null {
  const w = word.toLowerCase()
  return w in SCALES && w.length > 1 ? (SCALES[w] ?? null) : null
}

/**
 * The comparable key of a token that is a number ("1,200", "4.8m", "03:55", "twenty-one",
 * "1994"), or null when it is not one. Clock times and other mixed forms keep their text.
 */
export function numberKey(token: string): { key: string; value: number | null } | null {
  const t = token.toLowerCase()
  const c = t.charCodeAt(0)
  // Most tokens are plain words: settle them with one lookup before any regular expression.
  if (c < 48 || c > 57) {
    const word = numberWord(t)
    return word === null ? null : { key: `#${word}`, value: word }
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(k|m|bn|mn|mln|b)?$/u.exec(t)
  if (m) {
    const base = Number(`${m[1]!.replace(/,/gu, '')}${m[2] ? `.${m[2]}` : ''}`)
    const value = m[3] ? base * (SCALES[m[3]] ?? 1) : base
    return { key: `#${value}`, value }
  }
  if (/^\d/u.test(t)) return { key: `#${t}`, value: null }
  return null
}

function numberWord(t: string): number | null {
  if (Object.hasOwn(WORD_VALUES, t)) return WORD_VALUES[t] ?? null
  if (!t.includes('-')) return null
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/u.exec(t)
  return m ? (WORD_VALUES[m[1]!] ?? 0) + (WORD_VALUES[m[2]!] ?? 0) : null
}
