import { stem } from './stem'
import { canonicalWord } from './thesaurus'
import { TUNABLES } from './tunables'
import type { AnalysedSentence, AnalysedText, Token } from './tokens'
import { termMass, type TermWeights } from './weights'

/** Two sentences the aligner matched, before they are explained. */
export interface RawPair {
  a: AnalysedSentence
  b: AnalysedSentence
  /** Weighted Dice overlap of all terms. */
  score: number
  /** The same overlap with figures left out: how alike the statement is around its numbers. */
  context: number
  /** Found by counting the same thing ("containers") with other figures, not by wording. */
  byQuantity: boolean
}

interface Candidate {
  a: number
  b: number
  score: number
  context: number
  rank: number
}

/** Units per sentence, computed once: the quantity pass asks for the same sentence many times. */
const unitCache = new WeakMap<AnalysedSentence, Map<string, Set<string>>>()

/**
 * Terms of each number token's unit: the next content word, and the one after it when nothing
 * stands between them ("10,000 shipping containers", but not "340 residents from the Lower").
 */
export function numberUnits(s: AnalysedSentence): Map<string, Set<string>> {
  const cached = unitCache.get(s)
  if (cached) return cached
  const out = new Map<string, Set<string>>()
  unitCache.set(s, out)
  const toks = s.tokens
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.kind !== 'number') continue
    const units = out.get(t.canon) ?? new Set<string>()
    // "183-metre", "12km": the unit is attached and says what is measured.
    const attached = /^[\d.,]+-?(\p{L}+)$/u.exec(t.surface)
    if (attached) {
      units.add(canonicalWord(stem(attached[1]!)))
      out.set(t.canon, units)
      continue
    }
    let k = i + 1
    while (toks[k]?.kind === 'stop') k++
    const first = toks[k]
    if (first && first.kind !== 'number') {
      units.add(first.canon)
      const second = toks[k + 1]
      if (second && (second.kind === 'word' || second.kind === 'name')) units.add(second.canon)
    }
    out.set(t.canon, units)
  }
  return out
}

const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '),
)

/** Marks numbers that are parts of dates ("Oct 14", "14 October 2025"): a dateline is not a claim. */
export function markDates(tokens: Token[]): Set<Token> {
  const out = new Set<Token>()
  tokens.forEach((t, i) => {
    if (t.kind !== 'number') return
    const near = [tokens[i - 1], tokens[i + 1], tokens[i - 2]]
    if (near.some((n) => n && MONTHS.has(n.surface.toLowerCase().replace(/\.$/u, '')))) out.add(t)
  })
  return out
}

/** Figures one sentence has and the other lacks, both ways. */
export function differingNumbers(a: AnalysedSentence, b: AnalysedSentence): { a: Token[]; b: Token[] } {
  const inB = new Set(b.tokens.filter((t) => t.kind === 'number').map((t) => t.canon))
  const inA = new Set(a.tokens.filter((t) => t.kind === 'number').map((t) => t.canon))
  return {
    a: a.tokens.filter((t) => t.kind === 'number' && !inB.has(t.canon)),
    b: b.tokens.filter((t) => t.kind === 'number' && !inA.has(t.canon)),
  }
}

