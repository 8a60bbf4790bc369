import type Database from 'better-sqlite3'
import type { Entity } from '../text/entities'
import type { Quantity } from '../text/quantities'
import type { Attribution, ClaimDraft, ClaimKind, ClaimReview, ClaimStatus, Tag } from './types'

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/** A prepared statement, prepared once per connection (preparing costs more than running these). */
function sql(db: Database.Database, text: string): Database.Statement {
  let cache = statements.get(db)
  if (!cache) {
    cache = new Map()
    statements.set(db, cache)
  }
  let s = cache.get(text)
  if (!s) {
    s = db.prepare(text)
    cache.set(text, s)
  }
  return s
}

/** A claims row as stored, with its JSON columns parsed. */
export interface ClaimRow extends ClaimDraft {
  id: number
  review: ClaimReview
  status: ClaimStatus
  origin: 'auto' | 'manual'
  edited: boolean
  clusterId: number
}

interface RawRow {
  id: number
  articleId: number
  start: number
  end: number
  text: string
  kind: ClaimKind
  review: ClaimReview
  status: ClaimStatus
  origin: 'auto' | 'manual'
  edited: number
  quantities: string
  entities: string
  attribution: string | null
  clusterId: number
}

const COLUMNS = `id, article_id AS articleId, start, "end", text, kind, review, status, origin, edited, quantities,
  entities, attribution, cluster_id AS clusterId`

function parse(r: RawRow): ClaimRow {
  return {
    ...r,
    edited: r.edited === 1,
    quantities: JSON.parse(r.quantities) as Quantity[],
    entities: JSON.parse(r.entities) as Entity[],
    attribution: r.attribution === null ? null : (JSON.parse(r.attribution) as Attribution),
  }
}

/** Inserts a claim under a given id (its cluster is known before it is stored), with its features. */
export function insertClaim(
  db: Database.Database,
  c: ClaimDraft,
  at: { id: number; clusterId: number; features: string },
  opts: { review?: ClaimReview; origin?: 'auto' | 'manual' } = {},
): void {
  sql(db,
    `INSERT INTO claims (id, article_id, start, "end", text, kind, review, origin, quantities, entities, attribution,
       cluster_id, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.id, c.articleId, c.start, c.end, c.text, c.kind, opts.review ?? 'suggested', opts.origin ?? 'auto',
    JSON.stringify(c.quantities), JSON.stringify(c.entities), c.attribution ? JSON.stringify(c.attribution) : null,
    at.clusterId, at.features,
  )
}

/** The id the next claim gets (callers insert inside one transaction). */
export function nextClaimId(db: Database.Database): number {
  return (sql(db, 'SELECT coalesce(max(id), 0) + 1 AS n FROM claims').get() as { n: number }).n
}

export function setCluster(db: Database.Database, id: number, clusterId: number): void {
  sql(db, 'UPDATE claims SET cluster_id = ? WHERE id = ?').run(clusterId, id)
}

/** Relabels the members of cluster `from` (and its resolutions) as cluster `into`. */
export function mergeClusters(db: Database.Database, from: number, into: number): void {
  sql(db, 'UPDATE claims SET cluster_id = ? WHERE cluster_id = ?').run(into, from)
  sql(db, 'UPDATE OR IGNORE conflict_resolutions SET cluster_id = ? WHERE cluster_id = ?').run(into, from)
}

export function moveClaim(db: Database.Database, id: number, start: number, end: number): void {
  sql(db, 'UPDATE claims SET start = ?, "end" = ? WHERE id = ?').run(start, end, id)
}

export function markExtracted(db: Database.Database, articleId: number): void {
  sql(db, 'INSERT OR REPLACE INTO claims_extracted (article_id, extracted_at) VALUES (?, ?)').run(
    articleId,
    new Date().toISOString(),
  )
}

export function articlesWithoutClaims(db: Database.Database): number[] {
  return (
    sql(db, 'SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM claims_extracted) ORDER BY id')
      .all() as Array<{ id: number }>
  ).map((r) => r.id)
}

export function setFeatures(db: Database.Database, id: number, features: string): void {
  sql(db, 'UPDATE claims SET features = ? WHERE id = ?').run(features, id)
}

/** What the clusterer's index is rebuilt from, a slice at a time: ids, clusters and stored features (null before they were stored). */
export function clusterIndexRows(
  db: Database.Database,
  after: number,
  limit: number,
): Array<{ id: number; clusterId: number; features: string | null }> {
  return sql(db, 'SELECT id, cluster_id AS clusterId, features FROM claims WHERE id > ? ORDER BY id LIMIT ?').all(after, limit) as Array<{
    id: number
    clusterId: number
    features: string | null
  }>
}

/** Claims by id, in the order of `ids`. */
export function claimRowsByIds(db: Database.Database, ids: readonly number[]): ClaimRow[] {
  const rows = sql(db, `SELECT ${COLUMNS} FROM claims WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as RawRow[]
  const byId = new Map(rows.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const r = byId.get(id)
    return r ? [parse(r)] : []
  })
}

