import type Database from 'better-sqlite3'
import { findConflicts } from './conflicts'
import { originalOf, type CopyRelation } from './copies'
import { byPublication } from './ledger'
import * as store from './store'
import type { Cluster, Conflict } from './types'

/** Above this many dirty clusters one pass over all claims beats a lookup per cluster. */
const FULL_PASS_AT = 2000

interface SummaryRow {
  id: number
  label: string
  claimIds: string
  articleIds: string
  firstArticleId: number
  independentSources: number
  conflicts: string
}

/**
 * Recomputes the summaries (claim_clusters) of the clusters on the dirty list: members, sources,
 * independent sources, earliest article, conflicts. A cluster of fewer than two articles has no
 * summary. Returns how many clusters were refreshed.
 */
export function refreshDirtyClusters(db: Database.Database, copies: CopyRelation): number {
  const dirty = (db.prepare('SELECT cluster_id AS id FROM claim_clusters_dirty').all() as Array<{ id: number }>).map((r) => r.id)
  if (dirty.length === 0) return 0
  db.transaction(() => {
    const groups = membersOf(db, dirty)
    const articleIds = new Set<number>()
    for (const members of groups.values()) for (const m of members) articleIds.add(m.articleId)
    const facts = store.articleFacts(db, [...articleIds])
    const copyOf = copies(db)
    const remove = db.prepare('DELETE FROM claim_clusters WHERE id = ?')
    const upsert = db.prepare(
      `INSERT OR REPLACE INTO claim_clusters (id, label, claim_ids, article_ids, article_count, independent_sources,
        first_article_id, conflicts, conflict_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const id of dirty) {
      const members = groups.get(id) ?? []
      const ids = [...new Set(members.map((m) => m.articleId))].sort((a, b) => a - b)
      if (ids.length < 2) {
        remove.run(id)
        continue
      }
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
    db.prepare('DELETE FROM claim_clusters_dirty').run()
  })()
  return dirty.length
}

/** Non-rejected claims of the given clusters, by cluster. */
function membersOf(db: Database.Database, clusters: readonly number[]): Map<number, store.ClaimRow[]> {
  const out = new Map<number, store.ClaimRow[]>()
  const wanted = new Set(clusters)
  const rows = clusters.length >= FULL_PASS_AT ? store.listClaimRows(db) : clusters.flatMap((c) => store.clusterClaimRows(db, c))
  for (const r of rows) {
    if (r.review === 'rejected' || !wanted.has(r.clusterId)) continue
    const list = out.get(r.clusterId)
    if (list) list.push(r)
    else out.set(r.clusterId, [r])
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
