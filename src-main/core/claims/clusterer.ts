import type { FeatureKind } from './features'
import { CLAIM_THRESHOLDS, type ClaimThresholds } from './thresholds'

/** The feature of a claim that gives a time of day. */
const TIME_OF_DAY = 'u:time'

/** Minutes after midnight of the claim's times of day (figure features end in ':time'). */
function timesOf(f: Map<string, FeatureKind>): number[] {
  const out: number[] = []
  for (const k of f.keys()) if (k.startsWith('f:') && k.endsWith(':time')) out.push(Number(k.slice(2, -5)))
  return out
}

/** Whether two claims give times of day within `window` minutes of each other. */
function nearTimes(a: Map<string, FeatureKind>, b: Map<string, FeatureKind>, window: number): boolean {
  const tb = timesOf(b)
  return timesOf(a).some((x) => tb.some((y) => Math.abs(x - y) <= window))
}

function unitsOf(f: Map<string, FeatureKind>): string[] {
  const out: string[] = []
  for (const [k, kind] of f) if (kind === 'unit' || kind === 'count') out.push(k)
  return out
}

interface Entry {
  features: Map<string, FeatureKind>
  cluster: number
}

/** Why a claim joined the cluster it did. */
export interface Assignment {
  cluster: number
  /** The claim it matched best, or null when it started a cluster of its own. */
  matched: number | null
  score: number
  /** Clusters merged into `cluster` because this claim matched them too. */
  merged: number[]
}

/**
 * Groups claims that make the same statement, incrementally. Candidates come from an inverted
 * index over rare features (a claim is only ever scored against claims sharing at least
 * `minSharedFeatures` of them), so adding a claim costs its postings, not the corpus: never
 * all pairs. A claim joins the cluster of its best match at or above `clusterSimilarity`, else
 * starts its own, whose id is the claim's own id.
 */
export class ClaimClusterer {
  private readonly entries = new Map<number, Entry>()
  private readonly postings = new Map<string, number[]>()
  private readonly members = new Map<number, Set<number>>()

  /** Postings entries read by the last `add` (bounded by `maxPostingScan` per feature). */
  scanned = 0

  constructor(private readonly t: ClaimThresholds = CLAIM_THRESHOLDS) {}

  get size(): number {
    return this.entries.size
  }

  clusterOf(id: number): number | undefined {
    return this.entries.get(id)?.cluster
  }

  /** Puts back a claim whose cluster is already known (from the store), without matching. */
  restore(id: number, features: Map<string, FeatureKind>, cluster: number): void {
    this.entries.set(id, { features, cluster })
    const set = this.members.get(cluster)
    if (set) set.add(id)
    else this.members.set(cluster, new Set([id]))
    for (const f of features.keys()) this.post(f, id)
  }

  /**
   * Matches a new claim against the index and records it in the best cluster. Other clusters it
   * also matches at `mergeSimilarity` or more are merged into that one (the claim bridges them);
   * their old ids are in `merged`, so the store can relabel their members.
   */
  add(id: number, features: Map<string, FeatureKind>): Assignment {
    const scored = this.scoreCandidates(id, features)
    const best = scored[0]
    let assignment: Assignment
    if (best && best.score >= this.t.clusterSimilarity) {
      const cluster = this.entries.get(best.id)?.cluster ?? best.id
      const merged = new Set<number>()
      for (const s of scored) {
        const other = this.entries.get(s.id)?.cluster
        if (s.score >= this.t.mergeSimilarity && other !== undefined && other !== cluster) merged.add(other)
      }
      for (const old of merged) this.relabel(old, cluster)
      assignment = { cluster, matched: best.id, score: best.score, merged: [...merged] }
    } else {
      assignment = { cluster: id, matched: null, score: best?.score ?? 0, merged: [] }
    }
    this.restore(id, features, assignment.cluster)
    return assignment
  }

