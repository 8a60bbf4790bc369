/**
 * What a reader hands to the store: the decoded text exactly as found, and the spans that
 * cleaning would hide. Cleaning is a view over `rawText`, never a rewrite, so every removal
 * can be shown and undone.
 */

/** Why a span was removed from the clean text. */
export type RemovedKind =
  | 'navigation' // breadcrumbs, menus, site banners
  | 'comments' // comment forms and "no comments" notices
  | 'related' // "you may also like" lists and teasers
  | 'share' // share / subscribe / ad-block / ad notices
  | 'link' // "source link", bare tracking and aggregator URLs
  | 'footer' // blog footers, often in another language
  | 'metadata' // date lines, bylines and ids that became metadata
  | 'title' // the title line, shown as the title instead
  | 'duplicate' // a line repeated verbatim (e.g. the title printed twice)
  | 'boilerplate' // anything else the extractor left out
  | 'spam' // phrases spliced into the article's own sentences

export const REMOVED_KINDS: readonly RemovedKind[] = [
  'navigation', 'comments', 'related', 'share', 'link', 'footer', 'metadata', 'title', 'duplicate', 'boilerplate', 'spam',
]

/** A half-open range [start, end) of `rawText` that the clean text leaves out. */
export interface RemovedSpan {
  kind: RemovedKind
  start: number
  end: number
}

export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'eml' | BulkFormat

/** Files that hold many articles, one per record. */
export type BulkFormat = 'jsonl' | 'json' | 'csv'

/** The result of reading one file. Offsets in `removed` are UTF-16 offsets into `rawText`. */
export interface ParsedArticle {
  format: SourceFormat
  /** Name of the encoding the bytes were decoded from, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string
  /**
   * The decoded text. For plain text and Markdown: the file's characters with the BOM dropped and
   * CRLF/CR turned into LF. For HTML: the page's visible text, one block per line.
   */
  rawText: string
  /** Sorted, non-overlapping spans that cleaning removes. */
  removed: RemovedSpan[]
  title: string
  outlet: string | null
  /** ISO 8601 date (YYYY-MM-DD), or null when nothing trustworthy was found. */
  publishedAt: string | null
  url: string | null
  author: string | null
  /** ISO 639-1 code when detected with confidence, else null. */
  language: string | null
  /** Things the analyst should know about this file that did not stop the import. */
  warnings: string[]
  /** PDFs: the raw-text offset where each page starts (page n at index n - 1), so notes can cite "p. 3". */
  pages?: number[]
}

/** An error that belongs to one file: its message is shown to the analyst as the reason. */
export class IngestError extends Error {
  override name = 'IngestError'
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export type IngestErrorCode =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'unsupported'
  | 'unreadable'
  | 'parse_failed'
  | 'timeout'
  | 'out_of_memory'
  | 'no_text'
  | 'encrypted'
  | 'scanned'
  | 'corrupt'

/** Largest file accepted as one article; checked before a byte is read. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024
