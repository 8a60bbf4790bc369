import { alignSentences } from './align'
import { explainPair, round } from './explain'
import { findOmissions } from './omissions'
import { classifyRelation } from './relation'
import { analyseText, type AnalysedSentence, type AnalysedText } from './tokens'
import type { Comparison, SentencePair } from './types'
import { termWeights, type TermWeights } from './weights'

/** Content size of a sentence: its non-stop tokens (a weight that boilerplate cannot inflate much). */
function size(s: AnalysedSentence): number {
  return s.terms.size
}

/**
 * Compares two analysed articles: aligned sentence pairs with reasons and word marks, the
 * sentences only one side has, omissions, overall similarity and the relation. `weights` lets an
 * n-way comparison share one weighting across all its pairs.
 */
export function compareAnalysed(A: AnalysedText, B: AnalysedText, weights?: TermWeights): Comparison {
  const w = weights ?? termWeights([A, B])
  const raw = alignSentences(A, B, w)
  const pairs: SentencePair[] = raw.map(explainPair)
  const pairedA = new Set(raw.map((p) => p.a.index))
  const pairedB = new Set(raw.map((p) => p.b.index))
  const onlyA = A.sentences.filter((s) => !pairedA.has(s.index)).map((s) => s.index)
  const onlyB = B.sentences.filter((s) => !pairedB.has(s.index)).map((s) => s.index)

  const totalA = A.sentences.reduce((n, s) => n + size(s), 0)
  const totalB = B.sentences.reduce((n, s) => n + size(s), 0)
  let weighted = 0
  let covA = 0
  let covB = 0
  let identA = 0
  let identB = 0
  raw.forEach((p, k) => {
    const sa = size(p.a)
    const sb = size(p.b)
    weighted += p.score * (sa + sb)
    covA += sa
    covB += sb
    if (pairs[k]!.relation === 'identical') {
      identA += sa
      identB += sb
    }
  })
  const share = (x: number, total: number): number => (total === 0 ? 0 : x / total)
  const similarity = totalA + totalB === 0 ? 0 : Math.min(1, weighted / (totalA + totalB))
  const aShorter = totalA <= totalB
  const relation = classifyRelation({
    similarity,
    identicalShorter: aShorter ? share(identA, totalA) : share(identB, totalB),
    identicalLonger: aShorter ? share(identB, totalB) : share(identA, totalA),
    pairedShorter: aShorter ? share(covA, totalA) : share(covB, totalB),
    meanScore: raw.length ? raw.reduce((n, p) => n + p.score, 0) / raw.length : 0,
    pairs: raw.length,
  })
  const count = (r: SentencePair['relation']): number => pairs.filter((p) => p.relation === r).length
  const span = (t: AnalysedText) => (i: number) => {
    const s = t.sentences[i]!
    return { start: s.start, end: s.end, text: s.text }
  }
  return {
    similarity: round(similarity),
    relation,
    coverage: { a: round(share(covA, totalA)), b: round(share(covB, totalB)) },
    counts: {
      identical: count('identical'),
      paraphrase: count('paraphrase'),
      conflict: count('conflict'),
      onlyA: onlyA.length,
      onlyB: onlyB.length,
    },
    pairs,
    onlyA: onlyA.map(span(A)),
    onlyB: onlyB.map(span(B)),
    omissions: findOmissions(A, B, pairs, onlyA, onlyB),
  }
}

/** Compares two clean texts (see `compareAnalysed`). */
export function compareTexts(a: string, b: string): Comparison {
  return compareAnalysed(analyseText(a), analyseText(b))
}
