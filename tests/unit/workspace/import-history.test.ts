import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../../src-main/api/dispatch'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { Workspace } from '../../../src-main/core/workspace'

const sample = resolve(__dirname, '../../fixtures/import-sample')
const ctx = { host: 'browser' as const }
const open = (): Workspace => Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-hist-')), 'ws.sqlite'), { parser: new InProcessParser() })
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

async function call(ws: Workspace, method: string, args: unknown): Promise<unknown> {
  const r = await dispatch(ws, method, args, ctx)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value
}

describe('import history (imports-list, import-run-files, import-run-start)', () => {
  it('lists each run newest first with its counts, and each run’s files with article titles', async () => {
    const ws = open()
    await ws.importPaths([sample])
    await call(ws, 'import-run-start', {})
    await call(ws, 'import-file', { name: 'a.txt', data: bytes('Harbour closes\n\nThe harbour closed on Monday after the storm.') })
    await call(ws, 'import-file', { name: 'again.txt', data: bytes('Harbour closes\n\nThe harbour closed on Monday after the storm.') })
    await call(ws, 'import-run-start', {})
    await call(ws, 'import-file', { name: 'b.txt', data: bytes('Second run\n\nA different article about the bridge repairs.') })

    const runs = (await call(ws, 'imports-list', {})) as { id: number; source: string; files: number; imported: number; duplicates: number; failed: number }[]
    expect(runs.map((r) => [r.source, r.files, r.imported, r.duplicates, r.failed])).toEqual([
      ['ui', 1, 1, 0, 0],
      ['ui', 2, 1, 1, 0],
      ['files', 8, 5, 1, 2],
    ])

    const second = (await call(ws, 'import-run-files', { id: runs[1]?.id })) as { total: number; files: { file: string; status: string; articleTitle: string | null; duplicateTitle: string | null }[] }
    expect(second.total).toBe(2)
    expect(second.files.map((f) => [f.file, f.status, f.articleTitle, f.duplicateTitle])).toEqual([
      ['a.txt', 'imported', 'Harbour closes', null],
      ['again.txt', 'duplicate', null, 'Harbour closes'],
    ])

    const failures = (await call(ws, 'import-run-files', { id: runs[2]?.id, status: 'failed', limit: 1 })) as { total: number; files: { status: string; error: string | null }[] }
    expect(failures.total).toBe(2)
    expect(failures.files).toHaveLength(1)
    expect(failures.files[0]?.status).toBe('failed')
    expect(failures.files[0]?.error).toBeTruthy()
    await ws.close()
  })

  it('answers not_found for a run that does not exist', async () => {
    const ws = open()
    const r = await dispatch(ws, 'import-run-files', { id: 999 }, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('not_found')
    await ws.close()
  })
})
