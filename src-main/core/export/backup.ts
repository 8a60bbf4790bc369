/**
 * One-file workspace backup and verified restore. A backup is a consistent SQLite copy (VACUUM
 * INTO) plus a manifest table with the schema version and per-table row counts; restore checks
 * the file (SQLite header, integrity_check, not newer than this app, counts as the manifest
 * says) and only then replaces the workspace's tables, in one transaction that also checks the
 * counts again, so a failed restore leaves the workspace as it was.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { DbFromFutureError } from '../store/errors'
import { LATEST_VERSION } from '../store/migrations'
import { openDatabase } from '../store/open'

const MANIFEST = 'crosscheck_backup'

/** The largest backup the browser host accepts as an upload (the CLI restores any size from disk). */
export const MAX_BACKUP_UPLOAD_BYTES = 1024 * 1024 * 1024
const HEADER = 'SQLite format 3\u0000'

/** A backup or restore the app refuses, with the reason for the analyst. */
export class BackupError extends Error {
  override name = 'BackupError'
}

export interface BackupReport {
  file: string
  schemaVersion: number
  createdAt: string
  /** Rows per table in the backup. */
  counts: Record<string, number>
  bytes: number
}

export interface RestoreReport {
  schemaVersion: number
  createdAt: string | null
  counts: Record<string, number>
}

