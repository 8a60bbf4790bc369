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
