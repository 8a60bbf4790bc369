import type Database from 'better-sqlite3'
import { compareAnalysed } from './document'
import { bandKeys, estimateJaccard, minhash, shingles } from './minhash'
import { analyseText, type AnalysedText } from './tokens'
import { TUNABLES } from './tunables'
import type { CopyEdge, CopyFamily, CopyKind } from './types'

export type { CopyEdge, CopyFamily, CopyKind }

interface ArticleFacts {
  id: number
  publishedAt: string | null
  text: string
}

const factsStatements = new WeakMap<Database.Database, Database.Statement>()

/** Prepared once per connection: copy detection reads an article and each of its candidates. */
function facts(db: Database.Database, id: number): ArticleFacts | null {
  let s = factsStatements.get(db)
  if (!s) factsStatements.set(db, (s = db.prepare('SELECT id, published_at AS publishedAt, clean_text AS text FROM articles WHERE id = ?')))
  return (s.get(id) as ArticleFacts | undefined) ?? null
}

/** Orders two articles as (earlier, later): by publication date (undated last), then by id. */
export function earlierFirst<T extends { id: number; publishedAt: string | null }>(x: T, y: T): [T, T] {
  const dx = x.publishedAt ?? '9999'
  const dy = y.publishedAt ?? '9999'
  if (dx < dy || (dx === dy && x.id < y.id)) return [x, y]
  return [y, x]
}

function isCopyKind(r: string): r is CopyKind {
  return r === 'duplicate' || r === 'near_duplicate' || r === 'spun_copy'
}

/**
 * Finds the copies among newly added articles and everything already indexed, incrementally:
 * each new article gets a MinHash signature and LSH bucket rows; articles sharing a bucket are
 * candidates, and only candidates are compared sentence by sentence (never all pairs). Articles
 * the index has not seen yet (imported before this feature) are indexed on the way.
 */
export function detectCopies(db: Database.Database, ids: readonly number[], signedThrough = 0): CopyEdge[] {
  // Unsigned articles up to the newest of `ids` only: a big import passes its ids in chunks, in
  // id order, and each chunk must not take on the chunks still to come. Below `signedThrough`
  // every article is known to be signed: a 50,000-article import's 1,500 chunks each scanned all
  // the articles before it.
  const upTo = ids.length === 0 ? Number.MAX_SAFE_INTEGER : ids.reduce((a, b) => Math.max(a, b))
  const missing = db
    .prepare('SELECT id FROM articles WHERE id > ? AND id <= ? AND id NOT IN (SELECT article_id FROM copy_signatures) ORDER BY id')
    .pluck()
    .all(signedThrough, upTo) as number[]
  const todo = [...new Set([...missing, ...ids])].sort((a, b) => a - b)
  const insertSig = db.prepare('INSERT OR REPLACE INTO copy_signatures (article_id, minhash) VALUES (?, ?)')
  const insertBucket = db.prepare('INSERT OR IGNORE INTO copy_buckets (band, bucket, article_id) VALUES (?, ?, ?)')
  const lookup = db.prepare('SELECT article_id FROM copy_buckets WHERE band = ? AND bucket = ? AND article_id <> ?').pluck()
  const signatureOf = db.prepare('SELECT minhash FROM copy_signatures WHERE article_id = ?').pluck()
  const insertEdge = db.prepare(
    `INSERT OR REPLACE INTO copies (copy_id, original_id, kind, similarity, share) VALUES (?, ?, ?, ?, ?)`,
  )
  const cache = new Map<number, AnalysedText>()
  const analysed = (f: ArticleFacts): AnalysedText => {
    let a = cache.get(f.id)
    if (!a) {
      a = analyseText(f.text)
      cache.set(f.id, a)
    }
    return a
  }
  const found: CopyEdge[] = []
  db.transaction(() => {
    for (const id of todo) {
      const me = facts(db, id)
      if (!me) continue
      const text = analysed(me)
      const sig = minhash(shingles(text))
      insertSig.run(id, Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength))
      const votes = new Map<number, number>()
      bandKeys(sig).forEach((bucket, band) => {
        if (bucket === -1) return
        for (const other of lookup.all(band, bucket, id) as number[]) votes.set(other, (votes.get(other) ?? 0) + 1)
        insertBucket.run(band, bucket, id)
      })
      // The signatures estimate the overlap for free; only likely copies get the costly alignment.
      const candidates = [...votes.entries()]
        .sort((x, y) => y[1] - x[1])
        .slice(0, TUNABLES.maxCandidates)
        .filter(([otherId]) => {
          const stored = signatureOf.get(otherId) as Buffer | undefined
          if (!stored) return false
          const theirs = new Uint32Array(stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength))
          return estimateJaccard(sig, theirs) >= TUNABLES.candidateMinJaccard
        })
      for (const [otherId] of candidates) {
        const other = facts(db, otherId)
        if (!other) continue
        const [orig, copy] = earlierFirst(me, other)
        const c = compareAnalysed(analysed(copy), analysed(orig))
        if (!isCopyKind(c.relation)) continue
        const total = analysed(copy).sentences.length
        const edge: CopyEdge = {
          copyId: copy.id,
          originalId: orig.id,
          kind: c.relation,
          similarity: c.similarity,
          share: total ? Math.round((c.pairs.length / total) * 1000) / 1000 : 0,
        }
        insertEdge.run(edge.copyId, edge.originalId, edge.kind, edge.similarity, edge.share)
        found.push(edge)
      }
      // Only the current article's neighbours matter from here on; keep memory flat on big imports.
      if (cache.size > 200) cache.clear()
    }
  })()
  return found
}

