/**
 * The shapes the workspace hands out: plain data, shared by the core, the hosts and (type-only)
 * the renderer.
 */
import type { RemovedKind, SourceFormat } from './ingest/types'

/** One row of the library table: no text, so 50,000 of them stay cheap. */
export interface ArticleSummary {
  id: number
  title: string
  outlet: string | null
  /** ISO 8601 date or null. */
  publishedAt: string | null
  url: string | null
  language: string | null
  sourceFile: string
  wordCount: number
  /** ISO 8601 timestamp of the import. */
  importedAt: string
}

export interface RemovedText {
  kind: RemovedKind
  text: string
  /** Offsets into the article's raw text. */
  start: number
  end: number
}

export interface Sentence {
  /** Offsets into the clean text. */
  start: number
  end: number
  text: string
}

export interface ArticleDetail extends ArticleSummary {
  format: SourceFormat
  encoding: string
  author: string | null
  /** Clean text: raw text less the removed spans, paragraphs separated by a blank line. */
  text: string
  rawText: string
  removed: RemovedText[]
  sentences: Sentence[]
  warnings: string[]
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed'

export interface ImportFileResult {
  /** The path (or relative name) as found. */
  file: string
  status: ImportStatus
  articleId: number | null
  /** For duplicates: the article this file repeats. */
  duplicateOf: number | null
  /** For failures: the specific reason, for a person to read. */
  error: string | null
  warnings: string[]
}

export interface ImportReport {
  results: ImportFileResult[]
  imported: number
  duplicates: number
  failed: number
}
