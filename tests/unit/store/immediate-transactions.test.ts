import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/core/store/open'

describe('write transactions on the workspace connection', () => {
  it('hold the write lock from their first statement, so another connection cannot slip a commit in', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cc-immediate-')), 'ws.sqlite')
    const db = openDatabase(file)
    // Another connection, as the search worker keeps: no waiting, so a held lock shows at once.
    const other = new Database(file)
    other.pragma('busy_timeout = 0')
    const seen: string[] = []
    db.transaction(() => {
      db.prepare('SELECT count(*) FROM articles').get()
      try {
        other.exec('BEGIN IMMEDIATE')
        other.exec('ROLLBACK')
        seen.push('other writer got in')
      } catch (error) {
        seen.push((error as { code?: string }).code ?? String(error))
      }
    })()
    expect(seen).toEqual(['SQLITE_BUSY'])
    // The other variants stay reachable.
    expect(typeof db.transaction(() => 1).deferred).toBe('function')
    other.close()
    db.close()
  })
})
