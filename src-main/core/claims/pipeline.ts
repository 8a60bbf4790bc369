import { ClaimClusterer } from './clusterer'
import { findConflicts } from './conflicts'
import { detectClaims } from './detect'
import { articleContext, claimFeatures } from './features'
import { CLAIM_THRESHOLDS, type ClaimThresholds } from './thresholds'
import type { ClaimDraft, Conflict } from './types'

/** A claim with an id, as the in-memory pipeline handles it. */
export type PipelineClaim = ClaimDraft & { id: number; cluster: number }

/**
 * Extraction and clustering without a store: what the service does per import, for the labelled
 * evaluation, the benchmark and threshold tests. Articles are taken in the order given.
 */
export function runPipeline(
  articles: ReadonlyArray<{ id: number; text: string }>,
  t: ClaimThresholds = CLAIM_THRESHOLDS,
): { claims: PipelineClaim[]; clusterer: ClaimClusterer } {
  const clusterer = new ClaimClusterer(t)
  const claims: PipelineClaim[] = []
  for (const a of articles) {
    const drafts = detectClaims(a.id, a.text)
    const context = articleContext(drafts)
    for (const d of drafts) {
      const id = claims.length + 1
      clusterer.add(id, claimFeatures(d, context))
      claims.push({ ...d, id, cluster: 0 })
    }
  }
  for (const c of claims) c.cluster = clusterer.clusterOf(c.id) ?? c.id
  return { claims, clusterer }
}

/** Conflicts of every cluster of two or more articles, keyed by cluster id. */
export function pipelineConflicts(claims: readonly PipelineClaim[], t: ClaimThresholds = CLAIM_THRESHOLDS): Map<number, Conflict[]> {
  const groups = new Map<number, PipelineClaim[]>()
  for (const c of claims) groups.set(c.cluster, [...(groups.get(c.cluster) ?? []), c])
  const out = new Map<number, Conflict[]>()
  for (const [id, members] of groups) {
    if (new Set(members.map((m) => m.articleId)).size < 2) continue
    const conflicts = findConflicts(members.map((m) => ({ ...m, outlet: null })), t)
    if (conflicts.length) out.set(id, conflicts)
  }
  return out
}
