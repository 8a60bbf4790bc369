import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import type { ArticleParser } from '../../../src-main/core/ingest/parser'
import type { ParsedArticle } from '../../../src-main/core/ingest/types'
import { Workspace, type ImportProgress } from '../../../src-main/core/workspace'

const sample = resolve(__dirname, '../../fixtures/import-sample')
const open = (parser: ArticleParser = new InProcessParser()): Workspace =>
  Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-ws-')), 'ws.sqlite'), { parser })

function parsed(rawText: string, removed: ParsedArticle['removed'] = []): ParsedArticle {
  return {
    format: 'txt', encoding: 'utf-8', rawText, removed, title: rawText.split('\n')[0] ?? '', outlet: null,
    publishedAt: null, url: null, author: null, language: null, warnings: [],
  }
}

describe('Workspace.importPaths', () => {
  it('imports a folder with progress and a per-file report', async () => {
    const ws = open()
    const progress: ImportProgress[] = []
    const report = await ws.importPaths([sample], (p) => progress.push(p))
    expect(report.imported).toBe(5)
    expect(report.duplicates).toBe(1)
    expect(report.failed).toBe(2)
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1))
    expect(progress.at(-1)?.total).toBe(8)
    expect(ws.listArticles()).toHaveLength(5)
    await ws.close()
  })

  it('keeps going after a file fails, and stores nothing of the failed file', async () => {
    let calls = 0
    const flaky: ArticleParser = {
      parse: ({ name }) => {
        calls++
        if (name.includes('alpha')) return Promise.reject(new Error('reader exploded'))
        return new InProcessParser().parse({ name, bytes: new TextEncoder().encode(`Story ${calls}\n\nBody of ${name}.`) })
      },
      close: () => Promise.resolve(),
    }
    const ws = open(flaky)
    const report = await ws.importPaths([sample])
    const alpha = report.results.filter((r) => r.file.includes('alpha'))
    expect(alpha.every((r) => r.status === 'failed' && /reader exploded/.test(r.error ?? ''))).toBe(true)
    expect(report.imported).toBe(report.results.length - alpha.length)
    expect(ws.listArticles().some((a) => a.sourceFile.includes('alpha'))).toBe(false)
    await ws.close()
  })

  it('rolls back the whole article when storing one of its parts fails', async () => {
    // A span with end <= start violates the table's CHECK after the article row was written.
    const bad: ArticleParser = {
      parse: () => Promise.resolve(parsed('A title\nSome body text here.', [{ kind: 'footer', start: 5, end: 2 }])),
      close: () => Promise.resolve(),
    }
    const ws = open(bad)
    const r = await ws.importFile('bad.txt', new TextEncoder().encode('x'))
    expect(r.status).toBe('failed')
    expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0)
    expect(ws.db.prepare('SELECT count(*) FROM removed_spans').pluck().get()).toBe(0)
    await ws.close()
  })

  it('reports an exact duplicate (same text up to case and spacing) as a duplicate of the first', async () => {
    const ws = open()
    const first = await ws.importFile('a.txt', new TextEncoder().encode('Harbour reopens\n\nThe harbour reopened on Monday.'))
    const again = await ws.importFile('b.txt', new TextEncoder().encode('Harbour reopens\n\nthe  harbour reopened on monday.\n'))
    expect(first.status).toBe('imported')
    expect(again).toMatchObject({ status: 'duplicate', duplicateOf: first.articleId, articleId: null })
    await ws.close()
  })

  it('keeps the original bytes and the removed text, so cleaning can be undone', async () => {
    const raw = 'Harbour reopens\n\nThe harbour reopened on Monday.\n\nLeave a Reply\n'
    const p: ArticleParser = {
      parse: () => Promise.resolve(parsed(raw, [{ kind: 'comments', start: raw.indexOf('Leave'), end: raw.length - 1 }])),
      close: () => Promise.resolve(),
    }
    const ws = open(p)
    const bytes = new TextEncoder().encode(raw)
    const r = await ws.importFile('c.txt', bytes)
    const a = ws.getArticle(r.articleId ?? 0)
    expect(a.text).not.toContain('Leave a Reply')
    expect(a.removed).toMatchObject([{ kind: 'comments', start: raw.indexOf('Leave'), end: raw.length - 1, text: 'Leave a Reply' }])
    const original = ws.db.prepare('SELECT original FROM articles WHERE id = ?').pluck().get(r.articleId) as Buffer
    expect(new Uint8Array(original)).toEqual(bytes)
    await ws.close()
  })
})
