import { statSync } from 'node:fs'
import { Worker } from 'node:worker_threads'

/**
 * Workspace files up to this size are checked before they open (quick_check reads every page:
 * about 20 ms per 10 MB here); a bigger file opens at once and is checked in a worker, so a
 * 50,000-article workspace (1.6 GB, 3.4 s of checking) starts in under a second. The check starts
 * a few seconds after the open (Workspace.open), once the window has what it asked for first.
 */
export const INLINE_CHECK_BYTES = 64 * 1024 * 1024

/** Whether a file is big enough that its check should run after it opens. */
export function checkLater(file: string): boolean {
  try {
    return statSync(file).size > INLINE_CHECK_BYTES
  } catch {
    return false
  }
}

/** quick_check in the integrity worker: resolves with "ok" or the damage SQLite reports. */
export function checkInWorker(workerFile: string, file: string, nativeBinding?: string): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { file, ...(nativeBinding ? { nativeBinding } : {}) } })
    // A host that is closing does not wait for the check.
    worker.unref()
    let answered = false
    worker.once('message', (m: unknown) => {
      answered = true
      resolve(String(m))
    })
    // A worker that could not run says nothing about the file: the workspace stays open.
    worker.once('error', (error) => {
      console.error(`[crosscheck] the integrity check of ${file} could not run: ${error.message}`)
      answered = true
      resolve('ok')
    })
    worker.once('exit', () => {
      if (!answered) resolve('ok')
    })
  })
}
