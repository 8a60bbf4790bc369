/**
 * Real-world ingestion: PDF page offsets, where each article came from (the sha256 of its original
 * bytes, and its record number in a bulk file), removals the analyst restored, and the analyst's
 * corrections of metadata, both keyed by the original's sha256 so they survive a re-import.
 */
export const version = 50

export const sql = `
ALTER TABLE removed_spans ADD COLUMN restored INTEGER NOT NULL DEFAULT 0 CHECK (restored IN (0, 1));

CREATE TABLE article_pages (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  page INTEGER NOT NULL CHECK (page >= 1),
  -- UTF-16 offset into articles.raw_text where the page starts.
  raw_start INTEGER NOT NULL CHECK (raw_start >= 0),
  PRIMARY KEY (article_id, page)
) STRICT;

CREATE TABLE article_origins (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  original_sha256 TEXT NOT NULL,
  -- 1-based record number inside a bulk file (.jsonl/.json/.csv); NULL for a single-article file.
  record INTEGER
) STRICT;
CREATE INDEX article_origins_sha ON article_origins(original_sha256);

CREATE TABLE metadata_corrections (
  original_sha256 TEXT NOT NULL,
  field TEXT NOT NULL CHECK (field IN ('title', 'outlet', 'publishedAt', 'url', 'author', 'language')),
  value TEXT,
  corrected_at TEXT NOT NULL,
  PRIMARY KEY (original_sha256, field)
) STRICT;

CREATE TABLE span_restorations (
  original_sha256 TEXT NOT NULL,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  PRIMARY KEY (original_sha256, start, "end")
) STRICT;
`
