import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHost, type RunningHost } from '../support/host'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(host: RunningHost, path: string, init: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Reply> {
  const u = new URL(host.origin)
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(init.body)
  })
}

describe('browser host', () => {
  let host: RunningHost
  beforeAll(async () => {
    host = await startHost({ demo: false })
  })
  afterAll(async () => {
    await host.stop()
  })
  const api = (method: string, body: string, extra: Record<string, string> = {}): Promise<Reply> =>
    send(host, `/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-crosscheck-token': host.token, ...extra },
      body,
    })

  it('serves the app with a strict Content-Security-Policy', async () => {
    const r = await send(host, '/')
    expect(r.status).toBe(200)
    expect(r.body).toContain('<div id="root">')
    expect(String(r.headers['content-security-policy'])).toContain("script-src 'self'")
    expect(String(r.headers['content-security-policy'])).not.toMatch(/unsafe-inline|unsafe-eval|https?:/)
  })

  it('refuses API calls without the per-launch token', async () => {
    const r = await send(host, '/api/articles-list', { method: 'POST', body: '{}' })
    expect(r.status).toBe(403)
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('refuses a foreign Host header (DNS rebinding) and a cross-site Origin', async () => {
    expect((await api('articles-list', '{}', { host: 'attacker.example:80' })).status).toBe(421)
    expect((await api('articles-list', '{}', { origin: 'http://attacker.example' })).status).toBe(403)
    expect((await api('articles-list', '{}', { origin: host.origin })).status).toBe(200)
  })

  it('validates arguments and answers with a code and a message, no stack', async () => {
    const r = JSON.parse((await api('article-get', '{"id":"1; DROP TABLE articles"}')).body) as { ok: boolean; error: { code: string; message: string } }
    expect(r.ok).toBe(false)
    expect(r.error.code).toBe('invalid_input')
    expect(r.error.message).not.toMatch(/\.js:\d+/)
    const unknown = JSON.parse((await api('shell-exec', '{}')).body) as { error: { code: string } }
    expect(unknown.error.code).toBe('unknown_method')
  })

  it('imports uploaded bytes and lists the article', async () => {
    const text = 'Ferry service resumes in Kessling\n\nFerries returned to the harbour on Friday, the operator said.\n'
    const up = await send(host, `/api/import-file?name=${encodeURIComponent('uploads/ferry.txt')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-crosscheck-token': host.token },
      body: Buffer.from(text),
    })
    const result = JSON.parse(up.body) as { ok: true; value: { status: string; articleId: number } }
    expect(result.value.status).toBe('imported')
    const list = JSON.parse((await api('articles-list', '{}')).body) as { value: Array<{ id: number; title: string }> }
    expect(list.value).toEqual([expect.objectContaining({ id: result.value.articleId, title: 'Ferry service resumes in Kessling' })])
  })

  it('does not serve files outside the renderer folder', async () => {
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const r = await send(host, path)
      expect(r.status, path).toBe(404)
    }
  })
})
