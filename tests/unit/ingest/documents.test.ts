import { describe, expect, it } from 'vitest'
import { readArticle, sniffDocument } from '../../../src-main/core/ingest/read-article'
import { IngestError } from '../../../src-main/core/ingest/types'
import { cleanOf, utf8 } from './helpers'
import { makeDocx, makePdf, makeZip } from '../../support/make-docs'

const BODY = [
  'The harbour authority of Velmora said on Monday that the grounded ferry would be towed free',
  'at high tide, after divers found no breach in the hull below the waterline.',
]

async function failure(input: { name: string; bytes: Uint8Array }): Promise<IngestError> {
  try {
    await readArticle(input)
  } catch (error) {
    if (error instanceof IngestError) return error
    throw error
  }
  throw new Error('expected the import to fail')
}

describe('PDF', () => {
  it('reads the text layer, reflows lines into paragraphs and keeps page starts', async () => {
    const pdf = makePdf([
      ['Ferry towed free at Velmora', '', ...BODY, '1'],
      ['Crews will inspect the ferry again on Thursday, the authority said.', '2'],
    ])
    const article = await readArticle({ name: 'report.pdf', bytes: pdf })
    expect(article.format).toBe('pdf')
    expect(article.title).toBe('Ferry towed free at Velmora')
    const clean = cleanOf(article)
    expect(clean).toContain('would be towed free at high tide')
    expect(clean).toContain('inspect the ferry again on Thursday')
    expect(clean).not.toMatch(/^\s*[12]\s*$/m)
    expect(article.pages).toHaveLength(2)
    const page2 = article.pages?.[1] ?? -1
    expect(article.rawText.slice(page2)).toMatch(/^Crews will inspect/)
  })

  it('says a PDF without a text layer is scanned', async () => {
    const e = await failure({ name: 'scan.pdf', bytes: makePdf([['x'], ['y']], { noText: true }) })
    expect(e.code).toBe('scanned')
    expect(e.message).toMatch(/no text layer.*scanned/)
  })

  it('says an encrypted PDF is encrypted', async () => {
    const e = await failure({ name: 'locked.pdf', bytes: makePdf([BODY], { encrypt: true }) })
    expect(e.code).toBe('encrypted')
    expect(e.message).toMatch(/encrypted/)
  })

  it('says a damaged PDF is damaged', async () => {
    const e = await failure({ name: 'broken.pdf', bytes: utf8('%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage') })
    expect(['corrupt', 'scanned']).toContain(e.code)
  })
})

describe('DOCX', () => {
  it('reads paragraphs, the title and a date line', async () => {
    const docx = makeDocx('Ferry towed free at Velmora', ['18 June 2024', BODY.join(' '), 'A second paragraph of plain reporting follows here.'])
    expect(sniffDocument('story.docx', docx)).toBe('docx')
    const article = await readArticle({ name: 'story.docx', bytes: docx })
    expect(article.format).toBe('docx')
    expect(article.title).toBe('Ferry towed free at Velmora')
    expect(article.publishedAt).toBe('2024-06-18')
    expect(cleanOf(article)).toContain('divers found no breach')
  })

  it('names a corrupt .docx', async () => {
    const good = makeDocx('T', BODY)
    const broken = good.slice(0, Math.floor(good.length / 2))
    const e = await failure({ name: 'broken.docx', bytes: broken })
    expect(e.code).toBe('corrupt')
    expect(e.message).toMatch(/Word document is damaged/)
  })

  it('leaves a ZIP that is not a Word file to the binary refusal', () => {
    expect(sniffDocument('photos.zip', makeZip({ 'a.txt': 'hello' }))).toBeNull()
  })
})

describe('EML', () => {
  it('reads a forwarded article: subject, original sender, date, body without the forward block', async () => {
    const eml = [
      'From: Analyst Desk <desk@example.org>',
      'To: team@example.org',
      'Subject: Fwd: Ferry towed free at Velmora',
      'Date: Wed, 19 Jun 2024 08:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      '---------- Forwarded message ---------',
      'From: Harbour Wire <news@harbourwire.example>',
      'Date: 18 June 2024',
      'Subject: Ferry towed free at Velmora',
      'To: subscribers@harbourwire.example',
      '',
      BODY.join(' '),
      '',
      'Crews will inspect the ferry again on Thursday, the authority said.',
    ].join('\r\n')
    expect(sniffDocument('mail.eml', utf8(eml))).toBe('eml')
    const article = await readArticle({ name: 'mail.eml', bytes: utf8(eml) })
    expect(article.format).toBe('eml')
    expect(article.title).toBe('Ferry towed free at Velmora')
    expect(article.outlet).toBe('Harbour Wire')
    expect(article.publishedAt).toBe('2024-06-18')
    const clean = cleanOf(article)
    expect(clean).toContain('divers found no breach')
    expect(clean).not.toContain('Forwarded message')
    expect(clean).not.toContain('subscribers@')
  })

  it('reads an HTML newsletter with its scripts inert', async () => {
    const eml = [
      'From: "Tidewater Review" <letters@tidewater.example>',
      'Subject: Weekly: ferry towed free',
      'Date: Tue, 18 Jun 2024 10:00:00 +0000',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<html><body><h1>Ferry towed free</h1><p onclick="alert(1)">${BODY.join(' ')}</p><script>alert(2)</script></body></html>`,
    ].join('\r\n')
    const article = await readArticle({ name: 'letter.eml', bytes: utf8(eml) })
    expect(article.outlet).toBe('Tidewater Review')
    expect(article.publishedAt).toBe('2024-06-18')
    expect(article.rawText).not.toContain('alert')
    expect(cleanOf(article)).toContain('divers found no breach')
  })
})
