/** Claims found in articles, the analyst's tags, cross-source clusters and resolved conflicts. */
export const version = 30

export const sql = `
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  -- UTF-16 offsets into articles.clean_text, half-open.
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('quantity', 'quote', 'attribution', 'event', 'manual')),
  -- Suggestions stay suggestions until the analyst accepts them.
  review TEXT NOT NULL DEFAULT 'suggested' CHECK (review IN ('suggested', 'accepted', 'rejected')),
  status TEXT NOT NULL DEFAULT 'unverified' CHECK (status IN ('unverified', 'corroborated', 'disputed', 'false')),
  origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'manual')),
  edited INTEGER NOT NULL DEFAULT 0,
  -- JSON, derived from text; kept so lists need no recomputation.
  quantities TEXT NOT NULL DEFAULT '[]',
  entities TEXT NOT NULL DEFAULT '[]',
  attribution TEXT,
  -- The cluster is named by the id of the claim that started it.
  cluster_id INTEGER NOT NULL DEFAULT 0,
  CHECK (start >= 0 AND "end" > start)
) STRICT;
CREATE INDEX claims_article ON claims(article_id, start);
CREATE INDEX claims_cluster ON claims(cluster_id);

-- Articles whose claims have been extracted (also those with none), so extraction runs once.
CREATE TABLE claims_extracted (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  extracted_at TEXT NOT NULL
) STRICT;

CREATE TABLE tags (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  color TEXT NOT NULL
) STRICT;

CREATE TABLE claim_tags (
  claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, tag_id)
) STRICT;
CREATE INDEX claim_tags_tag ON claim_tags(tag_id);

CREATE TABLE conflict_resolutions (
  cluster_id INTEGER NOT NULL,
  quantity TEXT NOT NULL,
  note TEXT NOT NULL,
  resolved_at TEXT NOT NULL,
  PRIMARY KEY (cluster_id, quantity)
) STRICT;
`
