import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../../src-main/core/ingest/parse'
import { IngestError, MAX_ARTICLE_BYTES } from '../../../src-main/core/ingest/types'
import { cleanOf, utf8 } from './helpers'

const BODY =
  'The ferry link between Port Elsmere and the island of Lindholm reopened on Monday morning, ending a three-week shutdown caused by pack ice.'

function ingestError(fn: () => unknown): IngestError {
  try {
    fn()
  } catch (e) {
    if (e instanceof IngestError) return e
    throw e
  }
  throw new Error('expected an IngestError')
}

describe('parseArticle', () => {
  it('refuses files over the size limit before reading them, naming both sizes', () => {
    const e = ingestError(() => parseArticle({ name: 'big.txt', bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1024 * 1024) }))
    expect(e.code).toBe('too_large')
    expect(e.message).toBe('The file is 21 MB; the largest article Crosscheck reads is 20 MB.')
  })

  it('reports empty, blank and binary files', () => {
    expect(ingestError(() => parseArticle({ name: 'a.txt', bytes: new Uint8Array() })).code).toBe('empty')
    expect(ingestError(() => parseArticle({ name: 'a.txt', bytes: utf8(' \n\t\n') })).code).toBe('empty')
    expect(ingestError(() => parseArticle({ name: 'a.pdf', bytes: utf8('%PDF-1.4 ...') })).code).toBe('binary')
  })

  it('fails with no_text when everything is boilerplate', () => {
    const e = ingestError(() => parseArticle({ name: 'a.txt', bytes: utf8('Leave a Reply\n\nShare this\n\nSource link') }))
    expect(e.code).toBe('no_text')
    expect(e.message).toBe('No article text found: everything in the file looks like boilerplate.')
  })

  it('reads a windows-1252 file and says so', () => {
    const text = `Ferry back – at last\n\n${BODY} The mayor’s “thank you” was brief.`
    const article = parseArticle({ name: 'old.txt', bytes: iconv.encode(text, 'windows-1252') })
    expect(article.encoding).toBe('windows-1252')
    expect(article.warnings).toContain('The file is not valid UTF-8; it was decoded as windows-1252.')
    expect(article.title).toBe('Ferry back – at last')
    expect(cleanOf(article)).toContain('The mayor’s “thank you” was brief.')
  })

  it('reads a UTF-16 file with CRLF line ends', () => {
    const text = `Ferry back\r\n\r\n${BODY}\r\n`
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const article = parseArticle({ name: 'win.txt', bytes })
    expect(article.encoding).toBe('utf-16le')
    expect(article.rawText).toBe(`Ferry back\n\n${BODY}\n`)
    expect(article.warnings).toEqual([])
    expect(cleanOf(article)).toBe(BODY)
  })

  it('returns the whole ParsedArticle shape', () => {
    const article = parseArticle({ name: 'a.txt', bytes: utf8(`Ferry back\n\n${BODY}`) })
    expect(article).toEqual({
      format: 'txt',
      encoding: 'utf-8',
      rawText: `Ferry back\n\n${BODY}`,
      removed: [{ kind: 'title', start: 0, end: 11 }],
      title: 'Ferry back',
      outlet: null,
      publishedAt: null,
      url: null,
      author: null,
      language: 'en',
      warnings: [],
    })
  })

  it('reads a 5 KB article in a few milliseconds', () => {
    const para = `${BODY} Islanders said they were relieved, and the shop expected fresh milk by the afternoon.\n\n`
    const bytes = utf8(`Ferry back\n\n${para.repeat(20)}Leave a Reply\n\nSource link`)
    for (let i = 0; i < 20; i++) parseArticle({ name: 'a.txt', bytes })
    const started = performance.now()
    for (let i = 0; i < 50; i++) parseArticle({ name: 'a.txt', bytes })
    expect((performance.now() - started) / 50).toBeLessThan(15)
  })

  it('stays linear on a 5 MB single-line file', () => {
    const bytes = utf8(`${'word '.repeat(1_000_000)}end.`)
    const started = performance.now()
    const article = parseArticle({ name: 'long.txt', bytes })
    expect(article.rawText.length).toBe(bytes.length)
    expect(performance.now() - started).toBeLessThan(5000)
  })
})
