import type Database from 'better-sqlite3'
import type { RemovedSpan, SourceFormat } from '../ingest/types'
import type { ArticleSummary } from '../model'

/** Everything the store keeps for one article. */
export interface NewArticle {
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  author: string | null
  language: string | null
  sourceFile: string
  format: SourceFormat
  encoding: string
  original: Uint8Array
  rawText: string
  cleanText: string
  contentHash: string
  wordCount: number
  warnings: string[]
  importedAt: string
  batchId: number | null
  removed: RemovedSpan[]
}

export interface ArticleRow extends ArticleSummary {
  format: SourceFormat
  encoding: string
  author: string | null
  rawText: string
  cleanText: string
  warnings: string[]
}

const SUMMARY_COLUMNS = `id, title, outlet, published_at AS publishedAt, url, language,
  source_file AS sourceFile, word_count AS wordCount, imported_at AS importedAt`

/** Inserts an article and its removed spans; call inside a transaction. Returns the new id. */
export function insertArticle(db: Database.Database, a: NewArticle): number {
  const info = db
    .prepare(
      `INSERT INTO articles (title, outlet, published_at, url, author, language, source_file, format, encoding,
        original, raw_text, clean_text, content_hash, word_count, warnings, imported_at, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      a.title, a.outlet, a.publishedAt, a.url, a.author, a.language, a.sourceFile, a.format, a.encoding,
      Buffer.from(a.original.buffer, a.original.byteOffset, a.original.byteLength),
      a.rawText, a.cleanText, a.contentHash, a.wordCount, JSON.stringify(a.warnings), a.importedAt, a.batchId,
    )
  const id = Number(info.lastInsertRowid)
  const span = db.prepare('INSERT INTO removed_spans (article_id, kind, start, "end") VALUES (?, ?, ?, ?)')
  for (const r of a.removed) span.run(id, r.kind, r.start, r.end)
  return id
}

export function findArticleByHash(db: Database.Database, contentHash: string): number | null {
  const row = db.prepare('SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as { id: number } | undefined
  return row?.id ?? null
}

/** Every article's summary, read from the covering index articles_summary (migration 0100), not the table. */
export const LIST_ARTICLES_SQL = `SELECT ${SUMMARY_COLUMNS} FROM articles ORDER BY id`

export function listArticles(db: Database.Database): ArticleSummary[] {
  return db.prepare(LIST_ARTICLES_SQL).all() as ArticleSummary[]
}

export function countArticles(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
}

export function getArticleRow(db: Database.Database, id: number): ArticleRow | null {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, format, encoding, author, raw_text AS rawText, clean_text AS cleanText, warnings
       FROM articles WHERE id = ?`,
    )
    .get(id) as (Omit<ArticleRow, 'warnings'> & { warnings: string }) | undefined
  if (!row) return null
  return { ...row, warnings: JSON.parse(row.warnings) as string[] }
}

export function getOriginalBytes(db: Database.Database, id: number): Buffer | null {
  const row = db.prepare('SELECT original FROM articles WHERE id = ?').get(id) as { original: Buffer } | undefined
  return row?.original ?? null
}

export function getRemovedSpans(db: Database.Database, articleId: number): RemovedSpan[] {
  return db
    .prepare('SELECT kind, start, "end" FROM removed_spans WHERE article_id = ? ORDER BY start')
    .all(articleId) as RemovedSpan[]
}

export function getArticleTitle(db: Database.Database, id: number): string | null {
  const row = db.prepare('SELECT title FROM articles WHERE id = ?').get(id) as { title: string } | undefined
  return row?.title ?? null
}

/**
 * Articles an import committed whose derived data (claims, copy signatures) it never wrote: each
 * article is stored in its own transaction and the derived data follows at the end of the run,
 * so a run that was killed in between leaves these behind.
 */
export function unfinishedArticles(db: Database.Database): number[] {
  return db
    .prepare(
      `SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM claims_extracted)
         OR id NOT IN (SELECT article_id FROM copy_signatures) ORDER BY id`,
    )
    .pluck()
    .all() as number[]
}
