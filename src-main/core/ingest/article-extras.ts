/**
 * What real-world ingestion adds to an article's detail: removals with ids (so each can be
 * restored), restored ones, PDF pages and paragraph languages in clean-text offsets.
 */
import type Database from 'better-sqlite3'
import type { ArticleDetail, RemovedText } from '../model'
import { applyRemovals, rawToClean, type CleanMapEntry } from './clean-text'
import { paragraphLanguages } from './paragraph-languages'
import { originOf, pageStarts, spansOf } from './provenance-store'

/** The detail with removals split into active and restored, and pages and paragraph languages added. */
export function withIngestDetail(db: Database.Database, detail: ArticleDetail): ArticleDetail {
  const spans = spansOf(db, detail.id)
  const active = spans.filter((s) => !s.restored)
  const { map } = applyRemovals(detail.rawText, active)
  const toText = (s: (typeof spans)[number]): RemovedText => ({
    id: s.id, kind: s.kind, start: s.start, end: s.end, text: detail.rawText.slice(s.start, s.end), at: rawToClean(map, s.start),
  })
  const pages = inClean(pageStarts(db, detail.id), map)
  return {
    ...detail,
    removed: active.map(toText),
    restored: spans.filter((s) => s.restored).map(toText),
    pages,
    paragraphs: paragraphLanguages(detail.text, detail.language),
    record: originOf(db, detail.id)?.record ?? null,
  }
}

/**
 * The page (1-based) a clean-text offset falls on, or null for articles without pages. Text
 * before the first page's start (a cleaned-away cover line) counts as the first page.
 */
export function pageAt(pages: ReadonlyArray<{ page: number; start: number }>, cleanOffset: number): number | null {
  let found: number | null = null
  for (const p of pages) if (p.start <= cleanOffset) found = p.page
  return found ?? pages[0]?.page ?? null
}

/** Where each page of a PDF article starts in its clean text; empty for other articles. */
export function cleanPageStarts(db: Database.Database, articleId: number): Array<{ page: number; start: number }> {
  const starts = pageStarts(db, articleId)
  if (starts.length === 0) return []
  const row = db.prepare('SELECT raw_text AS raw FROM articles WHERE id = ?').get(articleId) as { raw: string } | undefined
  if (!row) return []
  return inClean(starts, applyRemovals(row.raw, spansOf(db, articleId).filter((s) => !s.restored)).map)
}

function inClean(rawStarts: readonly number[], map: readonly CleanMapEntry[]): Array<{ page: number; start: number }> {
  return rawStarts.map((raw, i) => ({ page: i + 1, start: rawToClean(map, raw) }))
}