/** Forgets what copy detection knew about articles whose text changed, then looks again. */
export function redetectCopies(db: Database.Database, ids: readonly number[]): CopyEdge[] {
  const forget = db.transaction((list: readonly number[]) => {
    for (const id of list) {
      db.prepare('DELETE FROM copies WHERE copy_id = ? OR original_id = ?').run(id, id)
      db.prepare('DELETE FROM copy_buckets WHERE article_id = ?').run(id)
      db.prepare('DELETE FROM copy_signatures WHERE article_id = ?').run(id)
    }
  })
  forget(ids)
  return detectCopies(db, ids)
}

/** Every verified copy edge, copies of the same original together. */
export function listCopyEdges(db: Database.Database): CopyEdge[] {
  return db
    .prepare(
      `SELECT copy_id AS copyId, original_id AS originalId, kind, similarity, share FROM copies
       ORDER BY original_id, copy_id`,
    )
    .all() as CopyEdge[]
}

/** What an article copies, most similar first (the `copyOf` of `articles --json`). */
export function copyOfArticle(
  db: Database.Database,
  id: number,
): Array<{ id: number; similarity: number; kind: CopyKind }> {
  return db
    .prepare('SELECT original_id AS id, similarity, kind FROM copies WHERE copy_id = ? ORDER BY similarity DESC, original_id')
    .all(id) as Array<{ id: number; similarity: number; kind: CopyKind }>
}

/**
 * Families of copies: articles joined by copy edges, each with its likely original, the
 * earliest-dated member (ties to the first imported).
 */
export function copyFamilies(db: Database.Database): CopyFamily[] {
  const edges = listCopyEdges(db)
  const parent = new Map<number, number>()
  const find = (x: number): number => {
    let r = x
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!
    parent.set(x, r)
    return r
  }
  for (const e of edges) {
    if (!parent.has(e.copyId)) parent.set(e.copyId, e.copyId)
    if (!parent.has(e.originalId)) parent.set(e.originalId, e.originalId)
    parent.set(find(e.copyId), find(e.originalId))
  }
  const groups = new Map<number, number[]>()
  for (const id of parent.keys()) {
    const r = find(id)
    groups.set(r, [...(groups.get(r) ?? []), id])
  }
  const dates = db.prepare('SELECT id, published_at AS publishedAt FROM articles WHERE id = ?')
  const out: CopyFamily[] = []
  for (const members of groups.values()) {
    const rows = members
      .map((id) => dates.get(id) as { id: number; publishedAt: string | null } | undefined)
      .filter((r): r is { id: number; publishedAt: string | null } => r !== undefined)
    if (rows.length === 0) continue
    const original = rows.reduce((best, r) => earlierFirst(best, r)[0])
    const set = new Set(members)
    out.push({
      originalId: original.id,
      members: members.sort((a, b) => a - b),
      edges: edges.filter((e) => set.has(e.copyId)),
    })
  }
  return out.sort((a, b) => a.originalId - b.originalId)
}

/**
 * Each copy's likely original (its family's earliest-dated member). Articles missing from the
 * map are originals or stand alone: search's "originals only" and independent-source counts
 * use this.
 */
export function copyOfMap(db: Database.Database): Map<number, number> {
  const map = new Map<number, number>()
  for (const f of copyFamilies(db)) for (const m of f.members) if (m !== f.originalId) map.set(m, f.originalId)
  return map
}
