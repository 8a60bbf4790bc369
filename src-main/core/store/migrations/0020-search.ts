/** Persisted search index: one row per immutable segment (see core/search/segment.ts). */
export const version = 20

export const sql = `
CREATE TABLE index_segments (
  id INTEGER PRIMARY KEY,
  -- core/search/tunables.ts ANALYZER_VERSION at build time: other versions are rebuilt.
  analyzer INTEGER NOT NULL,
  doc_count INTEGER NOT NULL,
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
`
