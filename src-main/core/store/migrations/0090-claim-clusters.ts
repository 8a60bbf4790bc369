/**
 * A summary row per cross-source claim cluster, so listing clusters reads one small table instead
 * of regrouping every claim; the clustering features of each claim, so reopening a workspace
 * rebuilds the clusterer's index without re-reading claim texts. Triggers put a cluster on the
 * dirty list whenever something its summary shows changes; the claims service refreshes dirty
 * clusters before it lists them.
 */
export const version = 90

export const sql = `
-- Clustering features, one per line: a kind letter (w word, e entity, u unit, c count, f figure) then the key.
ALTER TABLE claims ADD COLUMN features TEXT;

CREATE TABLE claim_clusters (
  -- claims.cluster_id: the id of the claim that started the cluster.
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  claim_ids TEXT NOT NULL,
  article_ids TEXT NOT NULL,
  article_count INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  first_article_id INTEGER NOT NULL,
  -- JSON Conflict[] without their resolutions (those are read from conflict_resolutions).
  conflicts TEXT NOT NULL,
  conflict_count INTEGER NOT NULL
) STRICT;
CREATE INDEX claim_clusters_order ON claim_clusters(independent_sources DESC, article_count DESC, id);

CREATE TABLE claim_clusters_dirty (cluster_id INTEGER PRIMARY KEY) STRICT;
INSERT OR IGNORE INTO claim_clusters_dirty SELECT DISTINCT cluster_id FROM claims;

CREATE TRIGGER claim_clusters_dirty_insert AFTER INSERT ON claims BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty VALUES (NEW.cluster_id);
END;
CREATE TRIGGER claim_clusters_dirty_delete AFTER DELETE ON claims BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty VALUES (OLD.cluster_id);
END;
CREATE TRIGGER claim_clusters_dirty_update AFTER UPDATE OF cluster_id, text, quantities, article_id ON claims BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty VALUES (OLD.cluster_id);
  INSERT OR IGNORE INTO claim_clusters_dirty VALUES (NEW.cluster_id);
END;
-- Only rejection takes a claim out of its cluster's summary: accepting one changes nothing there.
CREATE TRIGGER claim_clusters_dirty_review AFTER UPDATE OF review ON claims
WHEN (OLD.review = 'rejected') <> (NEW.review = 'rejected') BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty VALUES (NEW.cluster_id);
END;
CREATE TRIGGER claim_clusters_dirty_article AFTER UPDATE OF outlet, published_at, title ON articles BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty SELECT cluster_id FROM claims WHERE article_id = NEW.id;
END;
-- Copies count once among independent sources.
CREATE TRIGGER claim_clusters_dirty_copy_insert AFTER INSERT ON copies BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty SELECT cluster_id FROM claims WHERE article_id IN (NEW.copy_id, NEW.original_id);
END;
CREATE TRIGGER claim_clusters_dirty_copy_delete AFTER DELETE ON copies BEGIN
  INSERT OR IGNORE INTO claim_clusters_dirty SELECT cluster_id FROM claims WHERE article_id IN (OLD.copy_id, OLD.original_id);
END;
`
