import { fit, UintList } from '../uint-list'
import { FeatureTable, KIND } from './feature-table'
import type { FeatureKind } from './features'
import { CLAIM_THRESHOLDS, type ClaimThresholds } from './thresholds'

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
 * starts its own, whose id is the claim's own id. Clusters it bridges merge into the largest of
 * them, so a claim is relabelled at most log(n) times however its cluster grows.
 *
 * Claims live in typed arrays indexed by claim id (ids are a table's row ids, so dense), with
 * their features as sorted ids of a FeatureTable: at 650,000 claims the index is a few hundred
 * MB instead of gigabytes of string maps.
 */
export class ClaimClusterer {
  private readonly table = new FeatureTable()
  /** Every claim's sorted feature ids, back to back; a claim's slice is at[id], count[id]. */
  private pool = new Int32Array(1 << 16)
  private poolLength = 0
  private at = new Int32Array(1024)
  private count = new Int32Array(1024)
  private present = new Uint8Array(1024)
  private home = new Int32Array(1024)
  private entryCount = 0
  private readonly postings: Array<UintList | undefined> = []
  /**
   * Members of clusters of two or more claims. Most clusters are one claim, the one that started
   * it: those have no list (a typed array and its object per claim was 150 MB at 900,000 claims).
   */
  private readonly members = new Map<number, UintList>()
  /** Per-call memo of feature weights, valid where stamp equals the call's number. */
  private memo = new Float64Array(1024)
  private stamp = new Int32Array(1024)
  private call = 0
  /** Votes of candidate claims during one add (reset after). */
  private votes = new Int32Array(1024)

  /** Postings entries read by the last `add` (bounded by `maxPostingScan` per feature). */
  scanned = 0

  constructor(private readonly t: ClaimThresholds = CLAIM_THRESHOLDS) {}

  get size(): number {
    return this.entryCount
  }

  clusterOf(id: number): number | undefined {
    return this.present[id] === 1 ? this.home[id] : undefined
  }

  /** Puts back a claim whose cluster is already known (from the store), without matching. */
  restore(id: number, features: Map<string, FeatureKind>, cluster: number): void {
    this.put(id, this.table.encode(features), cluster)
  }

  /** `restore` from the features as the store keeps them (encodeFeatures). */
  restoreStored(id: number, stored: string, cluster: number): void {
    this.put(id, this.table.encodeStored(stored), cluster)
  }

  /**
   * Matches a new claim against the index and records it in the best cluster. Other clusters it
   * also matches at `mergeSimilarity` or more are merged with that one (the claim bridges them)
   * into the largest; the ids of the clusters that went are in `merged`, so the store can relabel
   * their members.
   */
  add(id: number, features: Map<string, FeatureKind>): Assignment {
    const mine = this.table.encode(features)
    const scored = this.scoreCandidates(id, mine)
    const best = scored[0]
    let assignment: Assignment
    if (best && best.score >= this.t.clusterSimilarity) {
      const matched = this.home[best.id] ?? best.id
      const bridged = new Set<number>([matched])
      for (const s of scored) if (s.score >= this.t.mergeSimilarity) bridged.add(this.home[s.id] ?? s.id)
      let cluster = matched
      for (const c of bridged) if (this.sizeOf(c) > this.sizeOf(cluster)) cluster = c
      const merged = [...bridged].filter((c) => c !== cluster)
      for (const old of merged) this.relabel(old, cluster)
      assignment = { cluster, matched: best.id, score: best.score, merged }
    } else {
      assignment = { cluster: id, matched: null, score: best?.score ?? 0, merged: [] }
    }
    this.put(id, mine, assignment.cluster)
    return assignment
  }

  /** Forgets a claim (deleted, or about to be re-added after an edit). */
  remove(id: number): void {
    if (this.present[id] !== 1) return
    this.present[id] = 0
    this.entryCount--
    const cluster = this.home[id] ?? id
    const list = this.members.get(cluster)
    list?.delete(id)
    if (list?.length === 0) this.members.delete(cluster)
    // A claim alone in its own cluster had no list: the cluster simply ends with it.
    for (const f of this.featuresOf(id)) this.postings[f]?.delete(id)
  }

  /** The similarity of two stored claims (for tests and explanations). */
  similarityOf(a: number, b: number): number {
    if (this.present[a] !== 1 || this.present[b] !== 1) return 0
    this.call++
    return this.score(this.featuresOf(a), this.featuresOf(b))
  }

  /** Idf-weighted overlap of two feature sets (Dice blended with containment, plus unit rules), in [0, 1]. */
  similarity(a: Map<string, FeatureKind>, b: Map<string, FeatureKind>): number {
    this.call++
    return this.score(this.table.encode(a), this.table.encode(b))
  }

  private put(id: number, features: Int32Array, cluster: number): void {
    this.reserve(id)
    this.pool = fit(this.pool, this.poolLength + features.length - 1, (n) => new Int32Array(n))
    if (this.present[id] !== 1) this.entryCount++
    this.pool.set(features, this.poolLength)
    this.at[id] = this.poolLength
    this.count[id] = features.length
    this.poolLength += features.length
    this.present[id] = 1
    this.home[id] = cluster
    if (cluster !== id || this.members.has(cluster)) this.listOf(cluster).push(id)
    for (const f of features) {
      if (this.table.kind[f] === KIND.context) continue
      let posting = this.postings[f]
      if (!posting) this.postings[f] = posting = new UintList()
      posting.push(id)
    }
  }

  private reserve(id: number): void {
    this.at = fit(this.at, id, (n) => new Int32Array(n))
    this.count = fit(this.count, id, (n) => new Int32Array(n))
    this.present = fit(this.present, id, (n) => new Uint8Array(n))
    this.home = fit(this.home, id, (n) => new Int32Array(n))
    this.votes = fit(this.votes, id, (n) => new Int32Array(n))
  }

  private featuresOf(id: number): Int32Array {
    const start = this.at[id] ?? 0
    return this.pool.subarray(start, start + (this.count[id] ?? 0))
  }

  /** Whether `cluster` is one claim alone, the one that started it (no member list). */
  private alone(cluster: number): boolean {
    return !this.members.has(cluster) && this.present[cluster] === 1 && this.home[cluster] === cluster
  }

  /** The member list of a cluster, made (with the claim that started it) when it gets its second claim. */
  private listOf(cluster: number): UintList {
    let list = this.members.get(cluster)
    if (!list) {
      list = new UintList()
      if (this.alone(cluster)) list.push(cluster)
      this.members.set(cluster, list)
    }
    return list
  }

  private sizeOf(cluster: number): number {
    return this.members.get(cluster)?.length ?? (this.alone(cluster) ? 1 : 0)
  }

  private relabel(from: number, to: number): void {
    const moving = this.members.get(from)
    const ids = moving ? Array.from(moving.items.subarray(0, moving.length)) : this.alone(from) ? [from] : []
    if (ids.length === 0) return
    const target = this.listOf(to)
    for (const id of ids) {
      this.home[id] = to
      target.push(id)
    }
    this.members.delete(from)
  }

  private weight(feature: number): number {
    if (this.stamp[feature] === this.call) return this.memo[feature] ?? 0
    const kind = this.table.kindName(feature)
    const df = this.postings[feature]?.length ?? 0
    const n = Math.max(this.entryCount, 1)
    const w = this.t.weights[kind] * Math.log(1 + (n + 1) / (df + 1))
    this.memo[feature] = w
    this.stamp[feature] = this.call
    return w
  }

  /** Similarity of two sorted feature-id lists (see `similarity`). */
  private score(a: Int32Array, b: Int32Array): number {
    const size = this.table.size
    if (size > this.memo.length) {
      // Stamps start over at 0, below any call number, so the old memo is simply forgotten.
      this.memo = new Float64Array(size * 2)
      this.stamp = new Int32Array(size * 2)
    }
    const kind = this.table.kind
    let shared = 0
    let massA = 0
    let massB = 0
    let contextA = false
    let contextB = false
    let contextShared = false
    let unitsA = false
    let unitsB = false
    let unitShared = false
    let countBonus = false
    let i = 0
    let j = 0
    while (i < a.length || j < b.length) {
      const x = i < a.length ? (a[i] ?? 0) : Number.MAX_SAFE_INTEGER
      const y = j < b.length ? (b[j] ?? 0) : Number.MAX_SAFE_INTEGER
      const f = Math.min(x, y)
      const k = kind[f]
      const inA = x === f
      const inB = y === f
      if (inA) i++
      if (inB) j++
      if (k === KIND.context) {
        if (inA) contextA = true
        if (inB) contextB = true
        if (inA && inB) contextShared = true
        continue
      }
      const w = this.weight(f)
      if (inA) massA += w
      if (inB) massB += w
      if (k === KIND.unit || k === KIND.count) {
        if (inA) unitsA = true
        if (inB) unitsB = true
        if (inA && inB) {
          unitShared = true
          // Only figures of one order can be one fact told two ways: 12 dead and 4,000 evacuated are two facts.
          if (k === KIND.count && !countBonus && this.closeFigures(a, b, f)) countBonus = true
        }
      }
      if (inA && inB) shared += w
    }
    if (massA === 0 || massB === 0) return 0
    // Dice, optionally blended with containment in the shorter claim (see thresholds.ts).
    const dice = (2 * shared) / (massA + massB)
    const contained = shared / Math.min(massA, massB)
    let score = (1 - this.t.containmentShare) * dice + this.t.containmentShare * contained
    if (unitsA && unitsB) {
      if (!unitShared) score *= this.t.disjointUnitsFactor
      else if (countBonus) score += this.t.sharedCountBonus
    }
    const time = this.table.timeOfDay
    if (a.includes(time) && b.includes(time) && this.nearTimes(a, b)) score += this.t.sharedTimeBonus
    // Articles that name none of the same places, people or organisations report different events.
    if (contextA && contextB && !contextShared) score *= this.t.disjointContextFactor
    return Math.min(1, score)
  }

  /** Figures of the given unit in a claim. */
  private figures(c: Int32Array, unit: number): number[] {
    const out: number[] = []
    for (const f of c) if (this.table.kind[f] === KIND.figure && this.table.figureUnit[f] === unit) out.push(this.table.figureValue[f] ?? 0)
    return out
  }

  /** Whether the two claims give figures of `unit` within sameFactRatio of each other (or one gives none to compare). */
  private closeFigures(a: Int32Array, b: Int32Array, unit: number): boolean {
    const fa = this.figures(a, unit)
    const fb = this.figures(b, unit)
    if (fa.length === 0 || fb.length === 0) return true
    return fa.some((x) => fb.some((y) => x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= this.t.sameFactRatio))
  }

  /** Whether two claims give times of day within timeBonusWindow minutes of each other. */
  private nearTimes(a: Int32Array, b: Int32Array): boolean {
    const tb = this.figures(b, this.table.timeOfDay)
    return this.figures(a, this.table.timeOfDay).some((x) => tb.some((y) => Math.abs(x - y) <= this.t.timeBonusWindow))
  }

  /** Candidates from the inverted index, scored, best first. */
  private scoreCandidates(id: number, features: Int32Array): Array<{ id: number; score: number }> {
    const limit = Math.min(this.t.maxPostingScan, Math.max(50, this.t.maxPostingShare * this.entryCount))
    const touched: number[] = []
    this.scanned = 0
    for (const f of features) {
      const k = this.table.kind[f]
      if (k === KIND.context) continue
      const list = this.postings[f]
      if (!list || list.length > limit) continue
      this.scanned += list.length
      // A counted thing ("passengers") is specific enough to count twice towards minSharedFeatures.
      const v = k === KIND.count ? 2 : 1
      const items = list.items
      for (let i = 0; i < list.length; i++) {
        const other = items[i] ?? 0
        if (other === id) continue
        if (this.votes[other] === 0) touched.push(other)
        this.votes[other] = (this.votes[other] ?? 0) + v
      }
    }
    const shared: Array<[number, number]> = []
    for (const other of touched) {
      const n = this.votes[other] ?? 0
      this.votes[other] = 0
      if (n >= this.t.minSharedFeatures) shared.push([other, n])
    }
    this.call++
    return shared
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.t.maxCandidates)
      .map(([other]) => ({ id: other, score: this.score(features, this.featuresOf(other)) }))
      .sort((a, b) => b.score - a.score || a.id - b.id)
  }
}
