/** Copy detection: MinHash signatures, LSH buckets for candidate lookup, and verified copy edges. */
export const version = 40

export const sql = `
CREATE TABLE copy_signatures (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  -- TUNABLES.minhashSize little-endian uint32 values.
  minhash BLOB NOT NULL
) STRICT;

-- One row per article and LSH band: articles sharing (band, bucket) are copy candidates.
CREATE TABLE copy_buckets (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX copy_buckets_article ON copy_buckets(article_id);

-- A verified copy: copy_id repeats original_id (the earlier-dated of the two).
CREATE TABLE copies (
  copy_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  original_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('duplicate', 'near_duplicate', 'spun_copy')),
  similarity REAL NOT NULL,
  -- Share of the copy's sentences found in the original.
  share REAL NOT NULL,
  PRIMARY KEY (copy_id, original_id),
  CHECK (copy_id <> original_id)
) STRICT;
CREATE INDEX copies_original ON copies(original_id);
`
