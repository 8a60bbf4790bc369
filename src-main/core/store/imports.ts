import type Database from 'better-sqlite3'
import type { ImportFileResult } from '../model'

export function createBatch(db: Database.Database, source: string, startedAt: string): number {
  return Number(db.prepare('INSERT INTO import_batches (started_at, source) VALUES (?, ?)').run(startedAt, source).lastInsertRowid)
}

/** Records one file's outcome so the import report can be shown again later. */
export function recordImportFile(db: Database.Database, batchId: number, r: ImportFileResult): void {
  db.prepare(
    `INSERT INTO import_files (batch_id, file, status, article_id, duplicate_of, error, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(batchId, r.file, r.status, r.articleId, r.duplicateOf, r.error, JSON.stringify(r.warnings))
}
