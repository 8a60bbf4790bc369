import Database from 'better-sqlite3'
import { DbCorruptError } from './errors'
import { migrate } from './migrate'

export interface OpenOptions {
  readonly?: boolean
  /** Path to a better_sqlite3.node built for another ABI (Electron's). */
  nativeBinding?: string
}

/**
 * Opens (or creates) a workspace file with the settings analyst work needs: WAL for readers
 * beside the writer, foreign keys, and synchronous=FULL because hand-typed work must survive
 * a power cut (better-sqlite3 leaves WAL at NORMAL, which can lose the last commits).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
  try {
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
    }
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new DbCorruptError(check)
    if (!options.readonly) migrate(db)
    return db
  } catch (error) {
    db.close()
    if (error instanceof Error && /file is not a database|malformed/i.test(error.message)) {
      throw new DbCorruptError(error.message)
    }
    throw error
  }
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
