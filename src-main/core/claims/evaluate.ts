import { extractQuantities } from '../text/quantities'
import { runPipeline, pipelineConflicts } from './pipeline'
import { CLAIM_THRESHOLDS, type ClaimThresholds } from './thresholds'

/** The labelled set's shape (tests/fixtures/claims/labelled.json). */
export interface LabelledSet {
  articles: Array<{ id: number; outlet: string; copyOf: number | null; sentences: Array<[string, string | null]> }>
  /** [fact, unit] pairs whose figures disagree across sources. */
  conflicts: Array<[string, string]>
  /** [text, value, unit] normalisation cases. */
  quantities: Array<[string, number, string]>
}

export interface Scores {
  precision: number
  recall: number
  f1: number
}

/** What the labelled evaluation measures. */
export interface Evaluation {
  cluster: Scores & { pairs: number }
  conflicts: Scores & { found: string[]; missed: string[]; spurious: string[] }
  quantities: { accuracy: number; failures: string[] }
  /** Labelled sentences that were not suggested as claims at all. */
  undetected: string[]
}

function scores(tp: number, fp: number, fn: number): Scores {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) }
}

/**
 * Pairwise cluster precision and recall over labelled sentences of different articles,
 * conflict detection precision and recall per (fact, unit), and quantity normalisation accuracy.
 */
export function evaluateLabelled(set: LabelledSet, t: ClaimThresholds = CLAIM_THRESHOLDS): Evaluation {
  const articles = set.articles.map((a) => ({ id: a.id, text: a.sentences.map((s) => s[0]).join('\n\n') }))
  const { claims } = runPipeline(articles, t)
  const labelOf = new Map<string, string | null>()
  for (const a of set.articles) for (const [text, fact] of a.sentences) labelOf.set(`${a.id}|${text}`, fact)
  const items = claims.map((c) => ({ c, fact: labelOf.get(`${c.articleId}|${c.text}`) }))
  const detected = new Set(items.map((i) => `${i.c.articleId}|${i.c.text}`))
  const undetected = [...labelOf.keys()].filter((k) => !detected.has(k))
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]
      const b = items[j]
      if (!a || !b || a.c.articleId === b.c.articleId) continue
      const same = a.fact != null && a.fact === b.fact
      const predicted = a.c.cluster === b.c.cluster
      if (same && predicted) tp++
      else if (predicted) fp++
      else if (same) fn++
    }
  }
  // Undetected sentences of a fact are missed pairs too.
  for (const key of undetected) {
    const fact = labelOf.get(key)
    const article = Number(key.split('|')[0])
    if (fact) fn += items.filter((i) => i.fact === fact && i.c.articleId !== article).length
  }
  const gold = new Set(set.conflicts.map(([f, u]) => `${f}|${u}`))
  const found = new Set<string>()
  for (const [clusterId, conflicts] of pipelineConflicts(claims, t)) {
    const facts = items.filter((i) => i.c.cluster === clusterId).map((i) => i.fact ?? '(none)')
    for (const k of conflicts) {
      // The fact a conflict is about: the label most of its claims carry.
      const involved = new Set(k.values.map((v) => v.claimId))
      const labels = items.filter((i) => involved.has(i.c.id)).map((i) => i.fact ?? '(none)')
      found.add(`${majority(labels.length ? labels : facts)}|${k.quantity}`)
    }
  }
  const hit = [...found].filter((f) => gold.has(f))
  const conflicts = {
    ...scores(hit.length, found.size - hit.length, gold.size - hit.length),
    found: hit,
    missed: [...gold].filter((g) => !found.has(g)),
    spurious: [...found].filter((f) => !gold.has(f)),
  }
  const failures: string[] = []
  for (const [text, value, unit] of set.quantities) {
    const q = extractQuantities(text)[0]
    if (!q || Math.abs(q.value - value) > 1e-6 * Math.max(1, value) || q.unit !== unit) {
      failures.push(`${text} -> ${q ? `${q.value} ${q.unit}` : 'nothing'} (want ${value} ${unit})`)
    }
  }
  return {
    cluster: { ...scores(tp, fp, fn), pairs: tp + fn },
    conflicts,
    quantities: { accuracy: (set.quantities.length - failures.length) / set.quantities.length, failures },
    undetected,
  }
}

function majority(labels: string[]): string {
  const counts = new Map<string, number>()
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '(none)'
}
