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
  /** The removal's id, to restore it (or remove it again). */
  id?: number
  /** Where the span sits in the clean text (restored spans: where they start there). */
  at?: number
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
  /** Removals the analyst restored: back in the clean text, each can be removed again. */
  restored?: RemovedText[]
  /** PDFs: where each page starts in the clean text, so notes can cite "p. 3". */
  pages?: PageStart[]
  /** Each clean-text paragraph (split on blank lines) with its detected language. */
  paragraphs?: ParagraphInfo[]
  /** For an article read from a bulk file (.jsonl/.json/.csv): its record number there. */
  record?: number | null
}

export interface PageStart {
  /** 1-based page number. */
  page: number
  /** Offset into the clean text where the page starts. */
  start: number
}

export interface ParagraphInfo {
  /** Offsets into the clean text. */
  start: number
  end: number
  /** ISO 639-1 code, or null when unknown. */
  language: string | null
  /** True when the paragraph is in another language than the article: an untranslated passage. */
  untranslated: boolean
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
  /** For one record of a bulk file (.jsonl/.json/.csv): its 1-based record number in that file. */
  record?: number
  /** A bulk file imported through the UI: one result per record (this result repeats the first). */
  records?: ImportFileResult[]
  /** A bulk file whose import was cancelled part-way: `records` holds those stored before. */
  cancelled?: boolean
}

export interface ImportReport {
  results: ImportFileResult[]
  imported: number
  duplicates: number
  failed: number
}

// Import history (store/import-history.ts): the Imports view's runs and their files.

/** One past import run (a batch): when, from where, and how its files ended. */
export interface ImportRunSummary {
  id: number
  /** ISO 8601 timestamp of the run's start. */
  startedAt: string
  /** 'ui' for files sent from the app window, 'files' for paths read from disk (CLI, demo). */
  source: string
  files: number
  imported: number
  duplicates: number
  failed: number
}

/** One file (or bulk record) of a run, as its report showed it. */
export interface ImportRunFile {
  id: number
  file: string
  status: ImportStatus
  articleId: number | null
  /** The article's current title, when it still exists. */
  articleTitle: string | null
  duplicateOf: number | null
  duplicateTitle: string | null
  error: string | null
  warnings: string[]
}

export interface ImportRunFiles {
  /** Files of the run matching the status filter; `files` may hold fewer (see `limit`). */
  total: number
  files: ImportRunFile[]
}