  private relabel(from: number, to: number): void {
    const moving = this.members.get(from)
    if (!moving) return
    const target = this.members.get(to) ?? new Set<number>()
    for (const id of moving) {
      const e = this.entries.get(id)
      if (e) e.cluster = to
      target.add(id)
    }
    this.members.set(to, target)
    this.members.delete(from)
  }

  /** Forgets a claim (deleted, or about to be re-added after an edit). */
  remove(id: number): void {
    const e = this.entries.get(id)
    if (!e) return
    this.entries.delete(id)
    this.members.get(e.cluster)?.delete(id)
    for (const f of e.features.keys()) {
      const list = this.postings.get(f)
      if (!list) continue
      const i = list.indexOf(id)
      if (i >= 0) list.splice(i, 1)
    }
  }

  /** The similarity of two stored claims (for tests and explanations). */
  similarityOf(a: number, b: number): number {
    const ea = this.entries.get(a)
    const eb = this.entries.get(b)
    return ea && eb ? this.similarity(ea.features, eb.features) : 0
  }

  /** Idf-weighted overlap of two feature sets (Dice blended with containment, plus unit rules), in [0, 1]. */
  similarity(a: Map<string, FeatureKind>, b: Map<string, FeatureKind>, memo = new Map<string, number>()): number {
    const w = (f: string, kind: FeatureKind): number => {
      let v = memo.get(f)
      if (v === undefined) {
        v = this.weight(f, kind)
        memo.set(f, v)
      }
      return v
    }
    let shared = 0
    let massA = 0
    let massB = 0
    for (const [f, kind] of a) {
      const x = w(f, kind)
      massA += x
      if (b.has(f)) shared += x
    }
    for (const [f, kind] of b) massB += w(f, kind)
    if (massA === 0 || massB === 0) return 0
    // Dice, optionally blended with containment in the shorter claim (see thresholds.ts).
    const dice = (2 * shared) / (massA + massB)
    const contained = shared / Math.min(massA, massB)
    let score = (1 - this.t.containmentShare) * dice + this.t.containmentShare * contained
    const unitsA = unitsOf(a)
    const unitsB = unitsOf(b)
    if (unitsA.length > 0 && unitsB.length > 0) {
      if (!unitsA.some((u) => b.has(u))) score *= this.t.disjointUnitsFactor
      else if (unitsA.some((u) => a.get(u) === 'count' && b.has(u))) score += this.t.sharedCountBonus
    }
    if (a.has(TIME_OF_DAY) && b.has(TIME_OF_DAY) && nearTimes(a, b, this.t.timeBonusWindow)) score += this.t.sharedTimeBonus
    return Math.min(1, score)
  }

  private weight(feature: string, kind: FeatureKind): number {
    const df = this.postings.get(feature)?.length ?? 0
    const n = Math.max(this.entries.size, 1)
    return this.t.weights[kind] * Math.log(1 + (n + 1) / (df + 1))
  }

  /** Candidates from the inverted index, scored, best first. */
  private scoreCandidates(id: number, features: Map<string, FeatureKind>): Array<{ id: number; score: number }> {
    const limit = Math.min(this.t.maxPostingScan, Math.max(50, this.t.maxPostingShare * this.entries.size))
    const memo = new Map<string, number>()
    const shared = new Map<number, number>()
    this.scanned = 0
    for (const f of features.keys()) {
      const list = this.postings.get(f)
      if (!list || list.length > limit) continue
      this.scanned += list.length
      for (const other of list) if (other !== id) shared.set(other, (shared.get(other) ?? 0) + 1)
    }
    return [...shared]
      .filter(([, n]) => n >= this.t.minSharedFeatures)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.t.maxCandidates)
      .flatMap(([other]) => {
        const e = this.entries.get(other)
        return e ? [{ id: other, score: this.similarity(features, e.features, memo) }] : []
      })
      .sort((a, b) => b.score - a.score || a.id - b.id)
  }

  private post(feature: string, id: number): void {
    const list = this.postings.get(feature)
    if (list) list.push(id)
    else this.postings.set(feature, [id])
  }
}
