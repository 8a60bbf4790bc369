import type Database from 'better-sqlite3'
import { DbFromFutureError } from './errors'
import { LATEST_VERSION, MIGRATIONS } from './migrations'

/**
 * Brings the schema up to date. Each step runs in its own transaction together with
 * PRAGMA user_version, so a crash leaves the file at the last complete step.
 */
export function migrate(db: Database.Database, upTo: number = LATEST_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > LATEST_VERSION) throw new DbFromFutureError(current, LATEST_VERSION)
  let previous = 0
  for (const step of MIGRATIONS) {
    if (step.version <= previous) throw new Error(`Migrations out of order at ${step.version}`)
    previous = step.version
    if (step.version <= current || step.version > upTo) continue
    db.transaction(() => {
      db.exec(step.sql)
      db.pragma(`user_version = ${step.version}`)
    })()
  }
}
