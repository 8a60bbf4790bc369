/**
 * Search worker: holds a SearchHost on its own SQLite connection, so index builds, merges and
 * queries never run on the main thread. The coordinator (service.ts) starts two: one answers
 * queries (read-only), one builds and stores segments, so a long merge never delays a search.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { SearchHost, type SearchWorkerInit, type SearchWorkerReply, type SearchWorkerRequest } from './search-host'

if (!parentPort) throw new Error('search worker must run in a worker thread')
const port = parentPort
const init = workerData as SearchWorkerInit
const db = new Database(init.dbPath, {
  readonly: !init.writable,
  fileMustExist: true,
  ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}),
})
db.pragma('busy_timeout = 5000')
// The app's connection runs WAL at NORMAL or FULL; a segment is rebuilt if a crash loses it.
if (init.writable) db.pragma('synchronous = NORMAL')
const host = new SearchHost(db)

port.on('message', (req: SearchWorkerRequest) => {
  let reply: SearchWorkerReply
  try {
    const fn = (host as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>)[req.method]
    if (!fn) throw new Error(`unknown search method ${String(req.method)}`)
    const value = fn.apply(host, req.args)
    reply = { id: req.id, ok: true, value }
  } catch (error) {
    reply = { id: req.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})
