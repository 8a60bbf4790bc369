/**
 * The vocabulary of every segment merged once: each term with its summed document frequency, in
 * sorted order. Prefix and fuzzy expansion and the typo retry read this one list instead of
 * scanning every segment's vocabulary per query; the engine rebuilds it when segments change.
 */
import { boundedDistance } from './edit-distance'
import type { Segment } from './segment'

/** Which of a-z and 0-9 a word holds (bit 31 for anything else). */
function letterMask(word: string): number {
  let mask = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + ((c - 48) % 5) : 31)
  }
  return mask
}

function bitCount(v: number): number {
  v -= (v >>> 1) & 0x55555555
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24)
}

export class Vocabulary {
  private masks: Int32Array | null = null

  private constructor(
    readonly terms: string[],
    /** Summed over segments: an upper bound (articles re-indexed or deleted still count). */
    readonly df: Uint32Array,
    /** Term indexes grouped by length, for fuzzy matching. */
    private readonly byLength: Map<number, Uint32Array>,
  ) {}

  /** Merges the segments' sorted vocabularies (a k-way merge, pairwise). */
  static merge(segments: readonly Segment[]): Vocabulary {
    let terms: string[] = []
    let df: number[] = []
    for (const s of segments) {
      const b = s.terms
      const mergedTerms: string[] = []
      const mergedDf: number[] = []
      let i = 0
      let j = 0
      while (i < terms.length || j < b.length) {
        if (j >= b.length || (i < terms.length && terms[i]! < b[j]!)) {
          mergedTerms.push(terms[i]!)
          mergedDf.push(df[i++]!)
        } else if (i >= terms.length || b[j]! < terms[i]!) {
          mergedTerms.push(b[j]!)
          mergedDf.push(s.df[j++]!)
        } else {
          mergedTerms.push(terms[i]!)
          mergedDf.push(df[i++]! + s.df[j++]!)
        }
      }
      terms = mergedTerms
      df = mergedDf
    }
    const lengths = new Map<number, number[]>()
    terms.forEach((t, i) => {
      let list = lengths.get(t.length)
      if (!list) lengths.set(t.length, (list = []))
      list.push(i)
    })
    return new Vocabulary(terms, Uint32Array.from(df), new Map([...lengths].map(([k, v]) => [k, Uint32Array.from(v)])))
  }

  /** Index of `term`, or -1. */
  find(term: string): number {
    const i = this.lowerBound(term)
    return this.terms[i] === term ? i : -1
  }

  frequency(term: string): number {
    const i = this.find(term)
    return i < 0 ? 0 : this.df[i]!
  }

  /** Terms starting with `prefix`, with their frequencies. */
  withPrefix(prefix: string): Map<string, number> {
    const out = new Map<string, number>()
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) out.set(this.terms[i]!, this.df[i]!)
    return out
  }

  /** Terms within `distance` edits of `term` (itself excluded), with their frequencies. */
  near(term: string, distance: number): Map<string, number> {
    const out = new Map<string, number>()
    this.masks ??= Int32Array.from(this.terms, letterMask)
    const want = letterMask(term)
    for (let len = term.length - distance; len <= term.length + distance; len++) {
      const list = this.byLength.get(len)
      if (!list) continue
      for (const i of list) {
        const t = this.terms[i]!
        // The first letter rarely carries a typo: skip the dynamic programme for distance 1.
        if (t === term || (distance < 2 && t.charCodeAt(0) !== term.charCodeAt(0))) continue
        // One edit adds or removes at most one letter of each kind: two bits of the masks' difference.
        if (bitCount(this.masks[i]! ^ want) > 2 * distance) continue
        if (boundedDistance(t, term, distance) <= distance) out.set(t, this.df[i]!)
      }
    }
    return out
  }

  private lowerBound(term: string): number {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.terms[mid]! < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
