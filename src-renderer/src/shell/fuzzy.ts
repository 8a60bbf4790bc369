/**
 * Fuzzy matching for the command palette: every query character must appear in order; runs of
 * consecutive characters and matches at word starts score higher, so "gcl" finds "Go to Claims"
 * and "dark" puts "Theme: Dark" before "Go to Notes (mark…)". Null when the text does not match.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const q = query.trim().toLowerCase()
  if (q === '') return 0
  const t = text.toLowerCase()
  let score = 0
  let from = 0
  let previous = -2
  for (const ch of q) {
    if (ch === ' ') continue
    const at = t.indexOf(ch, from)
    if (at === -1) return null
    const wordStart = at === 0 || /[\s:/(–-]/.test(t[at - 1] ?? '')
    score += 1 + (at === previous + 1 ? 3 : 0) + (wordStart ? 2 : 0)
    previous = at
    from = at + 1
  }
  // Among equal matches, the shorter text is the closer one.
  return score - t.length / 100
}

/** The items matching `query`, best first (stable for ties); all of them when the query is empty. */
export function fuzzyFilter<T>(items: readonly T[], query: string, textOf: (item: T) => string): T[] {
  if (query.trim() === '') return [...items]
  return items
    .map((item, i) => ({ item, i, score: fuzzyScore(query, textOf(item)) }))
    .filter((r): r is { item: T; i: number; score: number } => r.score !== null)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((r) => r.item)
}
