import type Database from 'better-sqlite3'
import { withIngestDetail } from './ingest/article-extras'
import { bulkFormatOf } from './ingest/bulk-split'
import { importBulkBytes, importFound, type RunProgress } from './ingest/import-run'
import { prepareImport, storePrepared } from './ingest/importer'
import { setSpanRestored, updateMetadata, type MetadataPatch } from './ingest/provenance-store'
import { markSpam, sweepKnownSpam } from './ingest/spam-sweep'
import type { ArticleParser } from './ingest/parser'
import { MAX_ARTICLE_BYTES } from './ingest/types'
import { findImportFiles } from './ingest/walk'
import type { ArticleDetail, ArticleSummary, ImportFileResult, ImportReport } from './model'
import { countArticles, getArticleRow, getRemovedSpans, listArticles, unfinishedArticles } from './store/articles'
import { createBatch } from './store/imports'
import { checkInWorker, checkLater } from './store/integrity'
import { openDatabase, withImportDurability, type OpenOptions } from './store/open'
import { splitSentences } from './text/sentences'
import { SearchService } from './search/service'
import { ClaimsService } from './claims/service'
import { CompareService } from './compare/service'
import { AnnotationsService } from './annotate/service'
import { WorkspaceExports } from './export/workspace-exports'
import type { SearchRequest, SearchResult } from './search/types'
import { chunksOf } from './chunks'
import { isDemoWorkspace, markDemoWorkspace, setWorkspaceName, workspaceName } from './workspaces/meta'

export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

/** A request the workspace understood but cannot carry out as asked (say why in the message). */
export class InvalidInputError extends Error {
  override name = 'InvalidInputError'
}

export type { RunProgress as ImportProgress } from './ingest/import-run'

export interface WorkspaceOptions extends OpenOptions {
  parser: ArticleParser
  /** Built search worker (out/main/search-worker.js); without it search runs in-process. */
  searchWorkerFile?: string
  /** Load the search index at open (default), or on first use (the CLI). */
  searchOnOpen?: boolean
  /** Built integrity worker: with it a big file is checked after it opens, not before (see integrity.ts). */
  integrityWorkerFile?: string
}

