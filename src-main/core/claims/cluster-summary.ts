import type Database from 'better-sqlite3'
import type { Quantity } from '../text/quantities'
import { findConflicts } from './conflicts'
import { originalOf, type CopyRelation } from './copies'
import { byPublication } from './ledger'
import * as store from './store'
import type { Cluster, Conflict } from './types'

interface SummaryRow {
  id: number
  label: string
  claimIds: string
  articleIds: string
  firstArticleId: number
  independentSources: number
  conflicts: string
}

/** What a summary needs of a member claim. */
interface Member {
  id: number
  articleId: number
  text: string
  quantities: Quantity[]
}

/**
 * Recomputes the summaries (claim_clusters) of the clusters on the dirty list: members, sources,
 * independent sources, earliest article, conflicts. A cluster of fewer than two articles has no
 * summary. At most `max` clusters per call, so a host can answer requests between slices of a
 * big import's summaries. Returns how many clusters were refreshed.
 */
export function refreshDirtyClusters(db: Database.Database, copies: CopyRelation, max = Number.MAX_SAFE_INTEGER): number {
  const dirty = db.prepare('SELECT cluster_id FROM claim_clusters_dirty LIMIT ?').pluck().all(max) as number[]
  if (dirty.length === 0) return 0
  db.transaction(() => {
    const groups = membersOf(db, dirty)
    const articleIds = new Set<number>()
    for (const members of groups.values()) for (const m of members) articleIds.add(m.articleId)
    const facts = store.articleFacts(db, [...articleIds])
    const copyOf = groups.size > 0 ? copies(db) : new Map<number, number>()
    const remove = db.prepare('DELETE FROM claim_clusters WHERE id = ?')
    const upsert = db.prepare(
      `INSERT OR REPLACE INTO claim_clusters (id, label, claim_ids, article_ids, article_count, independent_sources,
        first_article_id, conflicts, conflict_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const clean = db.prepare('DELETE FROM claim_clusters_dirty WHERE cluster_id = ?')
    for (const id of dirty) {
      clean.run(id)
      const members = groups.get(id)
      if (!members) {
        remove.run(id)
        continue
      }
      const ids = [...new Set(members.map((m) => m.articleId))].sort((a, b) => a - b)
      const ordered = ids
        .map((a) => ({ id: a, outlet: facts.get(a)?.outlet ?? null, publishedAt: facts.get(a)?.publishedAt ?? null }))
        .sort(byPublication)
      const first = ordered[0]?.id ?? ids[0] ?? 0
      const seed = members.find((m) => m.id === id) ?? members.find((m) => m.articleId === first) ?? members[0]
      const conflicts = findConflicts(
        members.map((m) => ({ id: m.id, articleId: m.articleId, text: m.text, outlet: facts.get(m.articleId)?.outlet ?? null, quantities: m.quantities })),
      )
      upsert.run(
        id, label(seed?.text ?? ''), JSON.stringify(members.map((m) => m.id)), JSON.stringify(ids), ids.length,
        new Set(ids.map((a) => originalOf(copyOf, a))).size, first, JSON.stringify(conflicts), conflicts.length,
      )
    }
  })()
  return dirty.length
}

/**
 * Non-rejected claims of the given clusters that span two or more articles, by cluster, in id
 * order. Most clusters of a big import are one claim: SQLite counts their articles from the
 * index, and only members of cross-source clusters are read and parsed.
 */
function membersOf(db: Database.Database, clusters: readonly number[]): Map<number, Member[]> {
  const rows = db
    .prepare(
      `WITH wanted AS (
         SELECT c.cluster_id FROM claims c WHERE c.cluster_id IN (SELECT value FROM json_each(?)) AND c.review <> 'rejected'
         GROUP BY c.cluster_id HAVING count(DISTINCT c.article_id) >= 2)
       SELECT id, article_id AS articleId, text, quantities, cluster_id AS clusterId FROM claims
       WHERE cluster_id IN wanted AND review <> 'rejected' ORDER BY id`,
    )
    .all(JSON.stringify(clusters)) as Array<{ id: number; articleId: number; text: string; quantities: string; clusterId: number }>
  const out = new Map<number, Member[]>()
  for (const r of rows) {
    const m = { id: r.id, articleId: r.articleId, text: r.text, quantities: JSON.parse(r.quantities) as Quantity[] }
    const list = out.get(r.clusterId)
    if (list) list.push(m)
    else out.set(r.clusterId, [m])
  }
  return out
}

/** The stored summaries, most independent sources first, with the analyst's resolutions. */
export function readClusters(db: Database.Database, where: { id?: number; conflictsOnly?: boolean } = {}): Cluster[] {
  const cols = `id, label, claim_ids AS claimIds, article_ids AS articleIds, first_article_id AS firstArticleId,
    independent_sources AS independentSources, conflicts`
  const rows = (
    where.id !== undefined
      ? db.prepare(`SELECT ${cols} FROM claim_clusters WHERE id = ?`).all(where.id)
      : db
          .prepare(
            `SELECT ${cols} FROM claim_clusters ${where.conflictsOnly ? 'WHERE conflict_count > 0' : ''}
             ORDER BY independent_sources DESC, article_count DESC, id`,
          )
          .all()
  ) as SummaryRow[]
  const resolved = store.resolutions(db)
  return rows.map((r) => {
    const conflicts = (JSON.parse(r.conflicts) as Conflict[]).map((c) => ({ ...c, resolved: resolved.get(`${r.id}|${c.quantity}`) ?? null }))
    return {
      id: r.id,
      label: r.label,
      claimIds: JSON.parse(r.claimIds) as number[],
      articleIds: JSON.parse(r.articleIds) as number[],
      independentSources: r.independentSources,
      conflict: conflicts[0] ?? null,
      conflicts,
      firstArticleId: r.firstArticleId,
    }
  })
}

/** Independent sources of every summarised cluster (what the claims list shows per claim). */
export function clusterSources(db: Database.Database, ids?: readonly number[]): Map<number, number> {
  const rows = (
    ids === undefined
      ? db.prepare('SELECT id, independent_sources AS n FROM claim_clusters').all()
      : db.prepare('SELECT id, independent_sources AS n FROM claim_clusters WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids))
  ) as Array<{ id: number; n: number }>
  return new Map(rows.map((r) => [r.id, r.n]))
}

function label(text: string): string {
  return text.length <= 110 ? text : `${text.slice(0, 107).replace(/\s+\S*$/u, '')}…`
}

/**
 * How many cross-source clusters still hold a conflict nobody resolved: the Claims view's tab
 * label, without reading every cluster (48 MB of JSON at 50,000 articles).
 */
export function unresolvedConflictCount(db: Database.Database): number {
  return db
    .prepare(
      `SELECT count(*) FROM claim_clusters c WHERE c.conflict_count > 0 AND EXISTS (
         SELECT 1 FROM json_each(c.conflicts) k WHERE NOT EXISTS (
           SELECT 1 FROM conflict_resolutions r WHERE r.cluster_id = c.id AND r.quantity = json_extract(k.value, '$.quantity')))`,
    )
    .pluck()
    .get() as number
}
