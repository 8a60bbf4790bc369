/**
 * Workspace files broken in each way the app must explain: written here, from scratch, by the
 * tests that need them (unit, CLI and end-to-end).
 */
import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'

/** Far above any schema this app will reach. */
export const FUTURE_SCHEMA_VERSION = 9000

/** A workspace-like database with some rows, whose schema page and those after it are then overwritten. */
export function makeCorruptWorkspace(file: string): void {
  const db = new Database(file)
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO articles (title) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`Article ${i} ${'x'.repeat(200)}`)
  })()
  db.pragma('user_version = 60')
  db.close()
  const fd = openSync(file, 'r+')
  try {
    // Keep the 100-byte header (still "SQLite format 3") and scribble over the schema and the rest.
    writeSync(fd, Buffer.alloc(12_000, 0xa5), 0, 12_000, 100)
  } finally {
    closeSync(fd)
  }
}

/** Another program's SQLite database (no application id, a table of its own). */
export function makeForeignDatabase(file: string): void {
  const db = new Database(file)
  db.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ada')")
  db.close()
}

/** A workspace as a much newer Crosscheck would leave it: a schema version this app does not know. */
export function makeTooNewWorkspace(file: string): void {
  const db = new Database(file)
  db.exec('CREATE TABLE articles (id INTEGER PRIMARY KEY)')
  db.pragma(`user_version = ${FUTURE_SCHEMA_VERSION}`)
  db.close()
}

export function makeNotADatabase(file: string): void {
  writeFileSync(file, 'Minutes of the harbour meeting, 3 March.\n'.repeat(200))
}

export function fileBytes(file: string): Buffer {
  return readFileSync(file)
}

/**
 * Makes `dir` read-only for this process: chmod for a normal user, the immutable flag for root
 * (root ignores permissions). Returns an undo, or null when neither works here.
 */
export function makeReadOnlyDir(dir: string): (() => void) | null {
  mkdirSync(dir, { recursive: true })
  const root = process.getuid?.() === 0
  try {
    if (root) execFileSync('chattr', ['+i', dir], { stdio: 'ignore' })
    else chmodSync(dir, 0o555)
  } catch {
    return null
  }
  const undo = (): void => {
    if (root) execFileSync('chattr', ['-i', dir], { stdio: 'ignore' })
    else chmodSync(dir, 0o755)
  }
  try {
    writeFileSync(join(dir, '.probe'), '')
  } catch {
    return undo
  }
  undo()
  return null
}

/**
 * Damages a real workspace too big to be checked before it opens (see INLINE_CHECK_BYTES): 67 MB
 * of padding rows are added to it, then pages in the middle of them are overwritten. Its schema
 * and articles read fine, so it opens; only the full check finds the damage.
 */
export function damageBigWorkspace(file: string): void {
  const db = new Database(file)
  db.exec('CREATE TABLE padding (id INTEGER PRIMARY KEY, bytes BLOB NOT NULL)')
  const insert = db.prepare('INSERT INTO padding (bytes) VALUES (randomblob(3000))')
  db.transaction(() => {
    for (let i = 0; i < 22_500; i++) insert.run()
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
  const size = statSync(file).size
  const fd = openSync(file, 'r+')
  try {
    // Whole pages well inside the padding: leaf and overflow pages of the new table, never the schema.
    const page = 4096
    const at = Math.floor(size / 2 / page) * page
    writeSync(fd, Buffer.alloc(16 * page, 0xa5), 0, 16 * page, at)
  } finally {
    closeSync(fd)
  }
}
