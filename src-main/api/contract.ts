/**
 * The one contract between the UI and the workspace. Both hosts (Electron IPC and the browser
 * host's HTTP) carry exactly these methods; the renderer imports this file type-only.
 */
import type { ArticleDetail, ArticleSummary, ImportFileResult, ImportRunFiles, ImportRunSummary, ImportStatus } from '../core/model'
import type { SearchRequest, SearchResult } from '../core/search/types'
import type { ClaimsApi } from '../core/claims/contract'
import type { CompareApi } from '../core/compare/contract'
import type { AnnotationsApi } from '../core/annotate/contract'
import type { ExportApi } from '../core/export/contract'
import type { WorkspacesApi } from '../core/workspaces/contract'

export type {
  ArticleDetail,
  ArticleSummary,
  ImportFileResult,
  ImportReport,
  ImportRunFile,
  ImportRunFiles,
  ImportRunSummary,
  ImportStatus,
  RemovedText,
  Sentence,
  PageStart,
  ParagraphInfo,
} from '../core/model'
export type { FacetCount, SearchFacets, SearchFilters, SearchHit, SearchRequest, SearchResult } from '../core/search/types'
export type * from '../core/compare/contract'
export type * from '../core/annotate/types'
export type * from '../core/export/contract'
export type { ExportFormat, ExportGrouping, ExportRequest, ExportScope } from '../core/export/types'
export type * from '../core/workspaces/contract'
export type { Attribution, Claim, ClaimKind, ClaimReview, ClaimStatus, Cluster, Conflict, ConflictValue, Entity, EntityKind, LedgerRow, Quantity, Tag } from '../core/claims/types'
export type { ClaimGroupBy, ClaimSortColumn, ClaimsPage, ClaimsQuery } from '../core/claims/types'

export interface WorkspaceInfo {
  path: string
  /** Display name (kept in the workspace file; the file name until renamed). */
  name: string
  articleCount: number
  host: 'electron' | 'browser'
  /** The largest file one import accepts, so the UI can refuse it before reading. */
  maxFileBytes: number
  /** Filled with the demo corpus by the host: the first-run tour opens by itself here only. */
  demo: boolean
}

/** Fields of an article the analyst may correct ("Edit details"); omitted fields stay as they are. */
export interface ArticleMetadataPatch {
  title?: string
  outlet?: string | null
  /** YYYY-MM-DD. */
  publishedAt?: string | null
  url?: string | null
  author?: string | null
  /** ISO 639-1 code, e.g. "en". */
  language?: string | null
}

