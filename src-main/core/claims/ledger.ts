import { CLAIM_THRESHOLDS } from './thresholds'
import type { Cluster, LedgerRow } from './types'

/** What the ledger needs of a claim. */
export interface LedgerClaim {
  id: number
  articleId: number
  text: string
}

/** What the ledger needs of an article. */
export interface LedgerArticle {
  id: number
  outlet: string | null
  publishedAt: string | null
}

/** Words of a text, for the carried-or-paraphrased call. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
}

/** Dice overlap of the words of two texts. */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a)
  const wb = words(b)
  let shared = 0
  for (const w of wa) if (wb.has(w)) shared++
  return wa.size + wb.size === 0 ? 0 : (2 * shared) / (wa.size + wb.size)
}

/** Earliest first: by publication date (undated last), then by import order. */
export function byPublication(a: LedgerArticle, b: LedgerArticle): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1
    if (b.publishedAt === null) return -1
    return a.publishedAt < b.publishedAt ? -1 : 1
  }
  return a.id - b.id
}

/**
 * Per outlet: claims it originated (earliest source of a claim others make too), carried
 * (repeated in nearly the same words), paraphrased, contradicted (a figure that disagrees with
 * the earliest source's) and exclusive (no other source makes it).
 */
export function buildLedger(
  claims: readonly LedgerClaim[],
  clusters: readonly Cluster[],
  articles: ReadonlyMap<number, LedgerArticle>,
): LedgerRow[] {
  const rows = new Map<string, LedgerRow>()
  const row = (articleId: number): LedgerRow => {
    const outlet = articles.get(articleId)?.outlet ?? 'Unknown outlet'
    let r = rows.get(outlet)
    if (!r) {
      r = { outlet, articles: 0, claims: 0, originated: 0, carried: 0, paraphrased: 0, contradicted: 0, exclusive: 0 }
      rows.set(outlet, r)
    }
    return r
  }
  for (const a of articles.values()) row(a.id).articles++
  const byId = new Map(claims.map((c) => [c.id, c]))
  const clustered = new Set<number>()
  for (const cluster of clusters) {
    const members = cluster.claimIds.flatMap((id) => byId.get(id) ?? [])
    const first = cluster.firstArticleId
    const firstClaim = members.find((c) => c.articleId === first)
    const seen = new Set<number>()
    for (const c of members) {
      clustered.add(c.id)
      row(c.articleId).claims++
      if (seen.has(c.articleId)) continue
      seen.add(c.articleId)
      if (c.articleId === first) row(c.articleId).originated++
      else if (firstClaim && wordOverlap(c.text, firstClaim.text) >= CLAIM_THRESHOLDS.carriedSimilarity) row(c.articleId).carried++
      else row(c.articleId).paraphrased++
    }
    for (const conflict of cluster.conflicts) {
      const firstValues = conflict.values.filter((v) => v.articleId === first)
      if (firstValues.length === 0) continue
      const others = new Set(conflict.values.filter((v) => v.articleId !== first).map((v) => v.articleId))
      for (const id of others) {
        const mine = conflict.values.filter((v) => v.articleId === id)
        const agrees = mine.some((v) => firstValues.some((f) => v.low <= f.high && f.low <= v.high))
        if (!agrees) row(id).contradicted++
      }
    }
  }
  for (const c of claims) {
    if (clustered.has(c.id)) continue
    const r = row(c.articleId)
    r.claims++
    r.exclusive++
  }
  return [...rows.values()].sort((a, b) => b.originated - a.originated || a.outlet.localeCompare(b.outlet))
}
