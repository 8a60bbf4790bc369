/**
 * The search coordinator the workspace owns. It keeps the index consistent with SQLite (the
 * truth): at start it loads the persisted segments and indexes whatever they miss, and whatever
 * changed behind its back (search_dirty: the CLI's notes, tags and edits), in the background;
 * new articles become a small segment at once; small segments are merged in the background.
 * With a worker file it runs two search workers (queries; builds, which also store segments) and
 * the main thread only passes messages; without one it runs in-process (tests, CLI).
 */
import type Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'
import {
  SearchHost,
  type SearchHostApi,
  type SearchHostMethod,
  type SearchWorkerInit,
  type SearchWorkerReply,
  type SearchWorkerRequest,
} from './search-host'
import { clearDirty, dirtyArticles, lastDirtySeq } from './store'
import { MAX_SMALL_SEGMENTS, SEGMENT_TARGET_DOCS, SMALL_SEGMENT_DOCS } from './tunables'
import type { SearchRequest, SearchResult } from './types'

type Async<T> = { [K in keyof T]: T[K] extends (...a: infer A) => infer R ? (...a: A) => Promise<Awaited<R>> : never }
type Backend = Async<SearchHostApi> & { close(): Promise<void> }

export interface SearchServiceOptions {
  /** Built worker script (out/main/search-worker.js); without it everything runs in-process. */
  workerFile?: string
  /** The workspace file, opened read-only by the workers. */
  dbPath: string
  nativeBinding?: string
  log?: (line: string) => void
  /** Load the index at once (the app); false: on first use (the CLI, where most commands never search). */
  eager?: boolean
}

/** Calls a SearchHost on this thread, keeping the async shape of the worker. */
function inProcess(host: SearchHost): Backend {
  const backend = {} as Record<string, unknown>
  const methods: SearchHostMethod[] = [
    'init', 'build', 'addSegment', 'replaceSegments', 'refreshMeta', 'removeArticles', 'unindexed', 'segmentInfo',
    'setBuilding', 'search', 'exportCsv', 'warm', 'dropSegments',
  ]
  for (const m of methods) {
    const fn = (host as unknown as Record<string, (...args: unknown[]) => unknown>)[m]!
    backend[m] = (...args: unknown[]) => {
      try {
        return Promise.resolve(fn.apply(host, args))
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
  }
  backend['close'] = () => Promise.resolve()
  return backend as Backend
}

/** Calls a SearchHost in a worker thread. */
function inWorker(workerFile: string, init: SearchWorkerInit): Backend {
  const worker = new Worker(workerFile, { workerData: init })
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1
  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
  }
  worker.on('message', (reply: SearchWorkerReply) => {
    const p = pending.get(reply.id)
    pending.delete(reply.id)
    if (pending.size === 0) worker.unref()
    if (!p) return
    if (reply.ok) p.resolve(reply.value)
    else p.reject(new Error(reply.message))
  })
  worker.on('error', (e) => failAll(e))
  worker.on('exit', () => failAll(new Error('the search worker stopped')))
  worker.unref()
  const call = (method: SearchHostMethod, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      worker.ref()
      worker.postMessage({ id, method, args } satisfies SearchWorkerRequest)
    })
  return new Proxy({} as Backend, {
    get: (_t, name: string) =>
      name === 'close'
        ? async () => {
            await worker.terminate()
            failAll(new Error('search closed'))
          }
        : (...args: unknown[]) => call(name as SearchHostMethod, args),
  })
}

/** Full-text search over the workspace. */
export class SearchService {
  private readonly query: Backend
  private readonly builder: Backend
  private started: Promise<void> | null = null
  /** Index work runs one job at a time, in order. */
  private jobs: Promise<void> = Promise.resolve()
  private closed = false
  /** search_dirty changes up to this seq are indexed or queued. */
  private dirtySeen = 0
  /** Start-up figures, for the benchmark and logs. */
  startup = { loadMs: 0, readyMs: 0 }

  constructor(
    private readonly db: Database.Database,
    private readonly options: SearchServiceOptions,
  ) {
    const init: SearchWorkerInit = {
      dbPath: options.dbPath,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }
    if (options.workerFile) {
      this.query = inWorker(options.workerFile, init)
      this.builder = inWorker(options.workerFile, { ...init, writable: true })
    } else {
      const host = new SearchHost(db)
      this.query = inProcess(host)
      this.builder = this.query
    }
    // The app starts loading at once; the CLI and tests start on first use, so a command that
    // never searches never pays for the index.
    if (options.workerFile && options.eager !== false) void this.ready
  }

  /** Loads the index now and indexes what it misses: an import then indexes its articles as it goes. */
  start(): void {
    void this.ready
  }

  /** Loads the persisted index (once) and queues indexing of whatever it misses. */
  private get ready(): Promise<void> {
    this.started ??= this.load()
    return this.started
  }

