import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src-main/core/store/open'

describe('write transactions on a workspace', () => {
  it('survive another connection committing between their read and their write', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cc-immediate-')), 'ws.sqlite')
    const app = openDatabase(file)
    const worker = new Database(file)
    worker.pragma('busy_timeout = 5000')
    const count = (): number => app.prepare('SELECT count(*) FROM workspace_meta').pluck().get() as number
    const before = count()
    // The worker's write lands while the app's transaction is open: with a deferred BEGIN the
    // app's write would fail at once with SQLITE_BUSY_SNAPSHOT; begun IMMEDIATE, the worker waits.
    let workerError: unknown = null
    app.transaction(() => {
      count()
      try {
        worker.pragma('busy_timeout = 0')
        worker.prepare("INSERT INTO workspace_meta (key, value) VALUES ('w', 'x')").run()
      } catch (error) {
        workerError = error
      }
      app.prepare("INSERT INTO workspace_meta (key, value) VALUES ('a', 'y')").run()
    })()
    expect((workerError as { code?: string } | null)?.code).toBe('SQLITE_BUSY')
    expect(count()).toBe(before + 1)
    // Asking for a deferred transaction still works, for readers that want one.
    expect(app.transaction(() => count()).deferred()).toBe(before + 1)
    worker.close()
    app.close()
  })
})
