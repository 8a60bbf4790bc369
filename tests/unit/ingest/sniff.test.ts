import { describe, expect, it } from 'vitest'
import { sniffFormat } from '../../../src-main/core/ingest/sniff'
import { IngestError } from '../../../src-main/core/ingest/types'
import { utf8 } from './helpers'

function errorOf(fn: () => unknown): IngestError {
  try {
    fn()
  } catch (e) {
    if (e instanceof IngestError) return e
    throw e
  }
  throw new Error('expected an IngestError')
}

describe('sniffFormat', () => {
  it('rejects an empty file', () => {
    const e = errorOf(() => sniffFormat('a.txt', new Uint8Array()))
    expect(e.code).toBe('empty')
    expect(e.message).toBe('The file is empty.')
  })

  it('names PDFs, ZIP/DOCX, old Office files and images', () => {
    const pdf = errorOf(() => sniffFormat('story.txt', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj')))
    expect(pdf.code).toBe('binary')
    expect(pdf.message).toBe('This is a PDF file, not text (it starts with %PDF); PDF import is not supported yet.')
    const zip = errorOf(() => sniffFormat('story.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0])))
    expect(zip.message).toMatch(/^This is a ZIP archive \(or a \.docx\/\.xlsx\), not text/)
    const png = errorOf(() => sniffFormat('x.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    expect(png.message).toMatch(/PNG image/)
    const jpeg = errorOf(() => sniffFormat('x', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])))
    expect(jpeg.message).toMatch(/JPEG image/)
    const ole = errorOf(() => sniffFormat('x.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])))
    expect(ole.message).toMatch(/old Office document/)
  })

  it('rejects random binary data', () => {
    const bytes = new Uint8Array(4096)
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256
    const e = errorOf(() => sniffFormat('data.txt', bytes))
    expect(e.code).toBe('binary')
    expect(e.message).toBe('The file holds binary data, not text.')
  })

  it('rejects text riddled with control characters', () => {
    const bytes = utf8('a\x01b\x02c\x03d\x04e\x05f\x06g\x07h\x08'.repeat(50))
    expect(errorOf(() => sniffFormat('x.txt', bytes)).code).toBe('binary')
  })

  it('accepts UTF-16 text despite its NUL bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<!DOCTYPE html><html><body>Hi</body></html>', 'utf16le')])
    expect(sniffFormat('page.txt', bytes)).toBe('html')
    expect(sniffFormat('notes.txt', Buffer.from('Just some plain words here.', 'utf16le'))).toBe('txt')
  })

  it('decides HTML by content before extension', () => {
    expect(sniffFormat('saved.txt', utf8('\n  <!doctype html>\n<html><body><p>x</p></body></html>'))).toBe('html')
    expect(sniffFormat('saved', utf8('<html lang="en"><p>x</p></html>'))).toBe('html')
    expect(sniffFormat('page.htm', utf8('<div><p>Fragment</p></div>'))).toBe('html')
    // Named .html but plain text inside: read as text.
    expect(sniffFormat('page.html', utf8('Just a headline\n\nAnd a paragraph.'))).toBe('txt')
  })

  it('uses the extension for Markdown and treats unknown text files as txt', () => {
    expect(sniffFormat('notes.md', utf8('# Title\n\nText'))).toBe('md')
    expect(sniffFormat('NOTES.MARKDOWN', utf8('Text'))).toBe('md')
    expect(sniffFormat('export.csv', utf8('a,b\n1,2'))).toBe('txt')
    expect(sniffFormat('noextension', utf8('Hello'))).toBe('txt')
  })

  it('refuses RTF with a clear reason', () => {
    const e = errorOf(() => sniffFormat('a.rtf', utf8('{\\rtf1\\ansi Hello}')))
    expect(e.code).toBe('unsupported')
    expect(e.message).toMatch(/RTF/)
  })
})
