import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeBytes, guessBomlessUtf16 } from '../../../src-main/core/ingest/decode'

const TEXT = 'Café “Lindholm” – Straße №1\r\nSecond line\rThird'
const EXPECTED = 'Café “Lindholm” – Straße №1\nSecond line\nThird'

describe('decodeBytes', () => {
  it('reads UTF-8 and turns CRLF and CR into LF', () => {
    expect(decodeBytes(new TextEncoder().encode(TEXT))).toEqual({ text: EXPECTED, encoding: 'utf-8' })
  })

  it('drops a UTF-8 BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])
    expect(decodeBytes(bytes)).toEqual({ text: EXPECTED, encoding: 'utf-8' })
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])
    expect(decodeBytes(le)).toEqual({ text: EXPECTED, encoding: 'utf-16le' })
    const be = Buffer.from(Buffer.from(TEXT, 'utf16le')).swap16()
    expect(decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: EXPECTED, encoding: 'utf-16be' })
  })

  it('recognises UTF-16 LE without a BOM by its NUL pattern', () => {
    const bytes = Buffer.from('Plain English text saved by an old Windows tool.', 'utf16le')
    expect(guessBomlessUtf16(bytes)).toBe('utf-16le')
    expect(decodeBytes(bytes).text).toBe('Plain English text saved by an old Windows tool.')
  })

  it('falls back to windows-1252 for Western text that is not UTF-8', () => {
    const original = 'The mayor’s “final” offer – €4 million – was rejected by the café owners.'
    const bytes = iconv.encode(original, 'windows-1252')
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const decoded = decodeBytes(bytes)
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.text).toBe(original)
  })

  it('uses a charset an HTML page declares', () => {
    const html = '<html><head><meta charset="windows-1251"></head><body><p>Привет, мир! Это новости дня.</p></body></html>'
    const decoded = decodeBytes(iconv.encode(html, 'windows-1251'))
    expect(decoded.encoding).toBe('windows-1251')
    expect(decoded.text).toBe(html)
  })

  it('handles empty input', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' })
  })
})
