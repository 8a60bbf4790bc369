import { accessSync, closeSync, constants, existsSync, openSync, readSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { DbCorruptError, DbForeignError, DbFromFutureError, DbIsBackupError, DbNotADatabaseError, DbReadOnlyError } from './errors'
import { immediateTransactions } from './immediate'
import { migrate } from './migrate'
import { LATEST_VERSION } from './migrations'
import { CROSSCHECK_APPLICATION_ID } from './migrations/0070-workspace-meta'

export interface OpenOptions {
  readonly?: boolean
  /** Path to a better_sqlite3.node built for another ABI (Electron's). */
  nativeBinding?: string
  /** Refuse to create the file when it does not exist (opening, as opposed to creating). */
  mustExist?: boolean
  /** Accept a backup file (only the restore's private copy of one). */
  allowBackup?: boolean
  /** Skip the integrity check of a big file: the caller runs it in the background (see integrity.ts). */
  checkLater?: boolean
}

/** The table a backup carries its manifest in (see core/export/backup.ts). */
export const BACKUP_MANIFEST_TABLE = 'crosscheck_backup'

const SQLITE_HEADER = 'SQLite format 3\u0000'

/**
 * Opens (or creates) a workspace file with the settings analyst work needs: WAL for readers
 * beside the writer, foreign keys, and synchronous=FULL because hand-typed work must survive
 * a power cut (better-sqlite3 leaves WAL at NORMAL, which can lose the last commits).
 * A file that is not a Crosscheck workspace, or one from a newer app, is refused before anything
 * is written to it (even switching to WAL rewrites the header).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  if (!options.readonly) checkWritable(file)
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.mustExist ?? options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    checkIdentity(db, options.allowBackup ?? false)
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
      immediateTransactions(db)
    }
    if (!options.checkLater) {
      const check = db.pragma('quick_check', { simple: true }) as string
      if (check !== 'ok') throw new DbCorruptError(check)
    }
    if (!options.readonly) migrate(db)
    return db
  } catch (error) {
    db.close()
    if (error instanceof Error && /file is not a database/i.test(error.message)) {
      throw hasSqliteHeader(file) ? new DbCorruptError(error.message) : new DbNotADatabaseError()
    }
    if (error instanceof Error && /malformed|SQLITE_CORRUPT/i.test(`${error.message} ${codeOf(error)}`)) {
      throw new DbCorruptError(error.message)
    }
    throw error
  }
}

/** Reads only the header and schema table: a new file, a Crosscheck workspace, or refused. */
function checkIdentity(db: Database.Database, allowBackup: boolean): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > LATEST_VERSION) throw new DbFromFutureError(version, LATEST_VERSION)
  const appId = db.pragma('application_id', { simple: true }) as number
  if (appId !== 0 && appId !== CROSSCHECK_APPLICATION_ID) throw new DbForeignError(`application id ${appId}`)
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]
  // A brand-new file has no tables yet; a Crosscheck workspace older than the application id has articles.
  if (version === 0 && tables.length > 0) throw new DbForeignError(`tables ${tables.slice(0, 3).join(', ')}`)
  if (version > 0 && appId === 0 && !tables.includes('articles')) throw new DbForeignError('no articles table')
  if (!allowBackup && tables.includes(BACKUP_MANIFEST_TABLE)) throw new DbIsBackupError()
}

/**
 * SQLite silently falls back to read-only on a file it cannot write, and WAL needs files beside
 * it: both would surface later as a failed save, so they are refused up front.
 */
function checkWritable(file: string): void {
  const writable = (p: string): boolean => {
    try {
      accessSync(p, constants.W_OK)
      return true
    } catch {
      return false
    }
  }
  const dir = dirname(file)
  if (existsSync(dir) && !writable(dir)) throw new DbReadOnlyError('folder')
  if (existsSync(file) && !writable(file)) throw new DbReadOnlyError('file')
}

function hasSqliteHeader(file: string): boolean {
  try {
    const fd = openSync(file, 'r')
    try {
      const head = Buffer.alloc(16)
      readSync(fd, head, 0, 16, 0)
      return head.toString('latin1') === SQLITE_HEADER
    } finally {
      closeSync(fd)
    }
  } catch {
    return false
  }
}

function codeOf(error: Error): string {
  return 'code' in error && typeof error.code === 'string' ? error.code : ''
}

/**
 * Runs an import with commits that are safe against a crash of the app (WAL at NORMAL: a killed
 * process loses nothing committed, and the file stays consistent) but not fsynced one by one.
 * Fsyncing every article's commit cost more than parsing it. What an import writes can be written
 * again from the files themselves, so a power cut costing its last few articles is recoverable by
 * importing again (the rest report as duplicates); the analyst's own typed work keeps FULL.
 */
export async function withImportDurability<T>(db: Database.Database, run: () => Promise<T>): Promise<T> {
  db.pragma('synchronous = NORMAL')
  try {
    return await run()
  } finally {
    db.pragma('synchronous = FULL')
    // Fsyncs what the import wrote, now that its commits are done.
    db.pragma('wal_checkpoint(PASSIVE)')
  }
}
