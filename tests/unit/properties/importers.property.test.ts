/**
 * Property tests over the importers: any bytes under any name either become an article or fail
 * with an IngestError that says why (never another exception, never a hang), and what is stored
 * is what was read: the text survives the trip through SQLite character for character.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { applyRemovals } from '../../../src-main/core/ingest/clean-text'
import { recordsOfBytes } from '../../../src-main/core/ingest/bulk-split'
import { InProcessParser } from '../../../src-main/core/ingest/in-process-parser'
import { wellFormed } from '../../../src-main/core/ingest/parse'
import { readArticle } from '../../../src-main/core/ingest/read-article'
import { IngestError, type BulkFormat, type ParsedArticle } from '../../../src-main/core/ingest/types'
import { Workspace } from '../../../src-main/core/workspace'
import { RUN_BOUND_MS, bytes, isWellFormed, text } from './arbitraries'

const NAMES = ['story.txt', 'story.md', 'page.html', 'page.htm', 'mail.eml', 'doc.pdf', 'doc.docx', 'noext', 'data.csv', 'x.jsonl']

/** Either an article that keeps its promises, or an IngestError. */
async function readOrRefuse(name: string, input: Uint8Array, bulk?: BulkFormat): Promise<ParsedArticle | IngestError> {
  try {
    const a = await readArticle(bulk ? { name, bytes: input, bulk: { format: bulk, ...(bulk === 'csv' ? { header: ['title', 'text'] } : {}) } } : { name, bytes: input })
    checkArticle(a)
    return a
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
}

function checkArticle(a: ParsedArticle): void {
  for (const [field, value] of Object.entries({ rawText: a.rawText, title: a.title, outlet: a.outlet, author: a.author, url: a.url })) {
    if (value !== null) expect(isWellFormed(value), `${field} holds a lone surrogate`).toBe(true)
  }
  expect(a.title.trim()).not.toBe('')
  let at = 0
  for (const r of a.removed) {
    expect(r.start).toBeGreaterThanOrEqual(at)
    expect(r.end).toBeGreaterThan(r.start)
    expect(r.end).toBeLessThanOrEqual(a.rawText.length)
    at = r.end
  }
  expect(applyRemovals(a.rawText, a.removed).text.trim()).not.toBe('')
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const words = fc.array(fc.stringMatching(/^[A-Za-z][a-z]{2,9}$/), { minLength: 3, maxLength: 12 }).map((w) => w.join(' '))

describe('property: importers', { timeout: 180_000 }, () => {
  const ws = Workspace.open(join(mkdtempSync(join(tmpdir(), 'cc-prop-')), 'ws.sqlite'), { parser: new InProcessParser() })
  afterAll(() => ws.close())

  it('read any bytes under any name into an article or an IngestError (500 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NAMES), bytes, async (name, input) => {
        await readOrRefuse(name, input)
      }),
      { numRuns: 500, timeout: RUN_BOUND_MS },
    )
  })

  it('store exactly what they read: raw text, clean text and title survive SQLite (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('story.txt', 'page.html', 'mail.eml', 'story.md'), fc.oneof(bytes, text.map(utf8)), async (name, input) => {
        const read = await readOrRefuse(name, input)
        const r = await ws.importFile(name, input)
        if (read instanceof IngestError) {
          expect(r.status).toBe('failed')
          return
        }
        expect(r.status).not.toBe('failed')
        const id = r.articleId ?? r.duplicateOf
        const stored = ws.getArticle(id as number)
        if (r.status === 'imported') {
          expect(stored.rawText).toBe(read.rawText)
          expect(stored.title).toBe(read.title)
        }
        expect(stored.text).toBe(applyRemovals(stored.rawText, stored.removed.filter((s) => s.id !== undefined)).text)
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })

  it('keep every character of a UTF-8 text file (line ends aside) (300 runs)', async () => {
    const printable = text.map((s) => wellFormed(s.replace(/[\p{Cc}\p{Cs}\p{Cf}\u2028\u2029]/gu, ' ')))
    await fc.assert(
      fc.asyncProperty(printable, words, async (body, lead) => {
        const input = `The council said on Tuesday that ${lead} would go ahead.\n\n${body}`
        const read = await readOrRefuse('story.txt', utf8(input))
        if (read instanceof IngestError) throw new Error(`refused a plain text file: ${read.message}`)
        expect(read.rawText).toBe(input.replace(/\r\n?/g, '\n'))
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })

  it('keep the words of every paragraph of an HTML article (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(words, { minLength: 1, maxLength: 8 }), text, async (paras, junk) => {
        const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
        const html = `<html><head><title>${esc(paras[0] ?? '')}</title></head><body><article>${paras.map((p) => `<p>${esc(p)}.</p>`).join('')}</article><footer>${esc(junk)}</footer></body></html>`
        const read = await readOrRefuse('page.html', utf8(html))
        if (read instanceof IngestError) throw new Error(`refused an HTML article: ${read.message}`)
        for (const p of paras) expect(read.rawText).toContain(p)
      }),
      { numRuns: 200, timeout: RUN_BOUND_MS },
    )
  })

  it('split CSV and JSON Lines into exactly the records written, with their text intact (300 runs)', async () => {
    const field = text.map(wellFormed)
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<BulkFormat>('csv', 'jsonl', 'json'), fc.array(fc.tuple(words, field), { minLength: 1, maxLength: 8 }), async (format, records) => {
        const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`
        const body =
          format === 'csv'
            ? `title,text\n${records.map(([t, b]) => `${quote(t)},${quote(b)}`).join('\n')}\n`
            : format === 'jsonl'
              ? records.map(([t, b]) => JSON.stringify({ title: t, text: b })).join('\n')
              : JSON.stringify(records.map(([t, b]) => ({ title: t, text: b })))
        const seen: string[] = []
        for await (const rec of recordsOfBytes(utf8(body), format)) {
          expect(rec.error).toBeUndefined()
          seen.push(rec.text)
        }
        expect(seen).toHaveLength(records.length)
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })

  it('split any bytes named as a bulk file without throwing (300 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<BulkFormat>('csv', 'jsonl', 'json'), bytes, async (format, input) => {
        for await (const rec of recordsOfBytes(input, format)) {
          if (rec.error) continue
          await readOrRefuse(`x.${format}`, utf8(rec.text), format)
        }
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })

  it('read JSON records whose strings escape lone surrogates or controls (300 runs)', async () => {
    const escaped = fc.array(fc.oneof(words, fc.constantFrom('\\ud800', '\\udfff', '\\udc00\\ud800', '\\u0000', '\\u001b', '\\ufeff', '\\"')), { minLength: 1, maxLength: 10 }).map((p) => p.join(' '))
    await fc.assert(
      fc.asyncProperty(escaped, escaped, async (title, body) => {
        const record = `{"title": "${title}", "text": "The council said on Tuesday that ${body} would go ahead."}`
        const read = await readOrRefuse('x.jsonl', utf8(record), 'jsonl')
        if (read instanceof IngestError) throw new Error(`refused a record: ${read.message}`)
      }),
      { numRuns: 300, timeout: RUN_BOUND_MS },
    )
  })

  it('read an e-mail of any subject and body, keeping the body (200 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(words, words, text, async (subject, body, extra) => {
        const mail = `From: Desk <desk@example.org>\r\nTo: a@example.org\r\nSubject: ${subject}\r\nDate: Tue, 5 Mar 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}.\r\n\r\n${wellFormed(extra)}\r\n`
        const read = await readOrRefuse('mail.eml', utf8(mail))
        if (read instanceof IngestError) throw new Error(`refused an e-mail: ${read.message}`)
        expect(read.format).toBe('eml')
        expect(read.rawText).toContain(body)
      }),
      { numRuns: 200, timeout: RUN_BOUND_MS },
    )
  })
})
