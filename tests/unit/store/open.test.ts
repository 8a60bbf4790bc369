import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DbFromFutureError, DbNotADatabaseError } from '../../../src-main/core/store/errors'
import { migrate } from '../../../src-main/core/store/migrate'
import { LIST_ARTICLES_SQL } from '../../../src-main/core/store/articles'
import { LATEST_VERSION } from '../../../src-main/core/store/migrations'
import { openDatabase, withImportDurability } from '../../../src-main/core/store/open'

const tempFile = (): string => join(mkdtempSync(join(tmpdir(), 'cc-store-')), 'ws.sqlite')

describe('openDatabase', () => {
  it('creates the schema and sets the durability pragmas', () => {
    const db = openDatabase(tempFile())
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    // 2 = FULL: commits survive a power cut, not only a crash.
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['articles', 'removed_spans', 'import_batches', 'import_files']))
    db.close()
  })

  it('relaxes fsync to NORMAL only while an import runs, and goes back to FULL even when it fails', async () => {
    const db = openDatabase(tempFile())
    const during = await withImportDurability(db, () => Promise.resolve(db.pragma('synchronous', { simple: true })))
    expect(during).toBe(1)
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    await expect(withImportDurability(db, () => Promise.reject(new Error('reader exploded')))).rejects.toThrow('reader exploded')
    expect(db.pragma('synchronous', { simple: true })).toBe(2)
    db.close()
  })

  it('refuses a workspace written by a newer app, leaving it untouched', () => {
    const file = tempFile()
    const raw = new Database(file)
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`)
    raw.close()
    expect(() => openDatabase(file)).toThrow(DbFromFutureError)
    const again = new Database(file)
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 10)
    again.close()
  })

  it('reports a file that is not a database as such (not as a damaged workspace)', () => {
    const file = tempFile()
    writeFileSync(file, 'this is not sqlite '.repeat(400))
    expect(() => openDatabase(file)).toThrow(DbNotADatabaseError)
  })

  it('is idempotent: reopening applies no step twice', () => {
    const file = tempFile()
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    db.close()
  })
})

describe('migrate', () => {
  it('applies each step in a transaction with its version, so a failing step leaves the previous version', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    const broken = new Database(':memory:')
    broken.exec('CREATE TABLE articles (x INTEGER)') // makes step 10 fail half-way
    expect(() => migrate(broken)).toThrow()
    expect(broken.pragma('user_version', { simple: true })).toBe(0)
    expect(broken.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'import_batches'").pluck().get()).toBe(0)
  })
})

describe('the library list', () => {
  it('reads the covering index of summaries, never the table with its texts and original bytes', () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'cc-plan-')), 'w.sqlite'))
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${LIST_ARTICLES_SQL}`).all() as Array<{ detail: string }>
    expect(plan.map((p) => p.detail)).toEqual(['SCAN articles USING COVERING INDEX articles_summary'])
    db.close()
  })
})
