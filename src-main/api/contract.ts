/**
 * The one contract between the UI and the workspace. Both hosts (Electron IPC and the browser
 * host's HTTP) carry exactly these methods; the renderer imports this file type-only.
 */
import type { ArticleDetail, ArticleSummary, ImportFileResult } from '../core/model'

export type {
  ArticleDetail,
  ArticleSummary,
  ImportFileResult,
  ImportReport,
  ImportStatus,
  RemovedText,
  Sentence,
} from '../core/model'

export interface WorkspaceInfo {
  path: string
  articleCount: number
  host: 'electron' | 'browser'
  /** The largest file one import accepts, so the UI can refuse it before reading. */
  maxFileBytes: number
}

/** Method name -> (argument object) => result. One argument object per method. */
export interface Api {
  'workspace-info': (args: Record<string, never>) => WorkspaceInfo
  'articles-list': (args: Record<string, never>) => ArticleSummary[]
  'article-get': (args: { id: number }) => ArticleDetail
  /** Import one file's bytes; `name` is the file's path relative to what the analyst picked. */
  'import-file': (args: { name: string; data: Uint8Array }) => ImportFileResult
}

export type ApiMethod = keyof Api
export type ApiArgs<M extends ApiMethod> = Parameters<Api[M]>[0]
export type ApiResult<M extends ApiMethod> = ReturnType<Api[M]>

/** Errors cross the boundary as data, never as stack traces. */
export interface ApiError {
  code: 'invalid_input' | 'not_found' | 'forbidden' | 'internal' | 'unknown_method'
  message: string
}

export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError }
