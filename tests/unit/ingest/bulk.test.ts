import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { recordsOfBytes, recordsOfFile, type RawRecord } from '../../../src-main/core/ingest/bulk-split'
import { recordFields } from '../../../src-main/core/ingest/bulk-record'
import { readArticle } from '../../../src-main/core/ingest/read-article'
import type { BulkFormat } from '../../../src-main/core/ingest/types'
import { cleanOf, utf8 } from './helpers'

const titleOf = (json: string): string => (JSON.parse(json) as { title: string }).title

const TEXT = 'The harbour authority of Velmora said the grounded ferry would be towed free at high tide on Monday.'

async function collect(bytes: Uint8Array, format: BulkFormat): Promise<RawRecord[]> {
  const out: RawRecord[] = []
  for await (const r of recordsOfBytes(bytes, format)) out.push(r)
  return out
}

describe('bulk files', () => {
  it('splits JSON Lines, skipping blank lines, numbering records', async () => {
    const jsonl = `{"title":"A","text":"one"}\n\n{"title":"B","text":"two\\nlines"}\r\n`
    const records = await collect(utf8(jsonl), 'jsonl')
    expect(records.map((r) => [r.record, titleOf(r.text)])).toEqual([[1, 'A'], [2, 'B']])
  })

  it('splits a JSON array whatever the chunking, strings with brackets included', async () => {
    const json = JSON.stringify([{ title: 'A [x]', text: 'a {b} "c"' }, { title: 'B', text: 'd' }], null, 2)
    const records = await collect(utf8(json), 'json')
    expect(records.map((r) => titleOf(r.text))).toEqual(['A [x]', 'B'])
    const wrapped = await collect(utf8(JSON.stringify({ articles: [{ title: 'W', text: 'w' }] })), 'json')
    expect(titleOf(wrapped[0]?.text ?? '{}')).toBe('W')
  })

  it('reports a truncated JSON array after the records before it', async () => {
    const records = await collect(utf8('[{"title":"A","text":"a"}, {"title":"B","te'), 'json')
    expect(records[0]?.text).toContain('"A"')
    expect(records.at(-1)?.error).toMatch(/truncated/)
  })

  it('splits CSV rows with quoted line breaks and maps columns by header name', async () => {
    const csv = `Headline,Body,Link,PubDate,Source\n"Ferry towed","${TEXT}\n\nSecond para, with comma.",https://example.org/a,2024-06-18,Harbour Wire\n`
    const records = await collect(utf8(csv), 'csv')
    expect(records).toHaveLength(1)
    const fields = recordFields(records[0]?.text ?? '', 'csv', records[0]?.header)
    expect(fields).toMatchObject({ title: 'Ferry towed', url: 'https://example.org/a', date: '2024-06-18', outlet: 'Harbour Wire' })
    expect(fields.text).toContain('Second para, with comma.')
  })

  it('turns a record into an article with its columns as metadata', async () => {
    const record = JSON.stringify({ headline: 'Ferry towed free', body: TEXT, url: 'https://example.org/x', published: '2024-06-18', publisher: 'Harbour Wire', author: 'R. Vance' })
    const article = await readArticle({ name: 'feed.jsonl', bytes: utf8(record), bulk: { format: 'jsonl' } })
    expect(article).toMatchObject({ title: 'Ferry towed free', url: 'https://example.org/x', publishedAt: '2024-06-18', outlet: 'Harbour Wire', author: 'R. Vance' })
    expect(cleanOf(article)).toBe(TEXT)
  })

  it('names a malformed record and a record without text', async () => {
    await expect(readArticle({ name: 'f.jsonl', bytes: utf8('{"title": "x", '), bulk: { format: 'jsonl' } })).rejects.toThrow(/not valid JSON/)
    await expect(readArticle({ name: 'f.jsonl', bytes: utf8('{"title": "x"}'), bulk: { format: 'jsonl' } })).rejects.toThrow(/no article text/)
  })

  it('streams a large file from disk in pieces', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-bulk-'))
    const file = join(dir, 'big.jsonl')
    const line = JSON.stringify({ title: 'T', text: TEXT.repeat(20) }) + '\n'
    writeFileSync(file, line.repeat(3000))
    let n = 0
    for await (const r of recordsOfFile(file, 'jsonl')) {
      expect(r.text.length).toBe(line.length - 1)
      n++
    }
    expect(n).toBe(3000)
  })
})
