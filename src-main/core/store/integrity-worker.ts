/**
 * Runs SQLite's quick_check on a workspace file in a worker thread: on a big workspace it reads
 * every page (seconds at 50,000 articles), which must not hold up the window. Answers with the
 * check's own text ("ok", or what is damaged).
 */
import { parentPort, workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'

interface IntegrityWorkerInit {
  file: string
  nativeBinding?: string
}

const init = workerData as IntegrityWorkerInit
let db: Database.Database | undefined
try {
  db = new Database(init.file, { readonly: true, fileMustExist: true, ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}) })
  parentPort?.postMessage(String(db.pragma('quick_check', { simple: true })))
} catch (error) {
  parentPort?.postMessage(error instanceof Error ? error.message : String(error))
} finally {
  db?.close()
}
