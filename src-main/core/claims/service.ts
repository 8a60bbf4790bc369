import type Database from 'better-sqlite3'
import { ClaimClusterer } from './clusterer'
import { clusterSources, readClusters, refreshDirtyClusters, unresolvedConflictCount } from './cluster-summary'
import { STORED_COPIES, type CopyRelation } from './copies'
import { describeClaim, detectClaims } from './detect'
import { articleContext, claimFeatures, encodeFeatures } from './features'
import { buildLedger, byPublication } from './ledger'
import * as store from './store'
import { groupKeys, queryClaimIds } from './page'
import type { Claim, ClaimChange, ClaimDraft, ClaimReview, ClaimsPage, ClaimsQuery, Cluster, LedgerRow, Tag } from './types'

export type { ClaimChange } from './types'

/** Thrown for ids that do not exist and bad requests; hosts turn it into a user error. */
export class ClaimsInputError extends Error {
  override name = 'ClaimsInputError'
  constructor(
    message: string,
    readonly notFound = false,
  ) {
    super(message)
  }
}

const TAG_COLORS = ['#2f6fde', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d']

/**
 * Claims of the workspace: suggestions from each imported article, the analyst's review, tags
 * and verdicts, the cross-source clusters with their conflicts, and the per-outlet ledger.
 * SQLite is the truth; the clusterer's inverted index is rebuilt from it on first use.
 */
export class ClaimsService {
  private clusterer: ClaimClusterer | null = null

  constructor(
    private readonly db: Database.Database,
    private readonly copies: CopyRelation = STORED_COPIES,
  ) {}

  /** Extracts and clusters the claims of articles that have none yet (an older workspace). */
  backfill(): number {
    const ids = store.articlesWithoutClaims(this.db)
    if (ids.length > 0) this.articlesAdded(ids)
    return ids.length
  }

  /**
   * The order claims are extracted in (earliest published first, so a cluster is named after its
   * first report): a caller that hands over a big import in chunks keeps this order across them.
   */
  extractionOrder(ids: readonly number[]): number[] {
    const facts = store.articleFacts(this.db, ids)
    return [...ids].sort((a, b) =>
      byPublication({ id: a, outlet: null, publishedAt: facts.get(a)?.publishedAt ?? null }, { id: b, outlet: null, publishedAt: facts.get(b)?.publishedAt ?? null }),
    )
  }

  /** Extracts the claims of new articles, lets them join the existing clusters and summarises those. */
  articlesAdded(ids: readonly number[]): void {
    this.extract(ids)
    // The import pays for the summaries, so listing clusters only reads them.
    refreshDirtyClusters(this.db, this.copies)
  }

  /**
   * Extracts and clusters the claims of new articles, leaving the touched clusters on the dirty
   * list: a big import in chunks summarises each cluster once at the end (refreshSummaries), not
   * once per chunk it grew in.
   */
  extract(ids: readonly number[]): void {
    const ordered = this.extractionOrder(ids)
    const clusterer = this.index()
    this.db.transaction(() => {
      let id = store.nextClaimId(this.db)
      for (const articleId of ordered) {
        const text = store.getCleanText(this.db, articleId)
        if (text === null) continue
        const drafts = detectClaims(articleId, text)
        const context = articleContext(drafts)
        for (const draft of drafts) this.insert(clusterer, id++, draft, context)
        store.markExtracted(this.db, articleId)
      }
    })()
  }

  /** Summarises up to `max` clusters from the dirty list; returns how many it did (0: none left). */
  refreshSummaries(max?: number): number {
    return refreshDirtyClusters(this.db, this.copies, max)
  }

  /**
   * An article's clean text changed (a removal restored or removed again): every claim is
   * re-anchored on its wording, at the occurrence nearest its old offset.
   */
  articlesChanged(ids: readonly number[]): void {
    this.db.transaction(() => {
      for (const articleId of ids) {
        const clean = store.getCleanText(this.db, articleId)
        if (clean === null) continue
        for (const c of store.listClaimRows(this.db, articleId)) {
          const at = nearestOccurrence(clean, c.text, c.start)
          if (at >= 0) store.moveClaim(this.db, c.id, at, at + c.text.length)
        }
      }
    })()
  }

  /** Claims, optionally of one article, with their tags and cluster. */
  list(filter: { articleId?: number } = {}): Claim[] {
    return this.decorate(store.listClaimRows(this.db, filter.articleId))
  }

  /**
   * One window of the claims list: searched, filtered, sorted and grouped in SQLite, with the
   * match count and group sizes; or, with `idsOnly`, every matching id (for bulk actions).
   */
  page(q: ClaimsQuery & { offset?: number; limit?: number; idsOnly?: boolean }): ClaimsPage {
    refreshDirtyClusters(this.db, this.copies)
    if (q.idsOnly) {
      const all = queryClaimIds(this.db, q, null)
      return { total: all.total, matching: all.matching, rows: [], ...(all.groups ? { groups: all.groups } : {}), ids: all.ids }
    }
    const r = queryClaimIds(this.db, q, { offset: q.offset ?? 0, limit: q.limit ?? 200 })
    const claims = this.decorate(store.claimRowsByIds(this.db, r.ids))
    const keys = q.groupBy ? groupKeys(this.db, q.groupBy, r.ids) : null
    return {
      total: r.total,
      matching: r.matching,
      rows: keys ? claims.map((c) => ({ ...c, group: keys.get(c.id) ?? '' })) : claims,
      ...(r.groups ? { groups: r.groups } : {}),
    }
  }

  get(id: number): Claim {
    const row = store.getClaimRow(this.db, id)
    if (!row) throw new ClaimsInputError(`No claim with id ${id}.`, true)
    const [claim] = this.decorate([row])
    if (!claim) throw new ClaimsInputError(`No claim with id ${id}.`, true)
    return claim
  }

  /** Makes a claim of a span of an article's clean text (the analyst's selection); accepted at once. */
  create(articleId: number, span: { start: number; end: number }): Claim {
    const clean = store.getCleanText(this.db, articleId)
    if (clean === null) throw new ClaimsInputError(`No article with id ${articleId}.`, true)
    const { start, end, text } = trimSpan(clean, span)
    if (end <= start || end > clean.length) throw new ClaimsInputError('The selection is empty or outside the article.')
    const facts = describeClaim(text)
    const draft = { articleId, start, end, text, kind: 'manual' as const, ...facts }
    const clusterer = this.index()
    const id = this.db.transaction(() => {
      const newId = store.nextClaimId(this.db)
      this.insert(clusterer, newId, draft, this.contextOf(articleId, draft), { review: 'accepted', origin: 'manual' })
      return newId
    })()
    return this.get(id)
  }

  update(id: number, change: ClaimChange): Claim {
    this.apply([id], change)
    return this.get(id)
  }

  /** Applies one change to many claims (bulk accept, reject, tag). */
  bulkUpdate(ids: readonly number[], change: Omit<ClaimChange, 'text' | 'span'>): { updated: number } {
    this.apply(ids, change)
    return { updated: ids.length }
  }

  private apply(ids: readonly number[], change: ClaimChange): void {
    for (const tagId of [...(change.addTagIds ?? []), ...(change.removeTagIds ?? [])]) {
      if (!store.tagExists(this.db, tagId)) throw new ClaimsInputError(`No tag with id ${tagId}.`, true)
    }
    const clusterer = change.text !== undefined || change.span ? this.index() : null
    this.db.transaction(() => {
      for (const id of ids) {
        const row = store.getClaimRow(this.db, id)
        if (!row) throw new ClaimsInputError(`No claim with id ${id}.`, true)
        if (change.review || change.status) store.updateClaimFields(this.db, id, { review: change.review, status: change.status })
        if (clusterer && (change.text !== undefined || change.span)) {
          let { start, end, text } = row
          if (change.span) {
            const clean = store.getCleanText(this.db, row.articleId) ?? ''
            ;({ start, end, text } = trimSpan(clean, change.span))
            if (end <= start) throw new ClaimsInputError('The new span is empty or outside the article.')
          }
          if (change.text !== undefined) text = change.text.trim()
          if (!text) throw new ClaimsInputError('A claim needs some text.')
          const facts = describeClaim(text)
          store.updateClaimFields(this.db, id, { text: { text, start, end, ...facts } })
          // The new wording may be a different claim: it finds its cluster again.
          clusterer.remove(id)
          const features = claimFeatures({ text, ...facts }, this.contextOf(row.articleId, facts))
          const a = clusterer.add(id, features)
          store.setFeatures(this.db, id, encodeFeatures(features))
          store.setCluster(this.db, id, a.cluster)
          for (const old of a.merged) store.mergeClusters(this.db, old, a.cluster)
        }
        for (const tagId of change.addTagIds ?? []) store.linkTag(this.db, id, tagId)
        for (const tagId of change.removeTagIds ?? []) store.unlinkTag(this.db, id, tagId)
      }
    })()
  }

  // Tags

  tags(): Tag[] {
    return store.listTags(this.db)
  }

  createTag(name: string, color?: string): Tag {
    const clean = name.trim()
    if (!clean) throw new ClaimsInputError('A tag needs a name.')
    if (store.findTagByName(this.db, clean)) throw new ClaimsInputError(`A tag named "${clean}" already exists.`)
    const id = store.insertTag(this.db, clean, color ?? TAG_COLORS[store.listTags(this.db).length % TAG_COLORS.length] ?? '#2f6fde')
    return this.tag(id)
  }

  updateTag(id: number, f: { name?: string; color?: string }): Tag {
    if (!store.tagExists(this.db, id)) throw new ClaimsInputError(`No tag with id ${id}.`, true)
    const name = f.name?.trim()
    if (name !== undefined) {
      if (!name) throw new ClaimsInputError('A tag needs a name.')
      const other = store.findTagByName(this.db, name)
      if (other && other.id !== id) throw new ClaimsInputError(`A tag named "${name}" already exists: merge them instead.`)
    }
    store.updateTag(this.db, id, { ...(name !== undefined ? { name } : {}), ...(f.color ? { color: f.color } : {}) })
    return this.tag(id)
  }

  /** Merges tag `from` into `into`: claims keep one tag, `from` is gone. */
  mergeTags(from: number, into: number): Tag {
    if (from === into) throw new ClaimsInputError('A tag cannot be merged into itself.')
    for (const id of [from, into]) if (!store.tagExists(this.db, id)) throw new ClaimsInputError(`No tag with id ${id}.`, true)
    this.db.transaction(() => store.mergeTags(this.db, from, into))()
    return this.tag(into)
  }

  deleteTag(id: number): void {
    if (!store.tagExists(this.db, id)) throw new ClaimsInputError(`No tag with id ${id}.`, true)
    store.deleteTag(this.db, id)
  }

  private tag(id: number): Tag {
    const t = store.listTags(this.db).find((x) => x.id === id)
    if (!t) throw new ClaimsInputError(`No tag with id ${id}.`, true)
    return t
  }

  // Clusters, conflicts, ledger

  /** Claims grouped across sources (two or more articles), largest first, with their conflicts. */
  clusters(): Cluster[] {
    return this.listedClusters()
  }

  /** Cross-source clusters with a conflict still unresolved. */
  unresolvedConflicts(): { clusters: number } {
    refreshDirtyClusters(this.db, this.copies)
    return { clusters: unresolvedConflictCount(this.db) }
  }

  resolveConflict(clusterId: number, quantity: string, note: string | null): Cluster {
    const cluster = this.cluster(clusterId)
    if (!cluster) throw new ClaimsInputError(`No cluster with id ${clusterId}.`, true)
    if (!cluster.conflicts.some((c) => c.quantity === quantity)) {
      throw new ClaimsInputError(`Cluster ${clusterId} has no conflict on "${quantity}".`)
    }
    store.saveResolution(this.db, clusterId, quantity, note === null ? null : note.trim())
    const updated = this.cluster(clusterId)
    if (!updated) throw new ClaimsInputError(`No cluster with id ${clusterId}.`, true)
    return updated
  }

  ledger(): LedgerRow[] {
    const facts = store.articleFacts(this.db)
    const articles = new Map([...facts].map(([id, f]) => [id, { id, outlet: f.outlet, publishedAt: f.publishedAt }]))
    return buildLedger(store.ledgerClaimRows(this.db), this.listedClusters(), articles)
  }

  /** Cross-source clusters from their summaries, refreshing the dirty ones first. */
  private listedClusters(where: { conflictsOnly?: boolean } = {}): Cluster[] {
    refreshDirtyClusters(this.db, this.copies)
    return readClusters(this.db, where)
  }

  private cluster(id: number): Cluster | undefined {
    refreshDirtyClusters(this.db, this.copies)
    return readClusters(this.db, { id })[0]
  }

  private decorate(rows: store.ClaimRow[]): Claim[] {
    refreshDirtyClusters(this.db, this.copies)
    const facts = store.articleFacts(this.db, [...new Set(rows.map((r) => r.articleId))])
    const tags = store.tagLinks(this.db, rows.map((r) => r.id))
    const sources = clusterSources(this.db, [...new Set(rows.map((r) => r.clusterId))])
    return rows.map((r) => {
      const n = r.review === 'rejected' ? undefined : sources.get(r.clusterId)
      const links = tags.get(r.id) ?? []
      const { clusterId: _stored, ...rest } = r
      return {
        ...rest,
        tags: links.map((t) => t.name),
        tagIds: links.map((t) => t.id),
        clusterId: n === undefined ? null : r.clusterId,
        clusterSources: n ?? 1,
        article: facts.get(r.articleId) ?? { title: '', outlet: null, publishedAt: null },
      }
    })
  }

  /** Clusters a new claim, then stores it with its features and cluster (and relabels the clusters it bridged). */
  private insert(
    clusterer: ClaimClusterer,
    id: number,
    draft: ClaimDraft,
    context: readonly string[],
    opts?: { review?: ClaimReview; origin?: 'auto' | 'manual' },
  ): void {
    const features = claimFeatures(draft, context)
    const a = clusterer.add(id, features)
    store.insertClaim(this.db, draft, { id, clusterId: a.cluster, features: encodeFeatures(features) }, opts)
    for (const old of a.merged) store.mergeClusters(this.db, old, a.cluster)
  }

  /** The entities of an article's stored claims (and of one more, not yet stored). */
  private contextOf(articleId: number, extra?: Pick<ClaimDraft, 'entities'>): string[] {
    return articleContext([...store.listClaimRows(this.db, articleId), ...(extra ? [extra] : [])])
  }

  /**
   * Puts the stored claims back into the clusterer a slice at a time, yielding between slices, so
   * the first claim change of a session does not wait for it (10 s at 900,000 claims). A change
   * arriving meanwhile finishes the rebuild at once (index).
   */
  async warmUp(yieldNow: () => Promise<void>): Promise<void> {
    while (!this.clusterer && this.db.open) {
      if (!this.restoreSlice(this.rebuilding())) this.finishRebuild()
      else await yieldNow()
    }
  }

  /** A rebuild under way: the clusterer so far, the last claim id put back, claims without stored features. */
  private rebuild: { clusterer: ClaimClusterer; after: number; missing: number[] } | null = null

  /** The rebuild under way, or a new one from the first stored claim. */
  private rebuilding(): { clusterer: ClaimClusterer; after: number; missing: number[] } {
    this.rebuild ??= { clusterer: new ClaimClusterer(), after: 0, missing: [] }
    return this.rebuild
  }

  /** Restores the next slice of stored claims; false when there was none left. */
  private restoreSlice(r: { clusterer: ClaimClusterer; after: number; missing: number[] }): boolean {
    const rows = store.clusterIndexRows(this.db, r.after, INDEX_SLICE)
    for (const row of rows) {
      if (row.features === null) r.missing.push(row.id)
      else r.clusterer.restoreStored(row.id, row.features, row.clusterId || row.id)
      r.after = row.id
    }
    return rows.length > 0
  }

  /** The clusterer, with every stored claim put back (finishing a rebuild warmUp started). */
  private index(): ClaimClusterer {
    if (this.clusterer) return this.clusterer
    // Every slice now, in one go: a change waits for the whole index.
    const rebuild = this.rebuilding()
    while (this.restoreSlice(rebuild));
    return this.finishRebuild()
  }

  private finishRebuild(): ClaimClusterer {
    const { clusterer: c, missing } = this.rebuilding()
    this.rebuild = null
    // Claims stored before features were (an older workspace): computed once and kept.
    if (missing.length > 0) {
      const contexts = new Map<number, string[]>()
      this.db.transaction(() => {
        for (const id of missing) {
          const row = store.getClaimRow(this.db, id)
          if (!row) continue
          let context = contexts.get(row.articleId)
          if (!context) {
            context = this.contextOf(row.articleId)
            contexts.set(row.articleId, context)
          }
          const f = claimFeatures(row, context)
          store.setFeatures(this.db, id, encodeFeatures(f))
          c.restore(id, f, row.clusterId || id)
        }
      })()
    }
    this.clusterer = c
    return c
  }
}

/** Stored claims put back into the clusterer per slice of a warm-up: about 10 ms each here, so a request waits little. */
const INDEX_SLICE = 1000

function nearestOccurrence(text: string, needle: string, near: number): number {
  let best = -1
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i
  }
  return best
}

function trimSpan(text: string, span: { start: number; end: number }): { start: number; end: number; text: string } {
  let start = Math.max(0, Math.min(span.start, text.length))
  let end = Math.max(start, Math.min(span.end, text.length))
  while (start < end && /\s/u.test(text[start] ?? '')) start++
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--
  return { start, end, text: text.slice(start, end) }
}