  private async load(): Promise<void> {
    const t0 = performance.now()
    const { stale, loadMs } = await this.query.init()
    if (stale.length) await this.builder.dropSegments(stale)
    this.startup = { loadMs, readyMs: performance.now() - t0 }
    void this.query.warm().catch(() => undefined)
    void this.enqueue(() => this.indexMissing())
  }

  /** Runs `job` after the queued ones; a failure is logged, never thrown at a caller. */
  private enqueue(job: () => Promise<void>): Promise<void> {
    this.jobs = this.jobs.then(async () => {
      if (this.closed) return
      try {
        await this.query.setBuilding(true)
        await job()
      } catch (error) {
        if (!this.closed) this.options.log?.(`search index: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        if (!this.closed) await this.query.setBuilding(false).catch(() => undefined)
      }
    })
    return this.jobs
  }

  /**
   * Indexes every article SQLite has and no segment holds (first start, interrupted builds), and
   * re-indexes those changed since their segment was built (search_dirty); drops deleted ones.
   */
  private async indexMissing(): Promise<void> {
    const upTo = lastDirtySeq(this.db)
    this.dirtySeen = Math.max(this.dirtySeen, upTo)
    const dirty = dirtyArticles(this.db, upTo)
    const existing = new Set<number>()
    if (dirty.length) {
      const rows = this.db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(dirty)) as Array<{ id: number }>
      for (const r of rows) existing.add(r.id)
      const gone = dirty.filter((id) => !existing.has(id))
      if (gone.length) await this.query.removeArticles(gone)
      clearDirty(this.db, gone, upTo)
      if (existing.size) await this.query.refreshMeta([...existing])
    }
    const missing = [...new Set([...(await this.query.unindexed()), ...existing])].sort((a, b) => a - b)
    for (let i = 0; i < missing.length && !this.closed; i += SEGMENT_TARGET_DOCS) {
      await this.buildSegment(missing.slice(i, i + SEGMENT_TARGET_DOCS), [])
    }
    await this.maybeMerge()
  }

  /** The build worker builds and stores the segment; then the query worker serves it. */
  private async buildSegment(ids: number[], replaces: number[]): Promise<void> {
    const { key } = await this.builder.build(ids, replaces)
    if (this.closed) return
    if (replaces.length) await this.query.replaceSegments(replaces, key)
    else await this.query.addSegment(key)
  }

  /** Queues re-indexing when something wrote articles, notes or tags since the last look. */
  private catchUp(): void {
    const last = lastDirtySeq(this.db)
    if (last <= this.dirtySeen) return
    this.dirtySeen = last
    void this.enqueue(() => this.indexMissing())
  }

  /** Merges small segments (and ones mostly deleted) into full ones. */
  private async maybeMerge(): Promise<void> {
    const info = await this.query.segmentInfo()
    const small = info.filter((s) => s.size < SMALL_SEGMENT_DOCS || s.live.length < s.size / 2)
    if (small.length <= MAX_SMALL_SEGMENTS) return
    let batch: typeof small = []
    let count = 0
    const flush = async (): Promise<void> => {
      if (batch.length > 1) await this.buildSegment(batch.flatMap((s) => s.live).sort((a, b) => a - b), batch.map((s) => s.key))
      batch = []
      count = 0
    }
    for (const s of small.sort((a, b) => a.key - b.key)) {
      if (count + s.live.length > SEGMENT_TARGET_DOCS) await flush()
      batch.push(s)
      count += s.live.length
    }
    await flush()
  }

  /** New (or changed) articles: searchable as soon as their small segment is built. */
  async articlesAdded(ids: readonly number[]): Promise<void> {
    // Not started: the first search finds these unindexed in SQLite anyway.
    if (!this.started) return
    await this.ready
    await this.query.refreshMeta([...ids])
    void this.enqueue(async () => {
      for (let i = 0; i < ids.length; i += SEGMENT_TARGET_DOCS) await this.buildSegment(ids.slice(i, i + SEGMENT_TARGET_DOCS), [])
      await this.maybeMerge()
    })
  }

  /** Deleted articles drop out of results now and out of the segments at the next merge. */
  async articlesRemoved(ids: readonly number[]): Promise<void> {
    if (!this.started) return
    await this.ready
    await this.query.removeArticles([...ids])
  }

  /** Resolves once every queued index job is done (the CLI waits for a complete index). */
  async whenIdle(): Promise<void> {
    await this.ready
    let seen: Promise<void> | null = null
    while (seen !== this.jobs) {
      seen = this.jobs
      await seen
    }
  }

  async search(req: SearchRequest): Promise<SearchResult> {
    await this.ready
    this.catchUp()
    // In-process the index work shares this thread anyway: answer from the complete index.
    if (!this.options.workerFile) await this.whenIdle()
    return this.query.search(req)
  }

  async exportCsv(req: SearchRequest): Promise<{ csv: string; rows: number }> {
    await this.ready
    if (!this.options.workerFile) await this.whenIdle()
    return this.query.exportCsv(req)
  }

  async close(): Promise<void> {
    this.closed = true
    await this.started?.catch(() => undefined)
    await this.query.close()
    if (this.builder !== this.query) await this.builder.close()
  }
}
