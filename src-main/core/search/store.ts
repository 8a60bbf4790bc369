/**
 * SQLite side of search: the articles as the index sees them (SQLite is the truth) and the
 * persisted segments. Tags, notes and copies are hooks that read their tables once those exist.
 */
import type Database from 'better-sqlite3'
import type { ArticleMeta, SearchSource } from './engine'
import type { IndexDoc, SegmentBytes } from './segment'
import { chunksOf } from '../chunks'

/** Ids per IN (...) list: well under SQLite's bound on parameters. */
const CHUNK = 500
const chunks = <T>(items: readonly T[]): T[][] => chunksOf(items, CHUNK)

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}

/**
 * Copy detection's answer: articles that are copies of another. HOOK: returns nothing until the
 * compare feature stores copies; point this at its table (or function) when it lands.
 */
export type CopySource = (db: Database.Database) => ReadonlySet<number>
export const noCopies: CopySource = () => new Set()
/** The copy source every search host uses: copy detection's `copies` table once it exists. */
export const detectedCopies: CopySource = (db) => {
  if (!hasTable(db, 'copies')) return new Set()
  return new Set((db.prepare('SELECT DISTINCT copy_id AS id FROM copies').all() as Array<{ id: number }>).map((r) => r.id))
}

/** SearchSource over a better-sqlite3 connection (the workspace's, or a worker's own). */
export class SqliteSearchSource implements SearchSource {
  constructor(
    private readonly db: Database.Database,
    private readonly copySource: CopySource = noCopies,
  ) {}

  meta(ids?: readonly number[]): Map<number, ArticleMeta> {
    const sql = 'SELECT id, title, outlet, published_at AS publishedAt, language AS lang FROM articles'
    const out = new Map<number, ArticleMeta>()
    type Row = ArticleMeta & { id: number }
    const add = (rows: Row[]): void => {
      for (const { id, ...m } of rows) out.set(id, m)
    }
    if (!ids) add(this.db.prepare(sql).all() as Row[])
    else for (const c of chunks(ids)) add(this.db.prepare(`${sql} WHERE id IN (${c.map(() => '?').join(',')})`).all(...c) as Row[])
    return out
  }

  bodies(ids: readonly number[]): Map<number, string> {
    const out = new Map<number, string>()
    for (const c of chunks(ids)) {
      const rows = this.db
        .prepare(`SELECT id, clean_text AS text FROM articles WHERE id IN (${c.map(() => '?').join(',')})`)
        .all(...c) as Array<{ id: number; text: string }>
      for (const r of rows) out.set(r.id, r.text)
    }
    return out
  }

  copies(): ReadonlySet<number> {
    return this.copySource(this.db)
  }

  /** Tag names per article: the tags of its claims (the claims feature's `claim_tags`). */
  tags(ids: readonly number[]): Map<number, string[]> {
    return ids.length ? this.tagRows(chunks(ids)) : new Map<number, string[]>()
  }

  /** Tag names of every tagged article. */
  allTags(): Map<number, string[]> {
    return this.tagRows([null])
  }

