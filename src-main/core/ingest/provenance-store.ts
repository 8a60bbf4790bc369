/**
 * The store side of real-world ingestion: where an article came from (sha256 of its original
 * bytes, bulk record number, PDF pages), removals the analyst restored, and metadata the analyst
 * corrected. Restorations and corrections are keyed by the original's sha256, so importing the
 * same bytes again (after deleting the article, or into a fresh batch) brings them back.
 */
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { countWords } from '../text/normalize'
import { applyRemovals } from './clean-text'
import type { ArticleMetadata } from './metadata'
import type { RemovedKind } from './types'

/** The metadata fields an analyst may correct. */
export const EDITABLE_FIELDS = ['title', 'outlet', 'publishedAt', 'url', 'author', 'language'] as const
export type EditableField = (typeof EDITABLE_FIELDS)[number]
export type MetadataPatch = Partial<Record<EditableField, string | null>>

const COLUMN: Readonly<Record<EditableField, string>> = {
  title: 'title', outlet: 'outlet', publishedAt: 'published_at', url: 'url', author: 'author', language: 'language',
}

/** sha256 of the original bytes, hex. */
export function originalSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The analyst's corrections for these original bytes, laid over what the reader found. */
export function applyCorrections<T extends ArticleMetadata>(db: Database.Database, sha: string, meta: T): T {
  const rows = db.prepare('SELECT field, value FROM metadata_corrections WHERE original_sha256 = ?').all(sha) as Array<{
    field: EditableField
    value: string | null
  }>
  const out = { ...meta }
  for (const r of rows) {
    if (r.field === 'title') out.title = r.value ?? out.title
    else out[r.field] = r.value
  }
  return out
}

/** Records provenance of a newly stored article and re-applies restorations made to the same bytes. */
export function recordOrigin(
  db: Database.Database,
  articleId: number,
  sha: string,
  record: number | null,
  pages: readonly number[] | undefined,
): void {
  db.prepare('INSERT INTO article_origins (article_id, original_sha256, record) VALUES (?, ?, ?)').run(articleId, sha, record)
  const page = db.prepare('INSERT INTO article_pages (article_id, page, raw_start) VALUES (?, ?, ?)')
  pages?.forEach((start, i) => page.run(articleId, i + 1, start))
  const restored = db
    .prepare(
      `UPDATE removed_spans SET restored = 1 WHERE article_id = ? AND EXISTS (
         SELECT 1 FROM span_restorations r WHERE r.original_sha256 = ? AND r.start = removed_spans.start
           AND r."end" = removed_spans."end" AND r.kind = removed_spans.kind)`,
    )
    .run(articleId, sha).changes
  if (restored > 0) rebuildCleanText(db, articleId)
}

/** Active removals (with ids) and restored ones of an article, in raw order. */
export function spansOf(
  db: Database.Database,
  articleId: number,
): Array<{ id: number; kind: RemovedKind; start: number; end: number; restored: boolean }> {
  const rows = db
    .prepare('SELECT id, kind, start, "end", restored FROM removed_spans WHERE article_id = ? ORDER BY start')
    .all(articleId) as Array<{ id: number; kind: RemovedKind; start: number; end: number; restored: number }>
  return rows.map((r) => ({ ...r, restored: r.restored === 1 }))
}

/** Raw-text start offsets of an article's pages (page n at index n - 1); empty for non-PDFs. */
export function pageStarts(db: Database.Database, articleId: number): number[] {
  return (db.prepare('SELECT raw_start FROM article_pages WHERE article_id = ? ORDER BY page').all(articleId) as Array<{ raw_start: number }>).map(
    (r) => r.raw_start,
  )
}

/** Bulk record number and original sha256 of an article, when known. */
export function originOf(db: Database.Database, articleId: number): { sha: string; record: number | null } | null {
  const row = db.prepare('SELECT original_sha256 AS sha, record FROM article_origins WHERE article_id = ?').get(articleId) as
    | { sha: string; record: number | null }
    | undefined
  return row ?? null
}

/**
 * Restores (or removes again) one removed span and rebuilds the clean text. Returns false when
 * the span does not belong to the article.
 */
export function setSpanRestored(db: Database.Database, articleId: number, spanId: number, restored: boolean): boolean {
  return db.transaction((): boolean => {
    const span = db
      .prepare('SELECT kind, start, "end" FROM removed_spans WHERE id = ? AND article_id = ?')
      .get(spanId, articleId) as { kind: string; start: number; end: number } | undefined
    if (!span) return false
    db.prepare('UPDATE removed_spans SET restored = ? WHERE id = ?').run(restored ? 1 : 0, spanId)
    const sha = shaOf(db, articleId)
    if (restored) {
      db.prepare(
        'INSERT OR IGNORE INTO span_restorations (original_sha256, kind, start, "end") VALUES (?, ?, ?, ?)',
      ).run(sha, span.kind, span.start, span.end)
    } else {
      db.prepare('DELETE FROM span_restorations WHERE original_sha256 = ? AND start = ? AND "end" = ?').run(sha, span.start, span.end)
    }
    rebuildCleanText(db, articleId)
    return true
  })()
}

/** Writes corrected metadata to the article and remembers it for its original bytes. */
export function updateMetadata(db: Database.Database, articleId: number, patch: MetadataPatch, now = new Date()): void {
  db.transaction(() => {
    const sha = shaOf(db, articleId)
    const upsert = db.prepare(
      `INSERT INTO metadata_corrections (original_sha256, field, value, corrected_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (original_sha256, field) DO UPDATE SET value = excluded.value, corrected_at = excluded.corrected_at`,
    )
    for (const field of EDITABLE_FIELDS) {
      if (!(field in patch)) continue
      const raw = patch[field]
      const value = raw === undefined || raw === null || raw.trim() === '' ? null : raw.trim()
      if (field === 'title' && value === null) continue
      db.prepare(`UPDATE articles SET ${COLUMN[field]} = ? WHERE id = ?`).run(value, articleId)
      upsert.run(sha, field, value, now.toISOString())
    }
  })()
}

/** The sha256 of an article's original, computed (and recorded) for articles stored before provenance existed. */
function shaOf(db: Database.Database, articleId: number): string {
  const known = originOf(db, articleId)
  if (known) return known.sha
  const row = db.prepare('SELECT original FROM articles WHERE id = ?').get(articleId) as { original: Buffer } | undefined
  const sha = originalSha256(row?.original ?? new Uint8Array())
  db.prepare('INSERT OR IGNORE INTO article_origins (article_id, original_sha256, record) VALUES (?, ?, NULL)').run(articleId, sha)
  return sha
}

/** Recomputes an article's clean text (and word count) from its raw text and active removals. */
export function rebuildCleanText(db: Database.Database, articleId: number): void {
  const row = db.prepare('SELECT raw_text AS rawText FROM articles WHERE id = ?').get(articleId) as { rawText: string }
  const active = db
    .prepare('SELECT start, "end" FROM removed_spans WHERE article_id = ? AND restored = 0 ORDER BY start')
    .all(articleId) as Array<{ start: number; end: number }>
  const clean = applyRemovals(row.rawText, active).text
  db.prepare('UPDATE articles SET clean_text = ?, word_count = ? WHERE id = ?').run(clean, countWords(clean), articleId)
}
