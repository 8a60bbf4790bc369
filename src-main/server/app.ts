import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { ApiResponse } from '../api/contract'
import { dispatch } from '../api/dispatch'
import { tooLargeMessage } from '../core/ingest/importer'
import { MAX_ARTICLE_BYTES } from '../core/ingest/types'
import type { Workspace } from '../core/workspace'
import type { WorkspaceManager } from '../core/workspaces/manager'
import { MAX_BACKUP_UPLOAD_BYTES } from '../core/export/backup'
import { hostAllowed, originAllowed, SECURITY_HEADERS, tokenMatches } from './security'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/** JSON bodies are small; only import-file carries a whole file. */
const MAX_JSON_BYTES = 1024 * 1024

export interface BrowserHostOptions {
  /** One fixed workspace (tests), or a switcher (the host program). */
  workspace?: Workspace
  workspaces?: WorkspaceManager
  rendererDir: string
  token: string
}

/** The browser host: the built renderer and the API contract over HTTP, for 127.0.0.1 only. */
export function createBrowserHost(options: BrowserHostOptions): Server {
  const server = createServer((req, res) => {
    handle(server, options, req, res).catch((error: unknown) => {
      console.error('[crosscheck] request failed:', error)
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error.' } })
    })
  })
  return server
}

function port(server: Server): number {
  const a = server.address()
  return typeof a === 'object' && a ? a.port : 0
}

async function handle(server: Server, o: BrowserHostOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const p = port(server)
  if (!hostAllowed(req, p)) return sendText(res, 421, 'Misdirected request: unknown Host.')
  if (!originAllowed(req, p)) return sendText(res, 403, 'Cross-origin request refused.')
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${p}`)
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return sendText(res, 405, 'Use POST.')
    if (!tokenMatches(req.headers['x-crosscheck-token'], o.token))
      return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Missing or wrong session token.' } })
    const method = decodeURIComponent(url.pathname.slice('/api/'.length))
    const isUpload = method === 'import-file'
    const isRestore = method === 'workspace-restore'
    const body = await readBody(req, isUpload ? MAX_ARTICLE_BYTES + 1 : isRestore ? MAX_BACKUP_UPLOAD_BYTES : MAX_JSON_BYTES)
    let args: unknown
    if (isRestore) {
      // A backup arrives as raw bytes, like an imported file.
      if (body === null) return send(res, 413, { ok: false, error: { code: 'invalid_input', message: 'This backup is larger than a restore through the browser accepts; use `crosscheck restore FILE`.' } })
      args = { data: new Uint8Array(body) }
    } else if (isUpload) {
      if (body === null) {
        const file = url.searchParams.get('name') ?? '(unnamed)'
        const error = tooLargeMessage(Number(req.headers['content-length'] ?? MAX_ARTICLE_BYTES + 1))
        return send(res, 200, {
          ok: true,
          value: { file, status: 'failed', articleId: null, duplicateOf: null, error, warnings: [] },
        })
      }
      args = { name: url.searchParams.get('name') ?? '', data: new Uint8Array(body) }
    } else {
      if (body === null) return send(res, 413, { ok: false, error: { code: 'invalid_input', message: 'Request too large.' } })
      try {
        args = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Body is not valid JSON.' } })
      }
    }
    const ws = o.workspaces ? o.workspaces.current : (o.workspace ?? null)
    // Background work (the claims index warm-up) waits while the window is asking for things.
    ws?.noteActivity()
    return send(res, 200, await dispatch(ws, method, args, { host: 'browser', ...(o.workspaces ? { workspaces: o.workspaces } : {}) }))
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed.')
  return serveStatic(o.rendererDir, url.pathname, res)
}

/** Reads a body up to `limit` bytes; null when it is larger (the rest is drained, not kept). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) over = true
      if (!over) chunks.push(c)
    })
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const rel = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
  const file = join(root, rel)
  if (!file.startsWith(root + sep) || rel.split(/[/\\]/).includes('..')) return sendText(res, 404, 'Not found.')
  let data: Buffer
  try {
    data = await readFile(file)
  } catch {
    return sendText(res, 404, 'Not found.')
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  })
  res.end(data)
}

function send(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  // Encoded once, with its length: given a string, Node measures it and then encodes it again (a
  // 50,000-article library list is 12 MB of JSON).
  const bytes = Buffer.from(JSON.stringify(body), 'utf8')
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': bytes.byteLength,
    'Cache-Control': 'no-store',
  })
  res.end(bytes)
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end(text)
}
