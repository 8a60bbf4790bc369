/**
 * Every threshold of the real-world ingestion features (spam splices, PDFs, bulk files) in one
 * place; tests/unit/ingest/tunables.test.ts shows why each has its value.
 */

/** Largest bulk file (.jsonl/.json/.csv) accepted: it is streamed, so this guards disk, not memory. */
export const MAX_BULK_BYTES = 2 * 1024 * 1024 * 1024

/** Largest single record in a bulk file; one record is one article, so the article limit applies. */
export const MAX_RECORD_CHARS = 20 * 1024 * 1024

/**
 * Texts longer than this (UTF-16 units) are not scanned for spam splices: news articles are far
 * shorter, and a 5 MB one-line dump must stay cheap to read.
 */
export const MAX_SPAM_SCAN_CHARS = 1_000_000

/** Most words a spliced-in phrase spans ("buy weed online canada" is 4; ad runs are short). */
export const MAX_SPLICE_WORDS = 6

/**
 * A word from a detected splice that the article uses more often than this elsewhere is the
 * article's own topic, not spam, so its other occurrences are left alone.
 */
export const MAX_SPAM_WORD_RECURRENCE = 3

/** Shortest word treated as spam vocabulary when it recurs; shorter words are too common to judge. */
export const MIN_SPAM_WORD_LENGTH = 4

/**
 * A spam phrase learned in the workspace that is one word long is looked for in other articles
 * only once it was spliced into this many articles: one word alone ("canada") is too often real.
 */
export const KNOWN_SPAM_MIN_ARTICLES_FOR_ONE_WORD = 2

/** A PDF whose pages hold fewer letters than this in total has no usable text layer (scanned). */
export const MIN_PDF_LETTERS = 20

/** Pages read from one PDF; longer documents are books, and the worker's time limit would end them. */
export const MAX_PDF_PAGES = 2000

/**
 * Two PDF lines belong to one paragraph when the baseline gap is at most this many times the
 * page's usual line gap; a larger gap is a paragraph break.
 */
export const PDF_PARAGRAPH_GAP = 1.4

/** A header or footer line repeats on at least this share of pages (and on 3 pages at least). */
export const PDF_FURNITURE_SHARE = 0.5

/** Paragraphs shorter than this (letters) get no language of their own: detection is noise there. */
export const MIN_PARAGRAPH_LETTERS = 60
