import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { annotationsCsv, ANNOTATION_COLUMNS, claimsCsv, csvField } from '../../../src-main/core/export/csv'
import { toDocx } from '../../../src-main/core/export/docx'
import { toHtml } from '../../../src-main/core/export/html'
import { toMarkdown } from '../../../src-main/core/export/markdown'
import { toWebAnnotationJson } from '../../../src-main/core/export/web-annotation'
import { crc32 } from '../../../src-main/core/export/zip'
import { sampleData } from './fixtures'
import { unzip } from './unzip'

describe('Markdown export', () => {
  it('parses back into the same quotes, notes and citations, grouped by article', () => {
    const md = toMarkdown(sampleData())
    const sections = md.split(/^## /mu).slice(1)
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['Storm damages boats', 'Report \\<PDF\\> "final"'])
    const blocks = md.split(/^---$/mu)
    const quotes = blocks.map((b) => b.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^> ?/u, '')).join('\n')).filter(Boolean)
    expect(quotes).toEqual(['twelve fishing boats were damaged', 'the pier stays closed', 'costs "rose", sharply\nin <March>'])
    expect(md).toContain('Figure **disputed** by the\nport office, see claim.')
    expect(md).toContain('Tags: disputed, boats · Claims: #7')
    expect(md).toContain('— Harbour Gazette, “Storm damages boats”, 2025-03-04, https://gazette.example/storm')
    // The PDF note cites its page (offset 620 falls on page 2).
    expect(md).toContain('“Report \\<PDF\\> "final"”, undated, p. 2')
    expect(md).toContain('_(moved: the text changed; check the quote)_')
  })

  it('groups by tag, untagged last; a note with two tags is under both', () => {
    const md = toMarkdown(sampleData('tag'))
    expect(md.match(/^## .*/gmu)).toEqual(['## Tag: boats', '## Tag: disputed', '## Untagged'])
    expect(md.split('twelve fishing boats were damaged')).toHaveLength(3)
  })
})

describe('HTML export', () => {
  it('is self-contained, escapes every text and prints', () => {
    const html = toHtml(sampleData())
    expect(html).not.toMatch(/<script|<link|src=|href=/iu)
    expect(html).toContain('@media print')
    expect(html).toContain('in &lt;March&gt;')
    const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&amp;/gu, '&')
    expect([...html.matchAll(/<h2>(.*?)<\/h2>/gu)].map((m) => unescape(m[1]!))).toEqual(['Storm damages boats', 'Report <PDF> "final"'])
    expect([...html.matchAll(/<blockquote[^>]*>([\s\S]*?)<\/blockquote>/gu)].map((m) => unescape(m[1]!))).toEqual([
      'twelve fishing boats were damaged',
      'the pier stays closed',
      'costs "rose", sharply\nin <March>',
    ])
  })
})

describe('JSON export (W3C Web Annotation)', () => {
  it('has the model’s required fields on the collection and every annotation', () => {
    const doc = JSON.parse(toWebAnnotationJson(sampleData())) as {
      '@context': string
      type: string
      total: number
      first: { type: string; items: Array<Record<string, unknown>> }
    }
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.total).toBe(3)
    expect(doc.first.type).toBe('AnnotationPage')
    for (const item of doc.first.items) {
      expect(item['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
      expect(item['type']).toBe('Annotation')
      expect(String(item['id'])).toMatch(/^urn:uuid:[0-9a-f-]{36}$/u)
      const target = item['target'] as { source: string; selector: Array<Record<string, unknown>> }
      expect(target.source).toMatch(/^urn:crosscheck:article:\d+$/u)
      expect(target.selector.map((s) => s['type'])).toEqual(['TextQuoteSelector', 'TextPositionSelector'])
      expect(typeof target.selector[0]!['exact']).toBe('string')
      expect(Number.isInteger(target.selector[1]!['start'])).toBe(true)
    }
    const first = doc.first.items[0]!
    expect(first['motivation']).toBe('commenting')
    expect(first['body']).toEqual([
      { type: 'TextualBody', value: 'Figure **disputed** by the\nport office, see claim.', format: 'text/markdown', purpose: 'commenting' },
      { type: 'TextualBody', value: 'disputed', purpose: 'tagging' },
      { type: 'TextualBody', value: 'boats', purpose: 'tagging' },
      { type: 'SpecificResource', source: 'urn:crosscheck:claim:7', purpose: 'linking' },
    ])
    expect(doc.first.items[2]!['motivation']).toBe('highlighting')
    expect(doc.first.items[2]!['body']).toEqual([{ type: 'TextualBody', value: 'boats', purpose: 'tagging' }])
  })
})

describe('CSV export', () => {
  it('quotes per RFC 4180 and parses back to the same fields', () => {
    const csv = annotationsCsv(sampleData())
    expect(csv.endsWith('\r\n')).toBe(true)
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { newline: '\r\n' })
    expect(parsed.errors).toEqual([])
    expect(parsed.data[0]).toEqual([...ANNOTATION_COLUMNS])
    const row = (i: number): Record<string, string> => Object.fromEntries(ANNOTATION_COLUMNS.map((c, k) => [c, parsed.data[i]![k]!]))
    expect(row(1)).toMatchObject({ quote: 'twelve fishing boats were damaged', tags: 'disputed; boats', claim_ids: '7', page: '' })
    expect(row(2)).toMatchObject({ quote: 'costs "rose", sharply\nin <March>', page: '2', state: 'moved' })
    // A note that a spreadsheet would run as a formula is defused.
    expect(row(2)['note']).toBe("'=SUM(A1) # not a heading")
  })

  it('writes the claims too', () => {
    const parsed = Papa.parse<string[]>(claimsCsv(sampleData()).trimEnd(), { newline: '\r\n' })
    expect(parsed.data[1]!.slice(0, 7)).toEqual(['7', '1', 'Storm damages boats', 'Harbour Gazette', '2025-03-04', 'twelve boats, "at least"', 'quantity'])
  })

  it('field quoting rules', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "x"')).toBe('"say ""x"""')
    expect(csvField('-5 boats')).toBe('-5 boats')
    expect(csvField('-minus')).toBe("'-minus")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField("-1+cmd|' /C calc'!A0")).toBe("'-1+cmd|' /C calc'!A0")
    expect(csvField('-5.5')).toBe('-5.5')
    expect(csvField('=1+1')).toBe("'=1+1")
    expect(csvField(null)).toBe('')
  })
})

describe('DOCX export', () => {
  it('is a valid package Word can open: content types, relationships, and the notes in document.xml', () => {
    const files = unzip(toDocx(sampleData()))
    expect([...files.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml'])
    expect(files.get('[Content_Types].xml')!.toString()).toContain('wordprocessingml.document.main+xml')
    expect(files.get('_rels/.rels')!.toString()).toContain('Target="word/document.xml"')
    const xml = files.get('word/document.xml')!.toString('utf8')
    const unescape = (s: string): string => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&')
    const paragraphs = [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/gu)].map((p) =>
      [...p[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|<w:br\/>/gu)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescape(m[1]!))).join(''),
    )
    expect(paragraphs).toContain('twelve fishing boats were damaged')
    expect(paragraphs).toContain('costs "rose", sharply\nin <March>')
    expect(paragraphs).toContain('Figure **disputed** by the\nport office, see claim.')
    expect(paragraphs.some((p) => p.includes('p. 2'))).toBe(true)
    expect(xml).toContain('in &lt;March&gt;')
  })

  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})
