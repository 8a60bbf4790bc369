import type { ApiArgs, ApiError, ApiMethod, ApiResponse, ApiResult } from '../../../src-main/api/contract'
import { currentToken } from './token'

/** Why a call failed: the contract's codes, plus `unreachable` when the host did not answer. */
export type ApiCallErrorCode = ApiError['code'] | 'unreachable'

/** A failed call, with the host's code and a message written for the analyst. */
export class ApiCallError extends Error {
  override name = 'ApiCallError'
  constructor(
    readonly code: ApiCallErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** Window event: a call found no workspace open on the host. */
export const WORKSPACE_LOST = 'crosscheck:workspace-lost'

const UNREACHABLE = 'Lost contact with the Crosscheck host. Is it still running?'

/**
 * Call one contract method. In Electron this goes through the preload bridge; in a browser, over
 * HTTP to the host that served this page.
 */
export async function invoke<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> {
  const bridge = window.crosscheck
  let response: unknown
  if (bridge?.invoke) {
    try {
      response = await bridge.invoke(method, args)
    } catch (error) {
      throw new ApiCallError('unreachable', `${UNREACHABLE} (${errorText(error)})`)
    }
  } else {
    response = await overHttp(method, args)
  }
  if (!isApiResponse(response)) {
    throw new ApiCallError('internal', `The Crosscheck host sent an answer this window cannot read (${method}).`)
  }
  if (!response.ok) {
    // The workspace went away under this window (a background check found it damaged): the
    // workspace gate listens and shows why, with the ways out.
    if (response.error.code === 'no_workspace') window.dispatchEvent(new Event(WORKSPACE_LOST))
    throw new ApiCallError(response.error.code, response.error.message)
  }
  // The host is trusted to answer with the contract's type for this method.
  return response.value as ApiResult<M>
}

async function overHttp<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<unknown> {
  const token = currentToken()
  if (token === null) {
    throw new ApiCallError(
      'forbidden',
      'This page was opened without its access token. Open the address the Crosscheck host printed, including "?token=".',
    )
  }
  const init = requestFor(method, args, token)
  let res: Response
  try {
    res = await fetch(init.url, { method: 'POST', headers: init.headers, body: init.body, cache: 'no-store' })
  } catch {
    throw new ApiCallError('unreachable', UNREACHABLE)
  }
  try {
    return (await res.json()) as unknown
  } catch {
    const code = res.status === 401 || res.status === 403 ? 'forbidden' : 'internal'
    throw new ApiCallError(code, `The Crosscheck host answered ${res.status} ${res.statusText} to ${method}.`)
  }
}

interface HttpRequest {
  url: string
  headers: Record<string, string>
  body: BodyInit
}

function requestFor<M extends ApiMethod>(method: M, args: ApiArgs<M>, token: string): HttpRequest {
  const headers: Record<string, string> = { 'x-crosscheck-token': token }
  if (isImportFile(method, args)) {
    // Raw bytes, not JSON: a 20 MB article would otherwise become a 60 MB JSON array.
    const { name, data } = args
    const body =
      data.buffer instanceof ArrayBuffer ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data.slice()
    headers['content-type'] = 'application/octet-stream'
    return { url: `/api/import-file?name=${encodeURIComponent(name)}`, headers, body }
  }
  if (method === 'workspace-restore') {
    // A backup travels as raw bytes too (see the browser host's upload branch).
    const { data } = args as ApiArgs<'workspace-restore'>
    headers['content-type'] = 'application/octet-stream'
    return { url: '/api/workspace-restore', headers, body: new Uint8Array(data) }
  }
  headers['content-type'] = 'application/json'
  return { url: `/api/${method}`, headers, body: JSON.stringify(args) }
}

function isImportFile(method: ApiMethod, _args: unknown): _args is ApiArgs<'import-file'> {
  return method === 'import-file'
}

function isApiResponse(value: unknown): value is ApiResponse<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  if (value.ok === true) return 'value' in value
  if (!('error' in value) || typeof value.error !== 'object' || value.error === null) return false
  return 'message' in value.error && typeof value.error.message === 'string'
}

/** A message for any thrown value, for showing to the analyst. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message
  return typeof error === 'string' ? error : 'Unknown error'
}
