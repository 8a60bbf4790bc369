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

interface Sorted {
  terms: readonly string[]
  df: ArrayLike<number>
}

/** Adds (sign 1) or subtracts (sign -1) a segment's frequencies; terms left at 0 drop out. */
function combine(a: Sorted, s: Segment, sign: 1 | -1): Sorted {
  const b = s.terms
  const terms: string[] = []
  const df: number[] = []
  let i = 0
  let j = 0
  while (i < a.terms.length || j < b.length) {
    if (j >= b.length || (i < a.terms.length && a.terms[i]! < b[j]!)) {
      terms.push(a.terms[i]!)
      df.push(a.df[i++]!)
    } else if (i >= a.terms.length || b[j]! < a.terms[i]!) {
      if (sign > 0) {
        terms.push(b[j]!)
        df.push(s.df[j]!)
      }
      j++
    } else {
      const n = a.df[i++]! + sign * s.df[j++]!
      if (n > 0) {
        terms.push(a.terms[i - 1]!)
        df.push(n)
      }
    }
  }
  return { terms, df }
}

export class Vocabulary {
  private masks: Int32Array | null = null

  private constructor(
    readonly terms: readonly string[],
    /** Summed over segments: an upper bound (articles re-indexed or deleted still count). */
    readonly df: Uint32Array,
    /** Term indexes grouped by length, for fuzzy matching. */
    private readonly byLength: Map<number, Uint32Array>,
  ) {}

  /** Merges the segments' sorted vocabularies (a k-way merge, pairwise). */
  static merge(segments: readonly Segment[]): Vocabulary {
    return Vocabulary.from(segments.reduce<Sorted>((acc, s) => combine(acc, s, 1), { terms: [], df: [] }))
  }

  /** This vocabulary with `added` segments counted and `removed` ones no longer (one linear pass each). */
  with(added: readonly Segment[], removed: readonly Segment[]): Vocabulary {
    let list: Sorted = { terms: this.terms, df: this.df }
    for (const s of added) list = combine(list, s, 1)
    for (const s of removed) list = combine(list, s, -1)
    return Vocabulary.from(list)
  }

  private static from(list: Sorted): Vocabulary {
    const lengths = new Map<number, number[]>()
    list.terms.forEach((t, i) => {
      let bucket = lengths.get(t.length)
      if (!bucket) lengths.set(t.length, (bucket = []))
      bucket.push(i)
    })
    return new Vocabulary(list.terms, Uint32Array.from(list.df), new Map([...lengths].map(([k, v]) => [k, Uint32Array.from(v)])))
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