/** Method name -> (argument object) => result. One argument object per method. */
export interface Api {
  'workspace-info': (args: Record<string, never>) => WorkspaceInfo
  'articles-list': (args: Record<string, never>) => ArticleSummary[]
  'article-get': (args: { id: number }) => ArticleDetail
  /** Import one file's bytes; `name` is the file's path relative to what the analyst picked. */
  'import-file': (args: { name: string; data: Uint8Array }) => ImportFileResult
  /** Put a removed span (spam, boilerplate...) back into the clean text; returns the updated article. */
  'removed-span-restore': (args: { articleId: number; spanId: number }) => ArticleDetail
  /** Remove a restored span from the clean text again; returns the updated article. */
  'removed-span-remove': (args: { articleId: number; spanId: number }) => ArticleDetail
  /**
   * Mark a stretch of the clean text as spam the detector missed; the same phrase is then removed
   * wherever it is spliced into other articles. Returns this article, updated; undo is its Restore.
   */
  'spam-mark': (args: { articleId: number; start: number; end: number }) => ArticleDetail
  /** Correct an article's details; kept for the same original file on re-import. null clears a field. */
  'article-update-metadata': (args: { id: number; patch: ArticleMetadataPatch }) => ArticleDetail
  /** Full-text search: one page of ranked hits (offset/limit), facets, notices. */
  'search-query': (args: SearchRequest) => SearchResult
  /** Every hit of a search as CSV text. */
  'search-export': (args: Omit<SearchRequest, 'offset' | 'limit'>) => { csv: string; rows: number }
  // Claims, tags, clusters, conflicts, ledger (documented in core/claims/contract.ts).
  'claims-list': ClaimsApi['claims-list']
  'claims-page': ClaimsApi['claims-page']
  'claim-update': ClaimsApi['claim-update']
  'claims-bulk-update': ClaimsApi['claims-bulk-update']
  'claim-create': ClaimsApi['claim-create']
  'tags-list': ClaimsApi['tags-list']
  'tag-create': ClaimsApi['tag-create']
  'tag-update': ClaimsApi['tag-update']
  'tags-merge': ClaimsApi['tags-merge']
  'tag-delete': ClaimsApi['tag-delete']
  'clusters-list': ClaimsApi['clusters-list']
  'clusters-conflicts': ClaimsApi['clusters-conflicts']
  'conflict-resolve': ClaimsApi['conflict-resolve']
  'ledger-get': ClaimsApi['ledger-get']
  // Source comparison and copies (documented in core/compare/contract.ts).
  'compare-articles': CompareApi['compare-articles']
  'copies-list': CompareApi['copies-list']
  'copy-graph': CompareApi['copy-graph']
  // Annotations, notes export, backup and restore (documented in core/annotate and core/export contract.ts).
  'annotations-list': AnnotationsApi['annotations-list']
  'annotation-create': AnnotationsApi['annotation-create']
  'annotation-update': AnnotationsApi['annotation-update']
  'annotation-delete': AnnotationsApi['annotation-delete']
  'annotation-restore': AnnotationsApi['annotation-restore']
  'colour-meanings-get': AnnotationsApi['colour-meanings-get']
  'colour-meanings-set': AnnotationsApi['colour-meanings-set']
  'export-preview': ExportApi['export-preview']
  'export-file': ExportApi['export-file']
  'workspace-backup': ExportApi['workspace-backup']
  'workspace-restore': ExportApi['workspace-restore']
  /**
   * Open an article's original address in the system browser, after the analyst confirmed it.
   * Desktop app only; http(s) only (checked again in the main process).
   */
  'open-external': (args: { url: string }) => { opened: true }
  // Several workspaces: switcher and problem screen (documented in core/workspaces/contract.ts).
  'workspaces-list': WorkspacesApi['workspaces-list']
  'workspaces-current': WorkspacesApi['workspaces-current']
  'workspaces-create': WorkspacesApi['workspaces-create']
  'workspaces-open': WorkspacesApi['workspaces-open']
  'workspaces-rename': WorkspacesApi['workspaces-rename']
  'workspaces-forget': WorkspacesApi['workspaces-forget']
  'workspaces-retry': WorkspacesApi['workspaces-retry']
  'workspaces-dismiss-problem': WorkspacesApi['workspaces-dismiss-problem']
  'workspaces-restore-backup': WorkspacesApi['workspaces-restore-backup']
  // Import history (the Imports view): past runs and each run's per-file report.
  /** Every import run, newest first, with how many files were imported, duplicates or failed. */
  'imports-list': (args: Record<string, never>) => ImportRunSummary[]
  /** One run's files in import order (optionally one status), at most `limit` (default 2000). */
  'import-run-files': (args: { id: number; status?: ImportStatus; limit?: number }) => ImportRunFiles
  /** Files the window sends from now on form a new run (one per import the analyst starts). */
  'import-run-start': (args: Record<string, never>) => { started: true }
  /** How many records of the bulk file now being imported are stored (null: none is being imported). */
  'import-status': (args: Record<string, never>) => { records: number } | null
  /** Stop the bulk file now being imported after the record in hand; what was stored stays. */
  'import-cancel': (args: Record<string, never>) => { cancelled: boolean }
}

export type ApiMethod = keyof Api
export type ApiArgs<M extends ApiMethod> = Parameters<Api[M]>[0]
export type ApiResult<M extends ApiMethod> = ReturnType<Api[M]>

/** Errors cross the boundary as data, never as stack traces. */
export interface ApiError {
  code: 'invalid_input' | 'not_found' | 'forbidden' | 'internal' | 'unknown_method'
    /** No workspace is open (it failed to open): open or create one (workspaces-*). */
    | 'no_workspace'
    /** The workspace stopped accepting work (disk full, read-only, damaged); the message says what to do. */
    | 'workspace_problem'
  message: string
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError }
