/**
 * Search catches up with writes it did not see: triggers note every article whose indexed text
 * changes (the article itself, its annotation notes, its claims' tags), whoever writes it (the
 * app, the CLI, a script), and the search service re-indexes just those on its next start or
 * search. Segment positions get their own column, read on the first phrase query only.
 */
export const version = 80

export const sql = `
-- AUTOINCREMENT: a seq is never reused once rows are cleared, so "handled up to seq" stays true.
CREATE TABLE search_dirty (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  article_id INTEGER NOT NULL
) STRICT;

ALTER TABLE index_segments ADD COLUMN positions BLOB;

CREATE TRIGGER search_dirty_article_insert AFTER INSERT ON articles
BEGIN INSERT INTO search_dirty (article_id) VALUES (NEW.id); END;
CREATE TRIGGER search_dirty_article_update AFTER UPDATE OF title, outlet, clean_text, language ON articles
BEGIN INSERT INTO search_dirty (article_id) VALUES (NEW.id); END;
CREATE TRIGGER search_dirty_article_delete AFTER DELETE ON articles
BEGIN INSERT INTO search_dirty (article_id) VALUES (OLD.id); END;

CREATE TRIGGER search_dirty_note_insert AFTER INSERT ON annotations
BEGIN INSERT INTO search_dirty (article_id) VALUES (NEW.article_id); END;
CREATE TRIGGER search_dirty_note_update AFTER UPDATE OF note, article_id ON annotations
BEGIN
  INSERT INTO search_dirty (article_id) VALUES (NEW.article_id);
  INSERT INTO search_dirty (article_id) SELECT OLD.article_id WHERE OLD.article_id <> NEW.article_id;
END;
CREATE TRIGGER search_dirty_note_delete AFTER DELETE ON annotations
BEGIN INSERT INTO search_dirty (article_id) VALUES (OLD.article_id); END;

-- Tags reach the index through claims; a claim's row may already be gone when a cascade runs,
-- hence the SELECTs (no row rather than a NULL) and the claim trigger that fires before it goes.
CREATE TRIGGER search_dirty_claim_tag_insert AFTER INSERT ON claim_tags
BEGIN INSERT INTO search_dirty (article_id) SELECT article_id FROM claims WHERE id = NEW.claim_id; END;
CREATE TRIGGER search_dirty_claim_tag_delete AFTER DELETE ON claim_tags
BEGIN INSERT INTO search_dirty (article_id) SELECT article_id FROM claims WHERE id = OLD.claim_id; END;
CREATE TRIGGER search_dirty_tagged_claim_delete BEFORE DELETE ON claims
WHEN EXISTS (SELECT 1 FROM claim_tags WHERE claim_id = OLD.id)
BEGIN INSERT INTO search_dirty (article_id) VALUES (OLD.article_id); END;
CREATE TRIGGER search_dirty_tag_rename AFTER UPDATE OF name ON tags
BEGIN
  INSERT INTO search_dirty (article_id)
  SELECT DISTINCT c.article_id FROM claim_tags ct JOIN claims c ON c.id = ct.claim_id WHERE ct.tag_id = NEW.id;
END;
`
