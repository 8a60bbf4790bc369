/**
 * Search worker: holds a SearchHost on its own read-only SQLite connection, so index builds,
 * merges and queries never run on the main thread. The coordinator (service.ts) starts two: one
 * answers queries, one builds segments, so a long merge never delays a search.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import { SearchHost, type SearchWorkerInit, type SearchWorkerReply, type SearchWorkerRequest } from './search-host'

if (!parentPort) throw new Error('search worker must run in a worker thread')
const port = parentPort
const init = workerData as SearchWorkerInit
const db = new Database(init.dbPath, {
  readonly: true,
  fileMustExist: true,
  ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}),
})
db.pragma('busy_timeout = 5000')
const host = new SearchHost(db)

port.on('message', (req: SearchWorkerRequest) => {
  let reply: SearchWorkerReply
  const transfer: ArrayBuffer[] = []
  try {
    const fn = (host as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>)[req.method]
    if (!fn) throw new Error(`unknown search method ${String(req.method)}`)
    const value = fn.apply(host, req.args)
    if (req.method === 'build') transfer.push((value as { bytes: Uint8Array }).bytes.buffer as ArrayBuffer)
    reply = { id: req.id, ok: true, value }
  } catch (error) {
    reply = { id: req.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply, transfer)
})