/** What the ledger reads of every claim that is not rejected: no JSON to parse. */
export function ledgerClaimRows(db: Database.Database): Array<{ id: number; articleId: number; text: string }> {
  return sql(db, "SELECT id, article_id AS articleId, text FROM claims WHERE review <> 'rejected'").all() as Array<{
    id: number
    articleId: number
    text: string
  }>
}

export function getClaimRow(db: Database.Database, id: number): ClaimRow | null {
  const r = sql(db, `SELECT ${COLUMNS} FROM claims WHERE id = ?`).get(id) as RawRow | undefined
  return r ? parse(r) : null
}

export function listClaimRows(db: Database.Database, articleId?: number): ClaimRow[] {
  const rows =
    articleId === undefined
      ? sql(db, `SELECT ${COLUMNS} FROM claims ORDER BY article_id, start, id`).all()
      : sql(db, `SELECT ${COLUMNS} FROM claims WHERE article_id = ? ORDER BY start, id`).all(articleId)
  return (rows as RawRow[]).map(parse)
}

export function updateClaimFields(
  db: Database.Database,
  id: number,
  f: Partial<Pick<ClaimRow, 'review' | 'status'>> & { text?: Pick<ClaimDraft, 'text' | 'start' | 'end' | 'quantities' | 'entities' | 'attribution'> },
): void {
  if (f.review) sql(db, 'UPDATE claims SET review = ? WHERE id = ?').run(f.review, id)
  if (f.status) sql(db, 'UPDATE claims SET status = ? WHERE id = ?').run(f.status, id)
  if (f.text) {
    const t = f.text
    sql(db, 
      `UPDATE claims SET text = ?, start = ?, "end" = ?, quantities = ?, entities = ?, attribution = ?, edited = 1
       WHERE id = ?`,
    ).run(t.text, t.start, t.end, JSON.stringify(t.quantities), JSON.stringify(t.entities),
      t.attribution ? JSON.stringify(t.attribution) : null, id)
  }
}

