import type { AnalysedText } from './tokens'
import { TUNABLES } from './tunables'

/** FNV-1a, 32 bits: a fast, stable string hash (signatures are stored, so it must never change). */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** MurmurHash3's finaliser: turns one 32-bit value into a well-mixed other, per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const SEEDS = Array.from({ length: TUNABLES.minhashSize }, (_, k) => mix(k + 1, 0x9e3779b9))

/**
 * Shingles of an article for copy detection: runs of `TUNABLES.shingle` content tokens, read as
 * meanings (thesaurus and stems), so a spun copy keeps most of its original's shingles while
 * other reporting on the same story shares few.
 */
export function shingles(text: AnalysedText): Set<number> {
  const terms: string[] = []
  for (const s of text.sentences) for (const t of s.tokens) if (t.kind !== 'stop') terms.push(t.canon)
  const out = new Set<number>()
  const n = TUNABLES.shingle
  for (let i = 0; i + n <= terms.length; i++) out.add(fnv1a(terms.slice(i, i + n).join(' ')))
  if (terms.length > 0 && terms.length < n) out.add(fnv1a(terms.join(' ')))
  return out
}

/** The MinHash signature of a shingle set: per seed, the smallest mixed hash. */
export function minhash(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(TUNABLES.minhashSize).fill(0xffffffff)
  for (const x of set) {
    for (let k = 0; k < sig.length; k++) {
      const h = mix(x, SEEDS[k]!)
      if (h < sig[k]!) sig[k] = h
    }
  }
  return sig
}

/** Estimated Jaccard similarity of two signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++
  return a.length ? same / a.length : 0
}

/**
 * LSH band keys: the signature cut into bands of `TUNABLES.lshRows` rows, each hashed. Two
 * articles sharing any band key become candidates; with 3-row bands a pair at Jaccard 0.3 is
 * found two times in three, at 0.5 almost always, at 0.1 rarely.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const r = TUNABLES.lshRows
  const out: number[] = []
  for (let b = 0; b * r < sig.length; b++) {
    let h = 0x811c9dc5
    for (let k = b * r; k < Math.min(sig.length, (b + 1) * r); k++) {
      h = Math.imul(h ^ sig[k]!, 0x01000193) >>> 0
    }
    // An empty article has an all-ones signature: it must not be every empty article's copy.
    out.push(sig[b * r] === 0xffffffff ? -1 : h | 0)
  }
  return out
}
