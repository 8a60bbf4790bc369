/**
 * The import loop over found files: single-article files and bulk files alike. A bulk file yields
 * one job per record, streamed, so a 200 MB export holds only a few records in memory at once.
 * Parsing runs ahead in the workers; storing happens in order, each record or file in its own
 * transaction with its own report line.
 */
import { stat } from 'node:fs/promises'
import type Database from 'better-sqlite3'
import type { ImportFileResult } from '../model'
import { bulkFormatOf, recordsOfBytes, recordsOfFile, type RawRecord } from './bulk-split'
import { prepareImport, readImportFile, storePrepared, type PreparedImport } from './importer'
import type { ArticleParser } from './parser'
import { MAX_BULK_BYTES } from './tunables'
import type { BulkFormat } from './types'
import { describeFsError, type FoundFile } from './walk'

/** Jobs parsed ahead of the one being stored: enough to keep every parser worker busy. */
const PARSE_AHEAD = 4

export interface RunProgress {
  done: number
  total: number
  file: string
  /** The stored result this progress step reports: committed before the callback runs. */
  status: ImportFileResult['status']
  articleId: number | null
  record?: number
}

/** Imports the found files into `batchId`; returns one result per file or bulk record, in order. */
export async function importFound(
  db: Database.Database,
  parser: ArticleParser,
  batchId: number,
  found: readonly FoundFile[],
  onProgress?: (p: RunProgress) => void,
  signal?: AbortSignal,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = []
  let extra = 0
  const jobs = jobsOf(parser, found, () => extra++)
  const pending: Array<Promise<PreparedImport>> = []
  let exhausted = false
  for (;;) {
    while (!exhausted && pending.length < PARSE_AHEAD && !signal?.aborted) {
      const next = await jobs.next()
      if (next.done) exhausted = true
      else pending.push(next.value.prepared)
    }
    const head = pending.shift()
    if (!head) break
    const r = storePrepared(db, batchId, await head)
    results.push(r)
    onProgress?.({
      done: results.length,
      total: Math.max(results.length, found.length + extra),
      file: r.file,
      status: r.status,
      articleId: r.articleId,
      ...(r.record === undefined ? {} : { record: r.record }),
    })
  }
  await jobs.return(undefined)
  return results
}

/** Imports a bulk file that arrived as bytes (through the UI): one result per record. */
export async function importBulkBytes(
  db: Database.Database,
  parser: ArticleParser,
  batchId: number,
  name: string,
  bytes: Uint8Array,
  format: BulkFormat,
  control: { signal?: AbortSignal; onRecord?: (done: number) => void } = {},
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = []
  for await (const rec of recordsOfBytes(bytes, format)) {
    if (control.signal?.aborted) break
    results.push(storePrepared(db, batchId, await recordJob(parser, name, format, rec)))
    control.onRecord?.(results.length)
  }
  if (results.length === 0 && !control.signal?.aborted) {
    results.push(storePrepared(db, batchId, { file: name, ok: false, error: 'The file holds no records.' }))
  }
  return results
}

/** A job in a box: an async generator awaits what it yields, and the parse must run ahead. */
interface Job {
  prepared: Promise<PreparedImport>
}

const failedJob = (file: string, error: string): Job => ({ prepared: Promise.resolve({ file, ok: false, error }) })

async function* jobsOf(
  parser: ArticleParser,
  found: readonly FoundFile[],
  onExtraRecord: () => void,
): AsyncGenerator<Job> {
  for (const { file, error } of found) {
    if (error) {
      yield failedJob(file, error)
      continue
    }
    const format = bulkFormatOf(file)
    if (!format) {
      yield {
        prepared: readImportFile(file).then(
          (read): Promise<PreparedImport> | PreparedImport =>
            'error' in read ? { file, ok: false, error: read.error } : prepareImport(parser, file, read.bytes),
        ),
      }
      continue
    }
    let size: number
    try {
      size = (await stat(file)).size
    } catch (e) {
      yield failedJob(file, describeFsError(e))
      continue
    }
    if (size > MAX_BULK_BYTES) {
      yield failedJob(file, `The file is ${(size / 2 ** 30).toFixed(1)} GB; the limit for one bulk file is ${MAX_BULK_BYTES / 2 ** 30} GB.`)
      continue
    }
    let count = 0
    try {
      for await (const rec of recordsOfFile(file, format)) {
        if (count++ > 0) onExtraRecord()
        yield { prepared: recordJob(parser, file, format, rec) }
      }
    } catch (e) {
      if (count++ > 0) onExtraRecord()
      yield failedJob(file, `Reading stopped: ${describeFsError(e)}`)
    }
    if (count === 0) yield failedJob(file, 'The file holds no records.')
  }
}

function recordJob(parser: ArticleParser, file: string, format: BulkFormat, rec: RawRecord): Promise<PreparedImport> {
  if (rec.error) return Promise.resolve({ file, ok: false, error: rec.error, record: rec.record })
  const bytes = new TextEncoder().encode(rec.text)
  const csv = rec.header ? { header: rec.header, ...(rec.delimiter ? { delimiter: rec.delimiter } : {}) } : {}
  return prepareImport(parser, file, bytes, { record: rec.record, format, ...csv })
}