/** Article facts claims show beside themselves. */
/** Title, outlet and date of every article, or only of `ids` (an import must not scan the whole table). */
export function articleFacts(
  db: Database.Database,
  ids?: readonly number[],
): Map<number, { title: string; outlet: string | null; publishedAt: string | null }> {
  const select = 'SELECT id, title, outlet, published_at AS publishedAt FROM articles'
  const rows = (
    ids === undefined
      ? sql(db, select).all()
      : sql(db, `${select} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids))
  ) as Array<{ id: number; title: string; outlet: string | null; publishedAt: string | null }>
  return new Map(rows.map((r) => [r.id, { title: r.title, outlet: r.outlet, publishedAt: r.publishedAt }]))
}

export function getCleanText(db: Database.Database, articleId: number): string | null {
  const r = sql(db, 'SELECT clean_text AS t FROM articles WHERE id = ?').get(articleId) as { t: string } | undefined
  return r?.t ?? null
}

// Tags

export function listTags(db: Database.Database): Tag[] {
  return sql(db, 
      `SELECT t.id, t.name, t.color, count(ct.claim_id) AS count FROM tags t
       LEFT JOIN claim_tags ct ON ct.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE`,
    )
    .all() as Tag[]
}

/** Tags of every claim, or only of `claimIds`. */
export function tagLinks(db: Database.Database, claimIds?: readonly number[]): Map<number, Array<{ id: number; name: string }>> {
  const select = 'SELECT ct.claim_id AS claimId, t.id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id'
  const rows = (
    claimIds === undefined
      ? sql(db, `${select} ORDER BY t.name`).all()
      : sql(db, `${select} WHERE ct.claim_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`).all(JSON.stringify(claimIds))
  ) as Array<{ claimId: number; id: number; name: string }>
  const map = new Map<number, Array<{ id: number; name: string }>>()
  for (const r of rows) map.set(r.claimId, [...(map.get(r.claimId) ?? []), { id: r.id, name: r.name }])
  return map
}

export function findTagByName(db: Database.Database, name: string): Tag | null {
  return (sql(db, 'SELECT id, name, color, 0 AS count FROM tags WHERE name = ?').get(name) as Tag | undefined) ?? null
}

export function insertTag(db: Database.Database, name: string, color: string): number {
  return Number(sql(db, 'INSERT INTO tags (name, color) VALUES (?, ?)').run(name, color).lastInsertRowid)
}

export function updateTag(db: Database.Database, id: number, f: { name?: string; color?: string }): void {
  if (f.name !== undefined) sql(db, 'UPDATE tags SET name = ? WHERE id = ?').run(f.name, id)
  if (f.color !== undefined) sql(db, 'UPDATE tags SET color = ? WHERE id = ?').run(f.color, id)
}

export function tagExists(db: Database.Database, id: number): boolean {
  return sql(db, 'SELECT 1 FROM tags WHERE id = ?').get(id) !== undefined
}

/** Moves every link of `from` to `into` and deletes `from`. */
export function mergeTags(db: Database.Database, from: number, into: number): void {
  sql(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) SELECT claim_id, ? FROM claim_tags WHERE tag_id = ?').run(into, from)
  sql(db, 'DELETE FROM tags WHERE id = ?').run(from)
}

export function deleteTag(db: Database.Database, id: number): void {
  sql(db, 'DELETE FROM tags WHERE id = ?').run(id)
}

export function linkTag(db: Database.Database, claimId: number, tagId: number): void {
  sql(db, 'INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)').run(claimId, tagId)
}

export function unlinkTag(db: Database.Database, claimId: number, tagId: number): void {
  sql(db, 'DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?').run(claimId, tagId)
}

// Conflict resolutions

export function resolutions(db: Database.Database): Map<string, { note: string; resolvedAt: string }> {
  const rows = sql(db, 'SELECT cluster_id AS clusterId, quantity, note, resolved_at AS resolvedAt FROM conflict_resolutions')
    .all() as Array<{ clusterId: number; quantity: string; note: string; resolvedAt: string }>
  return new Map(rows.map((r) => [`${r.clusterId}|${r.quantity}`, { note: r.note, resolvedAt: r.resolvedAt }]))
}

export function saveResolution(db: Database.Database, clusterId: number, quantity: string, note: string | null): void {
  if (note === null) {
    sql(db, 'DELETE FROM conflict_resolutions WHERE cluster_id = ? AND quantity = ?').run(clusterId, quantity)
    return
  }
  sql(db, 
    `INSERT INTO conflict_resolutions (cluster_id, quantity, note, resolved_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (cluster_id, quantity) DO UPDATE SET note = excluded.note, resolved_at = excluded.resolved_at`,
  ).run(clusterId, quantity, note, new Date().toISOString())
}
