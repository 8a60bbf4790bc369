/** Articles with their original bytes, the decoded raw text, and what cleaning removed. */
export const version = 10

export const sql = `
CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  source TEXT NOT NULL
) STRICT;

CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  outlet TEXT,
  published_at TEXT,
  url TEXT,
  author TEXT,
  language TEXT,
  source_file TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  -- The file exactly as it arrived: cleaning and decoding can always be redone from here.
  original BLOB NOT NULL,
  raw_text TEXT NOT NULL,
  -- Derived from raw_text and removed_spans; kept so reads and search need no recomputation.
  clean_text TEXT NOT NULL,
  -- sha256 of the normalised clean text: the identity used to spot exact duplicates.
  content_hash TEXT NOT NULL UNIQUE,
  word_count INTEGER NOT NULL,
  warnings TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
) STRICT;

CREATE TABLE removed_spans (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  -- UTF-16 offsets into articles.raw_text, half-open.
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  CHECK (start >= 0 AND "end" > start)
) STRICT;
CREATE INDEX removed_spans_article ON removed_spans(article_id, start);

-- One row per file of every import, so the report can be shown again later.
CREATE TABLE import_files (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  file TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('imported', 'duplicate', 'failed')),
  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  error TEXT,
  warnings TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX import_files_batch ON import_files(batch_id);
`
