import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { prepareImport, storePrepared } from '../../../src-main/core/ingest/importer'
import { createBatch } from '../../../src-main/core/store/imports'
import { Workspace } from '../../../src-main/core/workspace'
import { makeArticle } from '../../support/make-corpus'

const open = (path = join(mkdtempSync(join(tmpdir(), 'cc-derived-')), 'ws.sqlite')): Workspace =>
  Workspace.open(path, { parser: new InProcessParser() })

const count = (ws: Workspace, table: string): number => (ws.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n

function jsonl(n: number): Uint8Array {
  const lines = Array.from({ length: n }, (_, i) => {
    const a = makeArticle(i)
    return JSON.stringify({ title: a.title, outlet: a.outlet, date: a.date, text: a.paragraphs.join('\n\n') })
  })
  return new TextEncoder().encode(lines.join('\n'))
}

describe('derived data of new articles', { timeout: 120_000 }, () => {
  it('is built in chunks, so the host answers other requests while a bulk file is processed', async () => {
    const ws = open()
    const seen = { claims: new Set<number>(), copies: new Set<number>() }
    let running = true
    // Stands in for the analyst's requests: each runs only when the import lets the event loop turn.
    const poll = (): void => {
      if (!running) return
      seen.claims.add(count(ws, 'claims_extracted'))
      seen.copies.add(count(ws, 'copy_signatures'))
      setImmediate(poll)
    }
    setImmediate(poll)
    const r = await ws.importFile('wire.jsonl', jsonl(120))
    running = false
    expect(r.records).toHaveLength(120)
    expect(count(ws, 'claims_extracted')).toBe(120)
    expect(count(ws, 'copy_signatures')).toBe(120)
    // Requests were answered part-way through both claims and copy detection.
    expect([...seen.claims].some((n) => n > 0 && n < 120)).toBe(true)
    expect([...seen.copies].some((n) => n > 0 && n < 120)).toBe(true)
    await ws.close()
  })

  it('that an interrupted import never built is built when the workspace opens again', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cc-derived-')), 'ws.sqlite')
    const ws = open(path)
    // What a killed import leaves: articles committed, their derived data never written.
    const batch = createBatch(ws.db, 'files', new Date().toISOString())
    for (let i = 0; i < 3; i++) {
      const a = makeArticle(i)
      const p = await prepareImport(new InProcessParser(), `a${i}.txt`, new TextEncoder().encode(`${a.title}\n\n${a.paragraphs.join('\n\n')}\n`))
      expect(storePrepared(ws.db, batch, p).status).toBe('imported')
    }
    expect(count(ws, 'claims_extracted')).toBe(0)
    expect(count(ws, 'copy_signatures')).toBe(0)
    await ws.close()
    const again = open(path)
    expect(count(again, 'claims_extracted')).toBe(3)
    expect(count(again, 'copy_signatures')).toBe(3)
    expect(count(again, 'claims')).toBeGreaterThan(0)
    await again.close()
  })
})
