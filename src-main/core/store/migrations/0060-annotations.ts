/**
 * The analyst's annotations: highlights with a note, tags and links to claims, anchored by W3C
 * Web Annotation selectors (TextQuote + TextPosition) against the article's clean text, and the
 * workspace's colour meanings ("red = disputed").
 */
export const version = 60

export const sql = `
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  -- Stable identity for exports (urn:uuid:...), kept through backup and restore.
  uuid TEXT NOT NULL UNIQUE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  -- TextQuoteSelector as the analyst made it: the quote stays even when the text moves on.
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  -- TextPositionSelector: UTF-16 offsets into articles.clean_text, half-open; the current anchor.
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  state TEXT NOT NULL DEFAULT 'anchored' CHECK (state IN ('anchored', 'moved', 'orphaned')),
  -- How well the current anchor matches the selectors (1 = exact quote in its context).
  score REAL NOT NULL DEFAULT 1,
  colour TEXT NOT NULL CHECK (colour IN ('yellow', 'green', 'blue', 'red', 'purple')),
  -- Markdown; read by the search index (core/search/store.ts notes hook).
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (start >= 0 AND "end" >= start)
) STRICT;
CREATE INDEX annotations_article ON annotations(article_id, start);

CREATE TABLE annotation_tags (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  tag TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (annotation_id, tag)
) STRICT;
CREATE INDEX annotation_tags_tag ON annotation_tags(tag);

-- No foreign key: a claim may be re-extracted; links to claims that are gone are dropped on read.
CREATE TABLE annotation_claims (
  annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
  claim_id INTEGER NOT NULL,
  PRIMARY KEY (annotation_id, claim_id)
) STRICT;

CREATE TABLE colour_meanings (
  colour TEXT PRIMARY KEY CHECK (colour IN ('yellow', 'green', 'blue', 'red', 'purple')),
  -- The tag a highlight in this colour stands for.
  tag TEXT NOT NULL
) STRICT;
`
