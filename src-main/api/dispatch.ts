import { z } from 'zod'
import { InvalidInputError, NotFoundError, type Workspace } from '../core/workspace'
import { ClaimsInputError } from '../core/claims/service'
import { CompareInputError } from '../core/compare/service'
import { AnnotationInputError } from '../core/annotate/service'
import { BackupError } from '../core/export/backup'
import { DbFromFutureError } from '../core/store/errors'
import { annotationHandlers } from '../core/annotate/handlers'
import type { WorkspaceManager } from '../core/workspaces/manager'
import { isWorkspacesMethod, workspacesHandlers } from '../core/workspaces/handlers'
import { storageFailureText } from '../core/workspaces/problems'
import { importRunFiles, listImportRuns } from '../core/store/import-history'
import type { Api, ApiArgs, ApiError, ApiMethod, ApiResponse, ApiResult } from './contract'
import { ARG_SCHEMAS, isApiMethod } from './schemas'
import { internalError, safeApiError } from './safe-error'
import { openExternalHandler, OpenExternalRefusedError } from './open-external'

export interface HostContext {
  host: 'electron' | 'browser'
  /** Hands an http(s) address to the system browser; only the desktop app has one. */
  openExternal?: (url: string) => Promise<boolean>
  /** The host's workspace switcher; without it the workspaces-* methods are refused. */
  workspaces?: WorkspaceManager
}

type Handlers = { [M in ApiMethod]: (ws: Workspace, args: ApiArgs<M>, ctx: HostContext) => ApiResult<M> | Promise<ApiResult<M>> }

const HANDLERS: Handlers = {
  'workspace-info': (ws, _args, ctx) => ({ ...ws.info(), host: ctx.host }),
  'articles-list': (ws) => ws.listArticles(),
  'article-get': (ws, { id }) => ws.getArticle(id),
  'import-file': (ws, { name, data }) => ws.importFile(name, data),
  'removed-span-restore': (ws, { articleId, spanId }) => ws.setRemovedSpanRestored(articleId, spanId, true),
  'removed-span-remove': (ws, { articleId, spanId }) => ws.setRemovedSpanRestored(articleId, spanId, false),
  'spam-mark': (ws, { articleId, start, end }) => ws.markSpam(articleId, start, end),
  'article-update-metadata': (ws, { id, patch }) => ws.updateArticleMetadata(id, patch),
  'search-query': (ws, args) => ws.search(args),
  'search-export': (ws, args) => ws.searchExport(args),
  'claims-list': (ws, args) => ws.claims.list(args),
  'claims-page': (ws, args) => ws.claims.page(args),
  'claim-update': (ws, { id, ...change }) => ws.claims.update(id, change),
  'claims-bulk-update': (ws, { ids, ...change }) => ws.claims.bulkUpdate(ids, change),
  'claim-create': (ws, { articleId, start, end }) => ws.claims.create(articleId, { start, end }),
  'tags-list': (ws) => ws.claims.tags(),
  'tag-create': (ws, { name, color }) => ws.claims.createTag(name, color),
  'tag-update': (ws, { id, ...f }) => ws.claims.updateTag(id, f),
  'tags-merge': (ws, { from, into }) => ws.claims.mergeTags(from, into),
  'tag-delete': (ws, { id }) => (ws.claims.deleteTag(id), { deleted: true as const }),
  'clusters-list': (ws) => ws.claims.clusters(),
  'clusters-conflicts': (ws) => ws.claims.unresolvedConflicts(),
  'conflict-resolve': (ws, { clusterId, quantity, note }) => ws.claims.resolveConflict(clusterId, quantity, note),
  'ledger-get': (ws) => ws.claims.ledger(),
  'compare-articles': (ws, { ids }) => ws.compare.compare(ids),
  'copies-list': (ws) => ws.compare.copies(),
  'copy-graph': (ws) => ws.compare.graph(),
  ...annotationHandlers,
  'open-external': openExternalHandler,
  ...workspacesHandlers,
  'imports-list': (ws) => listImportRuns(ws.db),
  'import-run-files': (ws, { id, status, limit }) => {
    const files = importRunFiles(ws.db, id, { ...(status ? { status } : {}), limit: limit ?? 2000 })
    if (!files) throw new NotFoundError(`No import run with id ${id}.`)
    return files
  },
  'import-run-start': (ws) => (ws.startImportRun(), { started: true as const }),
  'import-status': (ws) => ws.importStatus(),
  'import-cancel': (ws) => ws.cancelImport(),
}

/**
 * The single entry both hosts call: checks the method and validates the argument object, runs
 * the handler, and turns every failure into `{ code, message }` (no stack trace crosses).
 */
export async function dispatch(
  ws: Workspace | null,
  method: string,
  rawArgs: unknown,
  ctx: HostContext,
): Promise<ApiResponse<ApiResult<ApiMethod>>> {
  if (!isApiMethod(method)) return fail('unknown_method', `Unknown method "${method.slice(0, 80)}".`)
  const parsed = ARG_SCHEMAS[method].safeParse(rawArgs ?? {})
  if (!parsed.success) return fail('invalid_input', `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`)
  if (ws === null && !isWorkspacesMethod(method)) {
    return fail('no_workspace', 'No workspace is open. Open a workspace or create a new one.')
  }
  try {
    const handler = HANDLERS[method] as (ws: Workspace | null, args: unknown, ctx: HostContext) => unknown
    return { ok: true, value: (await handler(ws, parsed.data, ctx)) as ApiResult<ApiMethod> }
  } catch (error) {
    if (error instanceof NotFoundError) return fail('not_found', error.message)
    if (error instanceof InvalidInputError) return fail('invalid_input', error.message)
    if (error instanceof CompareInputError) return fail('invalid_input', error.message)
    if (error instanceof ClaimsInputError) return fail(error.notFound ? 'not_found' : 'invalid_input', error.message)
    if (error instanceof AnnotationInputError) return fail(error.notFound ? 'not_found' : 'invalid_input', error.message)
    if (error instanceof BackupError || error instanceof DbFromFutureError) return fail('invalid_input', error.message)
    if (error instanceof OpenExternalRefusedError) return fail(error.code, error.message)
    // SQLite's own storage failures (a full disk, a file turned read-only or damaged) while working.
    const storage = ws ? storageFailureText(error, ws.path) : undefined
    if (storage) return fail('workspace_problem', storage)
    console.error(`[crosscheck] ${method} failed:`, error)
    return { ok: false, error: internalError(error) }
  }
}

function fail(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: safeApiError(code, message) }
}

export type { Api }