/** The workspace's own tables (not SQLite's, not virtual ones), in name order. */
export function userTables(db: Database.Database, schema = 'main'): string[] {
  const rows = db
    .prepare(`SELECT name, sql FROM "${schema}".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as Array<{ name: string; sql: string | null }>
  return rows.filter((r) => !/^CREATE VIRTUAL/iu.test(r.sql ?? '') && r.name !== MANIFEST).map((r) => r.name)
}

function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/u.test(name)) throw new BackupError(`Unexpected table name "${name}".`)
  return `"${name}"`
}

export function tableCounts(db: Database.Database, schema = 'main'): Record<string, number> {
  const out: Record<string, number> = {}
  for (const t of userTables(db, schema)) {
    out[t] = (db.prepare(`SELECT count(*) AS n FROM "${schema}".${ident(t)}`).get() as { n: number }).n
  }
  return out
}

/** Writes a verified backup of `db` to `file` (replacing it only once the copy checked out). */
export function backupTo(db: Database.Database, file: string, now = new Date().toISOString()): BackupReport {
  const tmp = join(dirname(file), `.crosscheck-backup-${process.pid}-${Date.now()}.tmp`)
  try {
    // One statement, so the copy and the counts below see the same state (better-sqlite3 is synchronous).
    db.prepare('VACUUM INTO ?').run(tmp)
    const counts = tableCounts(db)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    const out = new Database(tmp)
    try {
      out.exec(`CREATE TABLE ${MANIFEST} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`)
      const put = out.prepare(`INSERT INTO ${MANIFEST} (key, value) VALUES (?, ?)`)
      put.run('format', 'crosscheck-backup-1')
      put.run('schemaVersion', String(schemaVersion))
      put.run('createdAt', now)
      put.run('counts', JSON.stringify(counts))
    } finally {
      out.close()
    }
    const check = verifyBackup(tmp)
    renameSync(tmp, file)
    return { file, schemaVersion, createdAt: now, counts: check.counts, bytes: readFileSync(file).length }
  } finally {
    rmSync(tmp, { force: true })
  }
}

/** A backup as bytes (for hosts that hand the file to the analyst rather than write it). */
export function backupBytes(db: Database.Database, now?: string): BackupReport & { data: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-backup-'))
  try {
    const report = backupTo(db, join(dir, 'workspace.crosscheck'), now)
    return { ...report, data: new Uint8Array(readFileSync(report.file)) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Checks a backup file without changing it: a SQLite file, intact, not from a newer app, and
 * (when it carries a manifest) holding exactly the rows the manifest counted.
 */
export function verifyBackup(file: string): RestoreReport {
  const head = readFileSync(file).subarray(0, 16).toString('latin1')
  if (head !== HEADER) throw new BackupError('This file is not a Crosscheck backup (not an SQLite database).')
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string
    if (integrity !== 'ok') throw new BackupError(`The backup is damaged (${integrity}). Nothing was restored.`)
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (schemaVersion > LATEST_VERSION) throw new DbFromFutureError(schemaVersion, LATEST_VERSION)
    if (!userTables(db).includes('articles')) throw new BackupError('This file is not a Crosscheck workspace (it has no articles table).')
    const counts = tableCounts(db)
    const hasManifest = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MANIFEST) !== undefined
    let createdAt: string | null = null
    if (hasManifest) {
      const m = new Map((db.prepare(`SELECT key, value FROM ${MANIFEST}`).all() as Array<{ key: string; value: string }>).map((r) => [r.key, r.value]))
      createdAt = m.get('createdAt') ?? null
      const expected = JSON.parse(m.get('counts') ?? '{}') as Record<string, number>
      for (const [table, n] of Object.entries(expected)) {
        if (counts[table] !== n) throw new BackupError(`The backup is incomplete: table ${table} has ${counts[table] ?? 0} rows, the manifest says ${n}.`)
      }
    }
    return { schemaVersion, createdAt, counts }
  } finally {
    db.close()
  }
}

/**
 * Replaces everything in `db` with the backup in `file`, after verifying it. The backup is first
 * brought to this app's schema (on a private copy), then copied table by table in one
 * transaction; the row counts must match or nothing changes.
 */
export function restoreFrom(db: Database.Database, file: string): RestoreReport {
  const report = verifyBackup(file)
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-restore-'))
  const copy = join(dir, 'restore.sqlite')
  try {
    const src = new Database(file, { readonly: true })
    try {
      src.prepare('VACUUM INTO ?').run(copy)
    } finally {
      src.close()
    }
    // Older schema: migrate the private copy, never the analyst's file.
    const migrated = openDatabase(copy)
    const counts = tableCounts(migrated)
    migrated.pragma('journal_mode = DELETE')
    migrated.close()
    db.prepare('ATTACH DATABASE ? AS restore_src').run(copy)
    try {
      const tables = userTables(db).filter((t) => userTables(db, 'restore_src').includes(t))
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON')
        // A restore is an exact copy: triggers that note changes (search's and clusters' dirty
        // lists) would add rows of their own and collide with the backup's, so they sleep meanwhile.
        const triggers = db.prepare("SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger'").all() as Array<{ name: string; sql: string }>
        for (const t of triggers) db.exec(`DROP TRIGGER main.${ident(t.name)}`)
        for (const t of userTables(db)) db.prepare(`DELETE FROM main.${ident(t)}`).run()
        for (const t of tables) {
          const cols = (db.prepare(`PRAGMA main.table_info(${ident(t)})`).all() as Array<{ name: string }>).map((c) => `"${c.name.replace(/"/gu, '""')}"`)
          db.prepare(`INSERT INTO main.${ident(t)} (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM restore_src.${ident(t)}`).run()
        }
        for (const t of triggers) db.exec(t.sql)
        const after = tableCounts(db)
        for (const t of tables) {
          if (after[t] !== counts[t]) throw new BackupError(`Restore stopped: table ${t} would have ${after[t]} rows, the backup has ${counts[t]}. Nothing was changed.`)
        }
        const fk = db.pragma('foreign_key_check') as unknown[]
        if (fk.length) throw new BackupError(`Restore stopped: the backup has ${fk.length} broken references. Nothing was changed.`)
      })()
    } finally {
      db.prepare('DETACH DATABASE restore_src').run()
    }
    return { ...report, counts: tableCounts(db) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Restores from bytes (the browser host's upload). */
export function restoreFromBytes(db: Database.Database, data: Uint8Array): RestoreReport {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-upload-'))
  try {
    const file = join(dir, 'upload.crosscheck')
    writeFileSync(file, data)
    return restoreFrom(db, file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

