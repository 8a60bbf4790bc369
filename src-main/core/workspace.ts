import type Database from 'better-sqlite3'
import { prepareImport, readImportFile, storePrepared, type PreparedImport } from './ingest/importer'
import type { ArticleParser } from './ingest/parser'
import { MAX_ARTICLE_BYTES } from './ingest/types'
import { findImportFiles } from './ingest/walk'
import type { ArticleDetail, ArticleSummary, ImportFileResult, ImportReport } from './model'
import { countArticles, getArticleRow, getRemovedSpans, listArticles } from './store/articles'
import { createBatch } from './store/imports'
import { openDatabase, type OpenOptions } from './store/open'
import { splitSentences } from './text/sentences'

export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

export interface ImportProgress {
  done: number
  total: number
  file: string
}

export interface WorkspaceOptions extends OpenOptions {
  parser: ArticleParser
}

/** Files parsed ahead of the one being stored: enough to keep every parser worker busy. */
const PARSE_AHEAD = 4

/** The one facade every host (Electron, browser host, CLI) calls. */
export class Workspace {
  private uiBatch: number | null = null

  private constructor(
    readonly path: string,
    readonly db: Database.Database,
    private readonly parser: ArticleParser,
  ) {}

  static open(path: string, options: WorkspaceOptions): Workspace {
    return new Workspace(path, openDatabase(path, options), options.parser)
  }

  async close(): Promise<void> {
    await this.parser.close()
    this.db.close()
  }

  info(): { path: string; articleCount: number; maxFileBytes: number } {
    return { path: this.path, articleCount: countArticles(this.db), maxFileBytes: MAX_ARTICLE_BYTES }
  }

  listArticles(): ArticleSummary[] {
    return listArticles(this.db)
  }

  getArticle(id: number): ArticleDetail {
    const row = getArticleRow(this.db, id)
    if (!row) throw new NotFoundError(`No article with id ${id}.`)
    const removed = getRemovedSpans(this.db, id).map((r) => ({ ...r, text: row.rawText.slice(r.start, r.end) }))
    const { cleanText, ...rest } = row
    return { ...rest, text: cleanText, removed, sentences: splitSentences(cleanText) }
  }

  /** Imports bytes that arrived through the UI; all UI imports of one session share a batch. */
  async importFile(name: string, bytes: Uint8Array): Promise<ImportFileResult> {
    const prepared = await prepareImport(this.parser, name, bytes)
    this.uiBatch ??= createBatch(this.db, 'ui', new Date().toISOString())
    const result = storePrepared(this.db, this.uiBatch, prepared)
    if (result.articleId !== null) await this.articlesAdded([result.articleId])
    return result
  }

  /** Imports files and folders (recursively) from disk, parsing ahead while storing in order. */
  async importPaths(
    paths: readonly string[],
    onProgress?: (p: ImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<ImportReport> {
    const found = await findImportFiles(paths)
    const batchId = createBatch(this.db, 'files', new Date().toISOString())
    const results: ImportFileResult[] = []
    const prepare = async (i: number): Promise<PreparedImport> => {
      const { file, error } = found[i]!
      if (error) return { file, ok: false, error }
      const read = await readImportFile(file)
      return 'error' in read ? { file, ok: false, error: read.error } : prepareImport(this.parser, file, read.bytes)
    }
    // Parsing runs ahead in the workers; storing happens here, in file order, so "duplicate of"
    // always points at the earlier file and ids follow the folder's order.
    const pending: Array<Promise<PreparedImport>> = []
    let next = 0
    while (results.length < found.length) {
      while (next < found.length && pending.length < PARSE_AHEAD && !signal?.aborted) pending.push(prepare(next++))
      const head = pending.shift()
      if (!head) break
      const r = storePrepared(this.db, batchId, await head)
      results.push(r)
      onProgress?.({ done: results.length, total: found.length, file: r.file })
    }
    const added = results.flatMap((r) => (r.articleId === null ? [] : [r.articleId]))
    if (added.length) await this.articlesAdded(added)
    return summarize(results)
  }

  /**
   * Brings the derived data (search index, claims, copies, ...) up to date with newly stored
   * articles. Each feature adds its one call here; SQLite stays the single source of truth.
   */
  private async articlesAdded(_ids: number[]): Promise<void> {}
}

export function summarize(results: ImportFileResult[]): ImportReport {
  const count = (s: ImportFileResult['status']): number => results.filter((r) => r.status === s).length
  return { results, imported: count('imported'), duplicates: count('duplicate'), failed: count('failed') }
}
