import type Database from 'better-sqlite3'

/**
 * Makes `db.transaction(fn)` begin IMMEDIATE (take the write lock up front); `.deferred` stays
 * reachable. Two connections write to a workspace (the app's and the search worker's). A
 * deferred transaction that reads, then writes after the other connection committed, fails at
 * once with SQLITE_BUSY_SNAPSHOT: busy_timeout never gets to wait. Taking the lock first turns
 * that into a short wait.
 */
export function immediateTransactions(db: Database.Database): void {
  const transaction = db.transaction.bind(db)
  // Each variant better-sqlite3 returns carries the others as properties, and none uses `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  db.transaction = ((fn) => transaction(fn).immediate) as typeof db.transaction
}