  /** Each batch: a list of article ids, or null for all. */
  private tagRows(batches: Array<readonly number[] | null>): Map<number, string[]> {
    const out = new Map<number, string[]>()
    if (!hasTable(this.db, 'tags') || !hasTable(this.db, 'claim_tags') || !hasTable(this.db, 'claims')) return out
    for (const c of batches) {
      const rows = this.db
        .prepare(
          `SELECT DISTINCT cl.article_id AS id, t.name AS name FROM claim_tags ct
           JOIN claims cl ON cl.id = ct.claim_id JOIN tags t ON t.id = ct.tag_id
           ${c ? `WHERE cl.article_id IN (${c.map(() => '?').join(',')})` : ''}`,
        )
        .all(...(c ?? [])) as Array<{ id: number; name: string }>
      for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.name])
    }
    return out
  }

  /**
   * HOOK: annotation notes per article once annotations exist (indexed in the `notes` field, so
   * `notes:` finds them and plain words find the article through them).
   */
  notes(ids: readonly number[]): Map<number, string> {
    const out = new Map<number, string>()
    if (ids.length === 0 || !hasTable(this.db, 'annotations')) return out
    const cols = (this.db.prepare('PRAGMA table_info(annotations)').all() as Array<{ name: string }>).map((c) => c.name)
    if (!cols.includes('article_id') || !cols.includes('note')) return out
    for (const c of chunks(ids)) {
      const rows = this.db
        .prepare(`SELECT article_id AS id, note FROM annotations WHERE note IS NOT NULL AND article_id IN (${c.map(() => '?').join(',')})`)
        .all(...c) as Array<{ id: number; note: string }>
      for (const r of rows) out.set(r.id, `${out.get(r.id) ?? ''}\n${r.note}`)
    }
    return out
  }

  /** What the index holds for each article. */
  docs(ids: readonly number[]): IndexDoc[] {
    const tags = this.tags(ids)
    const notes = this.notes(ids)
    const out: IndexDoc[] = []
    for (const c of chunks(ids)) {
      const rows = this.db
        .prepare(
          `SELECT id, title, outlet, language AS lang, clean_text AS body FROM articles
           WHERE id IN (${c.map(() => '?').join(',')}) ORDER BY id`,
        )
        .all(...c) as Array<{ id: number; title: string; outlet: string | null; lang: string | null; body: string }>
      for (const r of rows) {
        out.push({
          id: r.id, lang: r.lang, title: r.title, outlet: r.outlet ?? '', body: r.body,
          tags: (tags.get(r.id) ?? []).join(' '), notes: notes.get(r.id) ?? '',
        })
      }
    }
    return out
  }
}

/** Persisted segments' cores, oldest first (a later segment's copy of an article wins). */
export function loadSegmentRows(db: Database.Database): Array<{ id: number; analyzer: number; data: Uint8Array }> {
  return db.prepare('SELECT id, analyzer, data FROM index_segments ORDER BY id').all() as Array<{
    id: number
    analyzer: number
    data: Uint8Array
  }>
}

/** One segment's core, or undefined when it is gone. */
export function loadSegmentCore(db: Database.Database, id: number): Uint8Array | undefined {
  return (db.prepare('SELECT data FROM index_segments WHERE id = ?').get(id) as { data: Uint8Array } | undefined)?.data
}

/**
 * One segment's word positions (read on the first phrase query that needs them); null when the
 * row is gone: a merge replaced it and the query worker has not yet been told.
 */
export function loadSegmentPositions(db: Database.Database, id: number): Uint8Array | null {
  const row = db.prepare('SELECT positions FROM index_segments WHERE id = ?').get(id) as { positions: Uint8Array | null } | undefined
  return row?.positions ?? null
}

const blob = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength)

/** The latest change search has been told of (0 when none). */
export function lastDirtySeq(db: Database.Database): number {
  return (db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM search_dirty').get() as { seq: number }).seq
}

/** Articles whose indexed text changed since their segment was built, up to `upTo`. */
export function dirtyArticles(db: Database.Database, upTo: number): number[] {
  return (db.prepare('SELECT DISTINCT article_id AS id FROM search_dirty WHERE seq <= ? ORDER BY id').all(upTo) as Array<{ id: number }>).map((r) => r.id)
}

/** Forgets the changes of `ids` up to `upTo` (they are indexed, or gone). */
export function clearDirty(db: Database.Database, ids: readonly number[], upTo: number): void {
  for (const c of chunks(ids)) db.prepare(`DELETE FROM search_dirty WHERE seq <= ? AND article_id IN (${c.map(() => '?').join(',')})`).run(upTo, ...c)
}

/**
 * Stores a new segment, drops the ones it replaces and forgets its articles' changes up to
 * `dirtyUpTo`, in one transaction. Returns its id.
 */
export function saveSegment(
  db: Database.Database,
  analyzer: number,
  docIds: readonly number[],
  bytes: SegmentBytes,
  replaces: readonly number[],
  dirtyUpTo: number,
): number {
  return db.transaction(() => {
    const info = db
      .prepare('INSERT INTO index_segments (analyzer, doc_count, data, positions, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(analyzer, docIds.length, blob(bytes.core), blob(bytes.positions), new Date().toISOString())
    deleteSegments(db, replaces)
    clearDirty(db, docIds, dirtyUpTo)
    return Number(info.lastInsertRowid)
  })()
}

export function deleteSegments(db: Database.Database, ids: readonly number[]): void {
  const del = db.prepare('DELETE FROM index_segments WHERE id = ?')
  db.transaction(() => {
    for (const id of ids) del.run(id)
  })()
}
