import type Database from 'better-sqlite3'
import type { ImportRunFile, ImportRunFiles, ImportRunSummary, ImportStatus } from '../model'

/** Every run, newest first, with per-status counts. */
export function listImportRuns(db: Database.Database): ImportRunSummary[] {
  return db
    .prepare(
      `SELECT b.id, b.started_at AS startedAt, b.source,
              COUNT(f.id) AS files,
              COALESCE(SUM(f.status = 'imported'), 0) AS imported,
              COALESCE(SUM(f.status = 'duplicate'), 0) AS duplicates,
              COALESCE(SUM(f.status = 'failed'), 0) AS failed
         FROM import_batches b LEFT JOIN import_files f ON f.batch_id = b.id
        GROUP BY b.id
       HAVING COUNT(f.id) > 0
        ORDER BY b.started_at DESC, b.id DESC`,
    )
    .all() as ImportRunSummary[]
}

interface FileRow extends Omit<ImportRunFile, 'warnings'> {
  warnings: string
}

/** A run's files in import order; null when there is no such run. */
export function importRunFiles(
  db: Database.Database,
  runId: number,
  options: { status?: ImportStatus; limit: number },
): ImportRunFiles | null {
  if (!db.prepare('SELECT 1 FROM import_batches WHERE id = ?').get(runId)) return null
  const where = options.status ? 'f.batch_id = ? AND f.status = ?' : 'f.batch_id = ?'
  const params: (number | string)[] = options.status ? [runId, options.status] : [runId]
  const { n } = db.prepare(`SELECT COUNT(*) AS n FROM import_files f WHERE ${where}`).get(...params) as { n: number }
  const rows = db
    .prepare(
      `SELECT f.id, f.file, f.status, f.article_id AS articleId, a.title AS articleTitle,
              f.duplicate_of AS duplicateOf, d.title AS duplicateTitle, f.error, f.warnings
         FROM import_files f
         LEFT JOIN articles a ON a.id = f.article_id
         LEFT JOIN articles d ON d.id = f.duplicate_of
        WHERE ${where}
        ORDER BY f.id
        LIMIT ?`,
    )
    .all(...params, options.limit) as FileRow[]
  return { total: n, files: rows.map((r) => ({ ...r, warnings: parseWarnings(r.warnings) })) }
}

function parseWarnings(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : []
  } catch {
    return []
  }
}
