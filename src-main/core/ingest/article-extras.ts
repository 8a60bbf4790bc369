/**
 * What real-world ingestion adds to an article's detail: removals with ids (so each can be
 * restored), restored ones, PDF pages and paragraph languages in clean-text offsets.
 */
import type Database from 'better-sqlite3'
import type { ArticleDetail, RemovedText } from '../model'
import { applyRemovals, rawToClean } from './clean-text'
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
  const pages = pageStarts(db, detail.id).map((raw, i) => ({ page: i + 1, start: rawToClean(map, raw) }))
  return {
    ...detail,
    removed: active.map(toText),
    restored: spans.filter((s) => s.restored).map(toText),
    pages,
    paragraphs: paragraphLanguages(detail.text, detail.language),
    record: originOf(db, detail.id)?.record ?? null,
  }
}

/** The page (1-based) a clean-text offset falls on, or null for articles without pages. */
export function pageAt(pages: ReadonlyArray<{ page: number; start: number }>, cleanOffset: number): number | null {
  let found: number | null = null
  for (const p of pages) if (p.start <= cleanOffset) found = p.page
  return found
}
