import type { RunningHost } from '../support/host'

/** Calls the browser host's API from the test process (not the page), as the app's own client does. */
export async function callApi<T = unknown>(host: RunningHost, method: string, args: unknown): Promise<T> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-crosscheck-token': host.token },
    body: JSON.stringify(args),
  })
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
  return body.value as T
}

/** Imports one file's bytes through the API, past the UI; returns the new article's id. */
export async function importText(host: RunningHost, name: string, text: string): Promise<number> {
  const res = await fetch(`${host.origin}/api/import-file?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-crosscheck-token': host.token },
    body: Buffer.from(text),
  })
  const body = (await res.json()) as { ok: boolean; value?: { articleId: number | null; error?: string | null } }
  const id = body.value?.articleId
  if (!body.ok || typeof id !== 'number') throw new Error(`import of ${name} failed: ${JSON.stringify(body)}`)
  return id
}