/** Years, clock times and plain counts are different kinds of figure: a year never conflicts with a count. */
export function figureKind(t: Token): 'year' | 'time' | 'count' | 'date' {
  if (t.date) return 'date'
  if (/^#(?:1[89]|20)\d\d$/u.test(t.canon)) return 'year'
  if (t.canon.includes(':')) return 'time'
  return 'count'
}

/** Whether two figures could be two values of the same quantity. */
export function comparableFigures(x: Token, y: Token): boolean {
  const kind = figureKind(x)
  return kind !== 'date' && kind === figureKind(y)
}

/** Whether two sentences count the same thing with different figures ("6,700 containers" / "10,000 containers"). */
export function sharedUnitConflict(a: AnalysedSentence, b: AnalysedSentence): string | null {
  // Cheap test first: without a unit in common there is nothing to compare.
  const ua0 = numberUnits(a)
  const ub0 = numberUnits(b)
  let common = false
  for (const units of ua0.values()) {
    for (const u of units) for (const other of ub0.values()) if (other.has(u)) common = true
  }
  if (!common) return null
  const diff = differingNumbers(a, b)
  if (diff.a.length === 0 || diff.b.length === 0) return null
  const ua = numberUnits(a)
  const ub = numberUnits(b)
  for (const na of diff.a) {
    for (const nb of diff.b) {
      if (!comparableFigures(na, nb)) continue
      for (const u of ua.get(na.canon) ?? []) if (ub.get(nb.canon)?.has(u)) return u
    }
  }
  return null
}

/**
 * Aligns the sentences of two articles, in any order: every sentence pairs with at most one
 * sentence of the other side, best matches first (greedy maximum-weight matching, which keeps
 * reordered paragraphs paired). A second pass pairs leftover sentences that give the same count
 * of the same thing with different figures, however differently worded.
 */
export function alignSentences(A: AnalysedText, B: AnalysedText, w: TermWeights): RawPair[] {
  // Plain typed arrays: this loop runs for every sentence pair sharing a term (tens of thousands).
  const massA = Float64Array.from(A.sentences, (s) => termMass(s, w))
  const ctxA = Float64Array.from(A.sentences, (s) => termMass(s, w, false))
  const massB = Float64Array.from(B.sentences, (s) => termMass(s, w))
  const ctxB = Float64Array.from(B.sentences, (s) => termMass(s, w, false))
  const hasNumber = (s: AnalysedSentence): boolean => s.tokens.some((t) => t.kind === 'number')
  const numbersB = B.sentences.map(hasNumber)
  const index = new Map<string, number[]>()
  for (const s of B.sentences) {
    for (const term of s.terms) {
      const list = index.get(term)
      if (list) list.push(s.index)
      else index.set(term, [s.index])
    }
  }
  const nA = Math.max(1, A.sentences.length - 1)
  const nB = Math.max(1, B.sentences.length - 1)
  const candidates: Candidate[] = []
  const shared = new Float64Array(B.sentences.length)
  const sharedCtx = new Float64Array(B.sentences.length)
  const all: Candidate[] = []
  const touched: number[] = []
  for (const s of A.sentences) {
    touched.length = 0
    const numbersA = hasNumber(s)
    for (const term of s.terms) {
      const list = index.get(term)
      if (!list) continue
      const weight = w.of(term)
      const figure = term.charCodeAt(0) === 35 // '#'
      for (const j of list) {
        if (shared[j] === 0) touched.push(j)
        shared[j] = shared[j]! + weight
        if (!figure) sharedCtx[j] = sharedCtx[j]! + weight
      }
    }
    const ma = massA[s.index]!
    const mac = ctxA[s.index]!
    for (const j of touched) {
      const score = (2 * shared[j]!) / (ma + massB[j]! || 1)
      const context = (2 * sharedCtx[j]!) / (mac + ctxB[j]! || 1)
      shared[j] = 0
      sharedCtx[j] = 0
      const numbersDiffer = context > score
      if (score >= TUNABLES.paraphraseMin || (numbersDiffer && context >= TUNABLES.conflictContextMin)) {
        // Among equally good matches, the one at the same relative place wins (repeated sentences).
        const place = 1 - Math.abs(s.index / nA - j / nB)
        candidates.push({ a: s.index, b: j, score, context, rank: Math.max(score, context) + 0.01 * place })
      } else if (numbersA && numbersB[j] && context >= TUNABLES.quantityConflictMin) {
        all.push({ a: s.index, b: j, score, context, rank: 0 })
      }
    }
  }
  candidates.sort((x, y) => y.rank - x.rank)
  const usedA = new Set<number>()
  const usedB = new Set<number>()
  const pairs: RawPair[] = []
  for (const c of candidates) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue
    usedA.add(c.a)
    usedB.add(c.b)
    pairs.push({ a: A.sentences[c.a]!, b: B.sentences[c.b]!, score: c.score, context: c.context, byQuantity: false })
  }
  // Second pass: leftovers that count the same thing with other figures.
  const quantity = all
    .filter((c) => !usedA.has(c.a) && !usedB.has(c.b))
    .filter((c) => sharedUnitConflict(A.sentences[c.a]!, B.sentences[c.b]!) !== null)
    .sort((x, y) => y.context - x.context)
  for (const c of quantity) {
    if (usedA.has(c.a) || usedB.has(c.b)) continue
    usedA.add(c.a)
    usedB.add(c.b)
    pairs.push({ a: A.sentences[c.a]!, b: B.sentences[c.b]!, score: c.score, context: c.context, byQuantity: true })
  }
  pairs.sort((x, y) => x.a.index - y.a.index)
  return pairs
}
