import type { AnalysedSentence, AnalysedText } from './tokens'

/** Term weights for one comparison: rare terms (names, figures, specific nouns) count for more. */
export interface TermWeights {
  of: (term: string) => number
}

/**
 * Inverse sentence frequency over the articles being compared. Computed per comparison so a
 * story's own vocabulary (the ship's name in every sentence) weighs less than what sets a
 * statement apart.
 */
export function termWeights(texts: readonly AnalysedText[]): TermWeights {
  const df = new Map<string, number>()
  let n = 0
  for (const t of texts) {
    for (const s of t.sentences) {
      n++
      for (const term of s.terms) df.set(term, (df.get(term) ?? 0) + 1)
    }
  }
  const cache = new Map<string, number>()
  return {
    of: (term) => {
      let w = cache.get(term)
      if (w === undefined) {
        w = Math.log(1 + (n + 1) / ((df.get(term) ?? 0) + 1))
        cache.set(term, w)
      }
      return w
    },
  }
}

/** Sum of the weights of a sentence's terms, optionally without numbers. */
export function termMass(s: AnalysedSentence, w: TermWeights, withNumbers = true): number {
  let sum = 0
  for (const t of s.terms) if (withNumbers || !t.startsWith('#')) sum += w.of(t)
  return sum
}
