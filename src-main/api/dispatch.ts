import { z } from 'zod'
import { NotFoundError, type Workspace } from '../core/workspace'
import type { Api, ApiArgs, ApiError, ApiMethod, ApiResponse, ApiResult } from './contract'
import { ARG_SCHEMAS, isApiMethod } from './schemas'

export interface HostContext {
  host: 'electron' | 'browser'
}

type Handlers = { [M in ApiMethod]: (ws: Workspace, args: ApiArgs<M>, ctx: HostContext) => ApiResult<M> | Promise<ApiResult<M>> }

const HANDLERS: Handlers = {
  'workspace-info': (ws, _args, ctx) => ({ ...ws.info(), host: ctx.host }),
  'articles-list': (ws) => ws.listArticles(),
  'article-get': (ws, { id }) => ws.getArticle(id),
  'import-file': (ws, { name, data }) => ws.importFile(name, data),
}

/**
 * The single entry both hosts call: checks the method and validates the argument object, runs
 * the handler, and turns every failure into `{ code, message }` (no stack trace crosses).
 */
export async function dispatch(
  ws: Workspace,
  method: string,
  rawArgs: unknown,
  ctx: HostContext,
): Promise<ApiResponse<ApiResult<ApiMethod>>> {
  if (!isApiMethod(method)) return fail('unknown_method', `Unknown method "${method.slice(0, 80)}".`)
  const parsed = ARG_SCHEMAS[method].safeParse(rawArgs ?? {})
  if (!parsed.success) return fail('invalid_input', `Invalid arguments for ${method}: ${z.prettifyError(parsed.error)}`)
  try {
    const handler = HANDLERS[method] as (ws: Workspace, args: unknown, ctx: HostContext) => unknown
    return { ok: true, value: (await handler(ws, parsed.data, ctx)) as ApiResult<ApiMethod> }
  } catch (error) {
    if (error instanceof NotFoundError) return fail('not_found', error.message)
    console.error(`[crosscheck] ${method} failed:`, error)
    return fail('internal', error instanceof Error ? error.message : String(error))
  }
}

function fail(code: ApiError['code'], message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } }
}

export type { Api }