/** The one facade every host (Electron, browser host, CLI) calls. */
export class Workspace {
  private uiBatch: number | null = null
  /** The bulk file being imported through the UI: how far it got, and how to stop it. */
  private bulkRun: { records: number; abort: AbortController } | null = null
  private searchService!: SearchService
  /** Claims, tags, clusters, conflicts and the outlet ledger (see core/claims). */
  claims!: ClaimsService
  /** Source comparison and copy detection (see core/compare). */
  compare!: CompareService
  /** The analyst's highlights and notes (see core/annotate). */
  annotations!: AnnotationsService
  /** Notes export, backup and restore (see core/export). */
  exports!: WorkspaceExports
  private restartServices: () => Promise<void> = () => Promise.resolve()

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    private readonly parser: ArticleParser,
  ) {}

  /**
   * The file's integrity check: "ok", or the damage SQLite found. Settled at open for most files;
   * a big one is checked in a worker while the analyst already works (the host closes it on damage).
   */
  integrity: Promise<string> = Promise.resolve('ok')

  static open(path: string, options: WorkspaceOptions): Workspace {
    const worker = options.integrityWorkerFile
    const later = worker !== undefined && !options.readonly && checkLater(path)
    const ws = new Workspace(path, openDatabase(path, { ...options, checkLater: later }), options.parser)
    if (worker && later) {
      // A few seconds in: reading the whole file beside the window's first requests slows them down.
      ws.integrity = afterStart().then(() => (ws.db.open ? checkInWorker(worker, path, options.nativeBinding) : 'ok'))
    }
    ws.startServices(options)
    return ws
  }

  /** Starts the services over the tables (again after a restore replaced them: they keep caches). */
  private startServices(options: WorkspaceOptions): void {
    this.restartServices = async () => {
      await this.searchService.close()
      this.startServices(options)
    }
    this.searchService = new SearchService(this.db, {
      dbPath: this.path,
      ...(options.searchWorkerFile ? { workerFile: options.searchWorkerFile } : {}),
      ...(options.searchOnOpen === false ? { eager: false } : {}),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      log: (line) => console.error(`[crosscheck] ${line}`),
    })
    this.claims = new ClaimsService(this.db)
    this.compare = new CompareService(this.db, (message) => new NotFoundError(message))
    this.annotations = new AnnotationsService(this.db, { notesChanged: (ids) => void this.searchService.articlesAdded(ids).catch(() => undefined) })
    this.catchUp()
    this.exports = new WorkspaceExports(this, () => this.restartServices())
  }

  /**
   * Finishes what an interrupted import left undone (see unfinishedArticles), in the order
   * articlesAdded runs it; the search index finds its missing articles by itself. Idempotent: on
   * a workspace with nothing to do it costs one query.
   */
  private catchUp(): void {
    const unfinished = unfinishedArticles(this.db)
    if (unfinished.length === 0) return
    const fresh = new Set(unfinished)
    const older = sweepKnownSpam(this.db, unfinished).filter((id) => !fresh.has(id))
    this.claims.backfill()
    this.compare.backfill()
    if (older.length) void this.articlesChanged(older).catch((error: unknown) => console.error(`[crosscheck] catch-up: ${String(error)}`))
  }

  /**
   * For hosts: rebuilds the claims index a slice at a time in the background, so the session's
   * first claim change or import does not wait for it (seconds at 50,000 articles).
   */
  warmUpSoon(): void {
    void afterStart()
      .then(() => (this.db.open ? this.claims.warmUp(() => this.quiet()) : undefined))
      .catch((error: unknown) => console.error(`[crosscheck] claims index: ${String(error)}`))
  }

  /** When the window last asked for something (hosts note each request). */
  private lastActivity = 0

  noteActivity(): void {
    this.lastActivity = performance.now()
  }

  /**
   * Resolves once no request has arrived for a moment: background slices run between the
   * analyst's actions, and at most every other 10 ms, leaving the other core's share to the window
   * (a scroll asks the host nothing, yet shares two cores with it).
   */
  private async quiet(): Promise<void> {
    await new Promise((r) => setTimeout(r, 10).unref())
    while (performance.now() - this.lastActivity < QUIET_MS) await new Promise((r) => setTimeout(r, QUIET_MS).unref())
  }

  async close(): Promise<void> {
    await this.parser.close()
    await this.searchService.close()
    this.db.close()
  }

  info(): { path: string; name: string; articleCount: number; maxFileBytes: number; demo: boolean } {
    return { path: this.path, name: this.name(), articleCount: countArticles(this.db), maxFileBytes: MAX_ARTICLE_BYTES, demo: isDemoWorkspace(this.db) }
  }

  /** Notes that the host filled this workspace with the demo corpus, so the window offers the tour. */
  markDemo(): void {
    markDemoWorkspace(this.db)
  }

  /** The display name, kept in the file (the file name until renamed). */
  name(): string {
    return workspaceName(this.db, this.path)
  }

  /** Renames the workspace (not its file); returns the name as stored. */
  rename(name: string): string {
    return setWorkspaceName(this.db, name)
  }

  listArticles(): ArticleSummary[] {
    return listArticles(this.db)
  }

  getArticle(id: number): ArticleDetail {
    const row = getArticleRow(this.db, id)
    if (!row) throw new NotFoundError(`No article with id ${id}.`)
    const removed = getRemovedSpans(this.db, id).map((r) => ({ ...r, text: row.rawText.slice(r.start, r.end) }))
    const { cleanText, ...rest } = row
    return withIngestDetail(this.db, { ...rest, text: cleanText, removed, sentences: splitSentences(cleanText) })
  }

  /** The next file the UI sends opens a new import run (batch), so the Imports view lists each run. */
  startImportRun(): void {
    this.uiBatch = null
  }

  /** Imports bytes that arrived through the UI; files up to the next startImportRun share a batch. */
  async importFile(name: string, bytes: Uint8Array): Promise<ImportFileResult> {
    this.uiBatch ??= createBatch(this.db, 'ui', new Date().toISOString())
    const bulk = bulkFormatOf(name)
    if (bulk) {
      const run = { records: 0, abort: new AbortController() }
      this.bulkRun = run
      try {
        const records = await importBulkBytes(this.db, this.parser, this.uiBatch, name, bytes, bulk, {
          signal: run.abort.signal,
          onRecord: (n) => (run.records = n),
        })
        const added = records.flatMap((r) => (r.articleId === null ? [] : [r.articleId]))
        if (added.length) await this.articlesAdded(added)
        const cancelled = run.abort.signal.aborted ? { cancelled: true } : {}
        const head = records[0] ?? { file: name, status: 'failed' as const, articleId: null, duplicateOf: null, error: 'Not imported: the import was cancelled.', warnings: [] }
        return { ...head, records, ...cancelled }
      } finally {
        if (this.bulkRun === run) this.bulkRun = null
      }
    }
    const prepared = await prepareImport(this.parser, name, bytes)
    const result = storePrepared(this.db, this.uiBatch, prepared)
    if (result.articleId !== null) await this.articlesAdded([result.articleId])
    return result
  }

  /** Records stored so far of the bulk file being imported through the UI, or null when none is. */
  importStatus(): { records: number } | null {
    return this.bulkRun ? { records: this.bulkRun.records } : null
  }

  /**
   * Stops the bulk file being imported through the UI after the record in hand (single files are
   * stopped by the UI, between files). What was stored stays, with its derived data.
   */
  cancelImport(): { cancelled: boolean } {
    this.bulkRun?.abort.abort()
    return { cancelled: this.bulkRun !== null }
  }

  /** Imports files and folders (recursively) from disk, parsing ahead while storing in order. */
  async importPaths(
    paths: readonly string[],
    onProgress?: (p: RunProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportReport> {
    const found = await findImportFiles(paths)
    const batchId = createBatch(this.db, 'files', new Date().toISOString())
    return withImportDurability(this.db, async () => {
      // Parsing runs ahead in the workers; storing happens in file (and record) order, so "duplicate
      // of" always points at the earlier file and ids follow the folder's order.
      const results = await importFound(this.db, this.parser, batchId, found, onProgress, signal)
      const added = results.flatMap((r) => (r.articleId === null ? [] : [r.articleId]))
      if (added.length) await this.articlesAdded(added)
      return summarize(results)
    })
  }

  /**
   * Brings the derived data (search index, claims, copies, ...) up to date with newly stored
   * articles. Each feature adds its one call here; SQLite stays the single source of truth.
   */
  private async articlesAdded(ids: number[]): Promise<void> {
    // First, as it changes clean text the others derive from; it may also clean older articles.
    const swept = sweepKnownSpam(this.db, ids)
    const fresh = new Set(ids)
    const older = swept.filter((id) => !fresh.has(id))
    await this.searchService.articlesAdded(ids)
    // In chunks, yielding between them: a bulk file of thousands of records took the host 25 s of
    // copy detection in one go, and the analyst's clicks waited behind it. Each service keeps its
    // own order across the chunks, so the result is the same as in one go.
    for (const chunk of chunksOf(this.claims.extractionOrder(ids), DERIVED_CHUNK)) {
      this.claims.extract(chunk)
      await yieldToEvents()
    }
    for (const chunk of chunksOf([...ids].sort((a, b) => a - b), DERIVED_CHUNK)) {
      this.compare.articlesAdded(chunk)
      await yieldToEvents()
    }
    // After copies, which count in the summaries; once per cluster however many chunks it grew in.
    while (this.claims.refreshSummaries(SUMMARY_SLICE) > 0) await yieldToEvents()
    if (older.length) await this.articlesChanged(older)
  }

  /**
   * Starts the search index ahead of its first search, so an import indexes its articles in the
   * search worker while this thread extracts claims; `searchIndexComplete` waits for it.
   */
  startSearchIndex(): void {
    this.searchService.start()
  }

  /** Resolves once every article is in the search index. */
  searchIndexComplete(): Promise<void> {
    return this.searchService.whenIdle()
  }

  /** Full-text search: one page of ranked hits with facets (see core/search). */
  search(req: SearchRequest, options: { complete?: boolean } = {}): Promise<SearchResult> {
    return options.complete ? this.searchService.whenIdle().then(() => this.searchService.search(req)) : this.searchService.search(req)
  }

  /** Every hit of a search as CSV. */
  searchExport(req: SearchRequest): Promise<{ csv: string; rows: number }> {
    return this.searchService.exportCsv(req)
  }

  /**
   * Brings derived data up to date after articles' clean text changed (a removal restored or
   * removed again): sentences, claims and annotations hold clean-text offsets, so each feature
   * that keeps them adds its one call here.
   */
  private async articlesChanged(ids: number[]): Promise<void> {
    await this.searchService.articlesAdded(ids)
    this.claims.articlesChanged(ids)
    this.compare.articlesChanged(ids)
    this.annotations.articlesChanged(ids)
  }

  /** Restores one removed span (or removes it again) in an article's clean text. */
  async setRemovedSpanRestored(articleId: number, spanId: number, restored: boolean): Promise<ArticleDetail> {
    if (!setSpanRestored(this.db, articleId, spanId, restored)) {
      throw new NotFoundError(`Article ${articleId} has no removed span with id ${spanId}.`)
    }
    await this.articlesChanged([articleId])
    return this.getArticle(articleId)
  }

  /** Removes a stretch of clean text as spam, here and wherever the phrase is spliced in elsewhere. */
  async markSpam(articleId: number, start: number, end: number): Promise<ArticleDetail> {
    if (!getArticleRow(this.db, articleId)) throw new NotFoundError(`No article with id ${articleId}.`)
    const changed = markSpam(this.db, articleId, start, end)
    if (!changed) throw new InvalidInputError('The selection holds no text to mark as spam.')
    await this.articlesChanged(changed)
    return this.getArticle(articleId)
  }

  /** Corrects an article's metadata; the correction is kept for the same original bytes on re-import. */
  updateArticleMetadata(articleId: number, patch: MetadataPatch): ArticleDetail {
    if (!getArticleRow(this.db, articleId)) throw new NotFoundError(`No article with id ${articleId}.`)
    updateMetadata(this.db, articleId, patch)
    return this.getArticle(articleId)
  }
}

/**
 * How long after a workspace opens a host starts its background work (a big file's integrity
 * check, the claims index): after the window's first requests, which it would slow down.
 */
const BACKGROUND_DELAY_MS = 3000
/** Resolves when a host's background work may start (a timer that does not keep a closing process alive). */
function afterStart(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, BACKGROUND_DELAY_MS).unref())
}

/** Background slices wait until no request has come for this long. */
const QUIET_MS = 300

/** Articles per chunk of derived data: a fraction of a second of copy detection on a slow machine. */
const DERIVED_CHUNK = 32
/** Cluster summaries per slice: most are one-claim clusters that cost a row each. */
const SUMMARY_SLICE = 4000


/** Lets the host answer the requests that arrived meanwhile (timers and I/O run first). */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

export function summarize(results: ImportFileResult[]): ImportReport {
  const count = (s: ImportFileResult['status']): number => results.filter((r) => r.status === s).length
  return { results, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') }
}
